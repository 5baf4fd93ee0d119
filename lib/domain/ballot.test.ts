import { describe, expect, it } from "vitest";
import { ballot, ballotMarkdown, roundStandsAt } from "./ballot";
import { BallotDto } from "./evaluation-schemas";
import { evaluate } from "./evaluation";
import type { EdgeDto, NodeDto } from "./schemas";
import type { Relation, Speech } from "./vocabulary";

type NodeOpts = Partial<Pick<NodeDto, "kind" | "side" | "speech" | "role" | "title">>;
const node = (id: string, o: NodeOpts = {}): NodeDto => ({
  id,
  kind: o.kind ?? "claim",
  side: o.side ?? "neutral",
  role: o.role ?? null,
  speech: o.speech ?? null,
  responseType: null,
  title: o.title ?? id,
  body: "",
  position: { x: 0, y: 0 },
  version: 1,
  evidence: null,
});
let seq = 0;
const edge = (source: string, target: string, relation: Relation = "rebuts"): EdgeDto => ({
  id: `e${seq++}`,
  source,
  target,
  relation,
  version: 1,
});
const ids = (items: { id: string }[]) => items.map((i) => i.id);

/**
 * A small round. Aff: a harm (two answers fall to the 2AC, but the Neg's kritik stands), a plan
 * (taken out), an advantage nobody answers, a card, and a turn of the Neg's DA. Neg: the DA, a
 * kritik (a rebuttal with a position role), and a plain answer, a takeout and an impact rebuttal
 * (answers, not positions).
 */
const small = {
  nodes: [
    node("res", { role: "thesis", title: "Resolved: condition the aid" }),
    node("harm", { side: "aff", role: "harms", speech: "1AC", title: "Aid fuels *extremism*" }),
    node("plan", { side: "aff", role: "plan", speech: "1AC", title: "Plan: condition aid" }),
    node("drop", { side: "aff", role: "advantage", speech: "1AC", title: "Corruption [dropped]" }),
    node("card", { side: "aff", kind: "evidence", speech: "1AC", title: "Card" }),
    node("answer", { side: "neg", kind: "rebuttal", speech: "1NC", title: "Most trainees never defect" }),
    node("takeout", { side: "neg", kind: "rebuttal", speech: "1NC", title: "Conditions cannot vet" }),
    node("da", { side: "neg", role: "disadvantage", speech: "1NC", title: "DA: Moscow fills in" }),
    node("k", { side: "neg", kind: "rebuttal", role: "kritik", speech: "1NC", title: "Agency K" }),
    node("impact", { side: "neg", kind: "rebuttal", role: "impact", speech: "1NC", title: "Tiny numbers" }),
    node("reanswer", { side: "aff", kind: "rebuttal", speech: "2AC", title: "Bridge figures recruit" }),
    node("turn", { side: "aff", kind: "rebuttal", speech: "2AC", title: "Turn: Moscow is why conditions matter" }),
    node("kans", { side: "aff", kind: "rebuttal", speech: "2AC", title: "Both can be culpable" }),
    node("kext", { side: "neg", kind: "rebuttal", speech: "2NC", title: "Extend agency" }),
  ],
  edges: [
    edge("harm", "res", "supports"),
    edge("plan", "res", "supports"),
    edge("card", "harm", "supports"),
    edge("answer", "harm"),
    edge("reanswer", "answer"),
    edge("takeout", "plan"),
    edge("da", "res"),
    edge("turn", "da", "turns"),
    edge("k", "harm"),
    edge("kans", "k"),
    edge("kext", "kans"),
    edge("impact", "harm"),
    edge("reanswer", "impact"),
  ],
};

