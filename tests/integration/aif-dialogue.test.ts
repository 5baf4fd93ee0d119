import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDebate } from "@/lib/server/debates/get-debate";
import { exportDebate } from "@/lib/server/exports/export-debate";
import { importDebate } from "@/lib/server/imports/import-debate";
import { countsOf, makeUser } from "./helpers";

const FIXTURES = path.resolve(import.meta.dirname, "../../lib/domain/codecs/__fixtures__");
const CORPUS = process.env.CLASH_CORPUS ?? path.resolve(import.meta.dirname, "../fixtures/corpus");

type Aif = {
  AIF: {
    nodes: { nodeID: string; text: string; type: string; scheme?: string }[];
    edges: { fromID: string; toID: string }[];
    participants: { firstname: string }[];
    locutions: unknown[];
  };
  text: string;
  clashNotExported: unknown[];
};

describe("an OVA dialogue through import and export", () => {
  it("stores the transcript as a source and each locution as an anchored card, and exports L, YA and TA back", async () => {
    const user = await makeUser("dialogue");
    const { debate, report } = await importDebate({
      user,
      format: "aif",
      text: readFileSync(path.join(FIXTURES, "aif-ova3-dialogue.json")),
      fileName: "dialogue.json",
    });
    expect(report.counts).toEqual({ nodes: 7, edges: 6, sources: 1 });
    expect(await countsOf(debate.id)).toMatchObject({ nodes: 7, edges: 6, sources: 1 });

    const full = await getDebate({ user, debateId: debate.id });
    const cards = full.nodes.filter((n) => n.kind === "evidence");
    expect(cards.map((c) => [c.evidence!.cite, c.evidence!.quote, c.evidence!.status])).toEqual([
      ["Bob", "We should lower the voting age to sixteen", "exact"],
      ["Bob", "Sixteen-year-olds already pay taxes", "exact"],
      ["Alice", "But most of them are not mature enough to vote", "exact"],
      ["Bob", "Is that so?", "exact"],
    ]);
    const claim = full.nodes.find(
      (n) => n.title === "We should lower the voting age to sixteen" && n.kind === "claim",
    )!;
    expect(
      full.edges.some((e) => e.source === cards[0]!.id && e.target === claim.id && e.relation === "supports"),
    ).toBe(true);

    const file = await exportDebate({ user, debateId: debate.id, format: "aif" });
    const aif = JSON.parse(file.body) as Aif;
    const count = (type: string) => aif.AIF.nodes.filter((n) => n.type === type).length;
    expect([count("I"), count("L"), count("TA"), count("RA"), count("CA")]).toEqual([3, 4, 3, 1, 1]);
    // Four assertions (L → YA → I) and the two illocutions anchored in transitions (TA → YA → RA/CA).
    expect(count("YA")).toBe(6);
    expect(aif.AIF.nodes.filter((n) => n.type === "L").map((n) => n.text)).toEqual([
      "Bob : We should lower the voting age to sixteen",
      "Bob : Sixteen-year-olds already pay taxes",
      "Alice : But most of them are not mature enough to vote",
      "Bob : Is that so?",
    ]);
    expect(aif.AIF.participants.map((p) => p.firstname).sort()).toEqual(["Alice", "Bob"]);
    expect(aif.AIF.locutions).toHaveLength(4);
    expect(typeof aif.text).toBe("string");
    expect(aif.text).toContain("Alice: But most of them are not mature enough to vote &amp; that matters.");
  });

  it("a linked inference imports as one argument with numbered premises and exports as one RA", async () => {
    const user = await makeUser("linked");
    const { debate } = await importDebate({
      user,
      format: "aif",
      text: readFileSync(path.join(CORPUS, "aif/nodeset10.json")),
      fileName: "nodeset10.json",
    });
    const full = await getDebate({ user, debateId: debate.id });
    const argument = full.nodes.find((n) => n.kind === "argument")!;
    const premises = full.edges.filter((e) => e.target === argument.id && e.relation === "premise");
    expect(premises.map((e) => e.position).sort()).toEqual([1, 2, 3]);
    const aif = JSON.parse((await exportDebate({ user, debateId: debate.id, format: "aif" })).body) as Aif;
    const ras = aif.AIF.nodes.filter((n) => n.type === "RA");
    expect(ras).toHaveLength(1);
    expect(aif.AIF.edges.filter((e) => e.toID === ras[0]!.nodeID)).toHaveLength(3);
    const kialo = await exportDebate({ user, debateId: debate.id, format: "kialo" });
    expect(kialo.body.startsWith("Discussion Title: ")).toBe(true);
    expect(kialo.notes!.length).toBeGreaterThan(0);
  });
});
