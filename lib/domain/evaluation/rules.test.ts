// The rule functions one by one, on the smallest flows that show each (the judged scenarios in
// __scenarios__/ combine them).
import { describe, expect, it } from "vitest";
import { arg, card, edges } from "./__scenarios__/dsl";
import { context } from "./context";
import { isTermOrRecord } from "./cx";
import { decide, type Arg } from "./decision";
import { findDrops } from "./drops";
import { extensionChains } from "./extensions";
import { IN, OUT } from "./grounded";
import { liveness } from "./live-at-end";
import { isMitigation } from "./mitigation";
import { unsupported } from "./supports";

const setup = (nodes: ReturnType<typeof arg>[], es: string[]) => {
  const ctx = context({ nodes, edges: edges(...es) });
  return { ctx, chains: extensionChains(ctx), ix: (id: string) => ctx.index.get(id)! };
};

describe("findDrops", () => {
  it("marks the first window that passes unanswered, and a later answer as too late", () => {
    const { ctx, chains, ix } = setup([arg("h aff 1AC"), arg("x neg 1NC"), arg("late neg 2NR")], ["late>h"]);
    const { drops, late } = findDrops(ctx, chains);
    expect(drops.get(ix("h"))).toMatchObject({ by: "neg", speech: "1NC", byBlock: false });
    expect([...late]).toEqual([0]);
  });
  it("counts an indict of the argument's card as answering it", () => {
    const { ctx, chains, ix } = setup([arg("h aff 1AC"), card("k aff 1AC"), arg("i neg 1NC")], ["k+h", "i~k"]);
    expect(findDrops(ctx, chains).drops.has(ix("h"))).toBe(false);
  });
});

describe("isTermOrRecord", () => {
  it("exempts cards, neutral nodes, CX answers, plans, frameworks and definitions — not a counterplan", () => {
    expect(isTermOrRecord(arg("p aff 1AC", { role: "plan" }))).toBe(true);
    expect(isTermOrRecord(arg("c aff CX1"))).toBe(true);
    expect(isTermOrRecord(arg("d neg 1NC", { role: "definition" }))).toBe(true);
    expect(isTermOrRecord(arg("cp neg 1NC", { role: "counterplan" }))).toBe(false);
  });
});

describe("liveness", () => {
  it("says not extended when the last rebuttal does not carry it, new when it reaches back to nothing", () => {
    const { ctx, chains, ix } = setup([arg("da neg 1NC"), arg("o neg 2NC"), arg("x neg 2NR")], []);
    const live = liveness(ctx, chains);
    expect(live.get(ix("da"))?.live).toBe("not-extended");
    expect(live.get(ix("x"))?.live).toBe("new");
    expect(live.get(ix("da"))?.why).toMatch(/^Not extended: the 2NR does not carry it/);
  });
  it("judges nothing before the side's last rebuttal exists", () => {
    const { ctx, chains, ix } = setup([arg("da neg 1NC"), arg("a aff 2AR")], []);
    // No 2NR yet: the Neg's DA is not judged (the Aff's lone 2AR line, answering nothing, is new).
    expect(liveness(ctx, chains).has(ix("da"))).toBe(false);
    expect(liveness(ctx, chains).get(ix("a"))?.live).toBe("new");
  });
});

describe("unsupported", () => {
  it("is unsupported when every card fell and no analytic warrant stands; a concession keeps it", () => {
    const { ctx, chains, ix } = setup([arg("c aff 1AC"), card("k aff 1AC")], ["k+c"]);
    const label = (i: number) => (i === ix("k") ? OUT : IN);
    expect(unsupported(ctx, chains, label, new Set()).get(ix("c"))).toMatch(
      /^Unsupported: its card 'k' is refuted or indicted/,
    );
    expect(unsupported(ctx, chains, label, new Set([ix("c")])).size).toBe(0);
  });
});

describe("isMitigation", () => {
  it("is impact defence", () => {
    expect(isMitigation(arg("m neg 1NC", { rt: "impact-defense" }))).toBe(true);
    expect(isMitigation(arg("m neg 1NC", { rt: "answer" }))).toBe(false);
  });
});

describe("decide", () => {
  const a = (
    id: string,
    side: "aff" | "neg",
    role: Arg["role"],
    status: Arg["ev"]["status"],
    extra: Partial<Arg["ev"]> = {},
  ): Arg => ({
    id,
    title: id,
    side,
    kind: "claim",
    role,
    ev: { id, status, dropped: false, why: "w", ...extra },
  });
  it("votes for the only side with live offence, and says no decision when neither has any", () => {
    expect(
      decide([a("h", "aff", "harms", "standing"), a("d", "neg", "disadvantage", "refuted")], { aff: [], neg: [] }),
    ).toMatchObject({ winner: "aff" });
    const none = decide([a("h", "aff", "harms", "refuted")], { aff: [], neg: [] });
    expect(none.winner).toBeNull();
    expect(none.text).toMatch(/^No decision: neither side has live offence/);
  });
  it("does not count offence that was not extended", () => {
    const d = decide(
      [a("h", "aff", "harms", "standing"), a("d", "neg", "disadvantage", "standing", { live: "not-extended" })],
      { aff: [], neg: [] },
    );
    expect(d.winner).toBe("aff");
    expect(d.text).toContain("'d' was not extended into the 2NR");
  });
  it("voids the Aff's offence when its solvency is refuted", () => {
    const d = decide([a("h", "aff", "harms", "standing"), a("s", "aff", "solvency", "refuted")], { aff: [], neg: [] });
    expect(d.winner).toBeNull();
    expect(d.text).toContain("because it cannot solve");
  });
});