describe("ballot", () => {
  const ev = evaluate(small);
  const b = ballot(small, ev);

  it("sorts each side's top-level arguments by status; answers without a case role are not top-level", () => {
    expect(BallotDto.parse(b)).toEqual(b);
    // harm is refuted by the kritik (which stands: its answer falls to the 2NC extension).
    expect(ev.get("harm")?.status).toBe("refuted");
    expect(ids(b.aff.standing)).toEqual(["drop", "turn"]);
    expect(ids(b.aff.refuted)).toEqual(["harm", "plan"]);
    expect(b.aff.contested).toEqual([]);
    // Neg: the DA (a claim) and the kritik (a rebuttal with a position role) count; the plain answer,
    // the takeout and the impact rebuttal do not.
    expect(ids(b.neg.standing)).toEqual(["k"]);
    expect(ids(b.neg.refuted)).toEqual(["da"]);
  });

  it("counts a real standing turn as offence for the side that made it, and not once it is refuted", () => {
    expect(ids(b.aff.offence)).toEqual(["drop", "turn"]);
    expect(b.aff.standing.find((i) => i.id === "turn")?.why).toMatch(
      /It turns 'DA: Moscow fills in', which now counts for the Aff\./,
    );
    const answered = {
      nodes: [...small.nodes, node("tans", { side: "neg", kind: "rebuttal", speech: "2NC" })],
      edges: [...small.edges, edge("tans", "turn")],
    };
    const b2 = ballot(answered, evaluate(answered));
    expect(ids(b2.aff.offence)).toEqual(["drop"]);
    expect(ids(b2.neg.offence)).toEqual(["da", "k"]);
    expect(b2.decision).not.toMatch(/turn/i);
  });

  it("lists what each side's opponent dropped, with the why", () => {
    expect(ids(b.aff.droppedByOpponent)).toEqual(["drop", "reanswer", "turn"]);
    expect(b.aff.droppedByOpponent[0]?.why).toBe(
      "Standing: nothing answers it. Conceded: the Neg never answered it (dropped in the 1NC).",
    );
    expect(b.aff.droppedByOpponent[1]?.why).toContain("(dropped by the block (2NC and 1NR))");
    // The kritik's 2NC extension: the Aff spoke no later speech here, so nothing is dropped yet.
    expect(ids(b.neg.droppedByOpponent)).toEqual(["takeout"]);
  });

  it("explains the decision: both sides keep offence and nobody weighs, so no decision — never the resolution's status", () => {
    expect(b.winner).toBeNull();
    expect(b.decision).toBe(
      "No decision: both sides have live offence and neither weighs it (magnitude, probability, timeframe, reversibility); the flow cannot say whose impact is bigger. " +
        "The Aff's live offence: 'Corruption [dropped]' and 'Turn: Moscow is why conditions matter' (a turn). " +
        "The Neg's live offence: 'Agency K'. " +
        "Drops: the Neg dropped 3 arguments and the Aff dropped 1 argument.",
    );
    expect(b.decision).not.toContain("resolution");
    // Weighing for the Aff decides it.
    const weighed = {
      nodes: [
        ...small.nodes,
        node("w", {
          side: "aff",
          kind: "rebuttal",
          role: "weighing",
          speech: "2AC",
          title: "Magnitude: corruption outweighs",
        }),
      ],
      edges: [...small.edges, edge("w", "drop", "supports")],
    };
    const b3 = ballot(weighed, evaluate(weighed));
    expect(b3.winner).toBe("aff");
    expect(b3.decision).toMatch(
      /^Vote Aff: both sides have live offence, and only the Aff weighs — 'Magnitude: corruption outweighs' \(magnitude\)/,
    );
  });

  it("handles an empty map", () => {
    const empty = ballot({ nodes: [], edges: [] }, new Map());
    expect(empty.aff.standing).toEqual([]);
    expect(empty.winner).toBeNull();
    expect(empty.decision).toMatch(/^No decision: neither side has live offence/);
    expect(empty.decision).toContain("Drops: the Neg dropped 0 arguments and the Aff dropped 0 arguments.");
  });
});

describe("ballotMarkdown", () => {
  const b = ballot(small, evaluate(small));
  const text = ballotMarkdown(b, "Round 1: Tajikistan");

  it("has a heading per side and per list, bullets with the why, and 'none' for empty lists", () => {
    const headings = text.split("\n").filter((l) => l.startsWith("#"));
    const lists = (offence: number, standing: number, refuted: number, dropped: number, by: string) => [
      `### Live offence (${offence})`,
      `### Standing (${standing})`,
      "### Mitigated (0)",
      "### Unsupported (0)",
      `### Refuted (${refuted})`,
      "### Contested (0)",
      "### Not extended or new in the last rebuttal (0)",
      `### Dropped by the ${by} (${dropped})`,
    ];
    expect(headings).toEqual([
      "# Ballot: Round 1: Tajikistan",
      "## Reason for decision",
      "## Affirmative",
      ...lists(2, 2, 2, 3, "Neg"),
      "## Negative",
      ...lists(1, 1, 1, 1, "Aff"),
    ]);
    expect(text).toContain(
      "\n- **Agency K** — Standing: every answer to it is refuted — 'Both can be culpable' (refuted).\n",
    );
    expect(text).toContain("### Contested (0)\n\n- none\n");
    expect(text.endsWith("\n")).toBe(true);
  });

  it("escapes Markdown in titles so they show as written", () => {
    expect(text).toContain("- **Aid fuels \\*extremism\\*** — Refuted:");
    expect(text).toContain("- **Corruption \\[dropped\\]** — Standing: nothing answers it.");
    expect(ballotMarkdown(b, "<b>x</b> & y")).toMatch(/^# Ballot: \\<b\\>x\\<\/b\\> \\& y\n/);
  });
});

describe("roundStandsAt", () => {
  it("is the latest speech of a round without a 2AR, and null once it has one or has no speeches", () => {
    const at = (...speeches: (Speech | null)[]) => roundStandsAt(speeches.map((speech) => ({ speech })));
    expect(at("1AC", "1NC", null, "2NR")).toBe("2NR");
    expect(at("1AC", "CX1")).toBe("CX1");
    expect(at("1AC", "2AR", "1NC")).toBeNull();
    expect(at(null, null)).toBeNull();
    expect(at()).toBeNull();
  });
});
