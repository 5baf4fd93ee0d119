import { describe, expect, it } from "vitest";
import * as demo from "@/prisma/seed-data/tajikistan";
import { ballot, ballotMarkdown } from "./ballot";
import { BallotDto } from "./evaluation-schemas";
import { evaluate } from "./evaluation";
import type { EdgeDto, NodeDto } from "./schemas";
import type { Relation } from "./vocabulary";

type NodeOpts = Partial<Pick<NodeDto, "kind" | "side" | "speech" | "role" | "title">>;
const node = (id: string, o: NodeOpts = {}): NodeDto => ({
  id, kind: o.kind ?? "claim", side: o.side ?? "neutral", role: o.role ?? null, speech: o.speech ?? null, responseType: null,
  title: o.title ?? id, body: "", position: { x: 0, y: 0 }, version: 1, evidence: null,
});
let seq = 0;
const edge = (source: string, target: string, relation: Relation = "rebuts"): EdgeDto => ({ id: `e${seq++}`, source, target, relation, version: 1 });
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
    edge("harm", "res", "supports"), edge("plan", "res", "supports"), edge("card", "harm", "supports"),
    edge("answer", "harm"), edge("reanswer", "answer"),
    edge("takeout", "plan"),
    edge("da", "res"), edge("turn", "da", "turns"),
    edge("k", "harm"), edge("kans", "k"), edge("kext", "kans"),
    edge("impact", "harm"), edge("reanswer", "impact"),
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

  it("counts a standing turn for the side that made it, and not once it is refuted", () => {
    expect(b.aff.standing.find((i) => i.id === "turn")?.why).toMatch(/It turns 'DA: Moscow fills in', which now counts for the Aff\./);
    const answered = { nodes: [...small.nodes, node("tans", { side: "neg", kind: "rebuttal", speech: "2NC" })], edges: [...small.edges, edge("tans", "turn")] };
    const b2 = ballot(answered, evaluate(answered));
    expect(ids(b2.aff.standing)).toEqual(["drop"]);
    expect(ids(b2.neg.standing)).toEqual(["da", "k"]);
    expect(b2.decision).not.toMatch(/turn/i);
  });

  it("lists what each side's opponent dropped, with the why", () => {
    expect(ids(b.aff.droppedByOpponent)).toEqual(["drop", "reanswer", "turn"]);
    expect(b.aff.droppedByOpponent[0]?.why).toBe("Standing: nothing answers it. Conceded: the Neg never answered it (dropped in the 1NC).");
    // The kritik's 2NC extension: the Aff spoke no later speech here, so nothing is dropped yet.
    expect(ids(b.neg.droppedByOpponent)).toEqual(["takeout"]);
  });

  it("sums up in one paragraph: counts, what was dropped, standing turns, the resolution", () => {
    // The DA was the only attack on the resolution, and the Aff's turn refutes it.
    expect(ev.get("res")?.status).toBe("standing");
    expect(b.decision).toBe(
      "The Aff has 2 standing arguments ('Corruption [dropped]' and 'Turn: Moscow is why conditions matter') out of 4; 2 refuted and 0 contested. " +
        "The Neg has 1 standing argument ('Agency K') out of 2; 1 refuted and 0 contested. " +
        "The Neg dropped 3 arguments: 'Corruption [dropped]', 'Bridge figures recruit' and 'Turn: Moscow is why conditions matter'. " +
        "The Aff dropped 1 argument: 'Conditions cannot vet'. " +
        "Standing turn for the Aff: 'Turn: Moscow is why conditions matter'. " +
        "The resolution, 'Resolved: condition the aid', is standing. " +
        "This summarizes the map; weighing what stands is the judge's call.",
    );
  });

  it("handles an empty map", () => {
    const empty = ballot({ nodes: [], edges: [] }, new Map());
    expect(empty.aff).toEqual({ standing: [], refuted: [], contested: [], droppedByOpponent: [] });
    expect(empty.decision).toContain("The Aff has no top-level arguments on the map.");
    expect(empty.decision).toContain("Neither side dropped an argument.");
  });
});

describe("ballotMarkdown", () => {
  const b = ballot(small, evaluate(small));
  const text = ballotMarkdown(b, "Round 1: Tajikistan");

  it("has a heading per side and per list, bullets with the why, and 'none' for empty lists", () => {
    const headings = text.split("\n").filter((l) => l.startsWith("#"));
    expect(headings).toEqual([
      "# Ballot: Round 1: Tajikistan",
      "## Affirmative", "### Standing (2)", "### Refuted (2)", "### Contested (0)", "### Dropped by the Neg (3)",
      "## Negative", "### Standing (1)", "### Refuted (1)", "### Contested (0)", "### Dropped by the Aff (1)",
    ]);
    expect(text).toContain("\n- **Agency K** — Standing: every answer to it is refuted — 'Both can be culpable' (refuted).\n");
    expect(text).toContain("### Contested (0)\n\n- none\n");
    expect(text.endsWith("\n")).toBe(true);
  });

  it("escapes Markdown in titles so they show as written", () => {
    expect(text).toContain("- **Aid fuels \\*extremism\\*** — Refuted:");
    expect(text).toContain("- **Corruption \\[dropped\\]** — Standing: nothing answers it.");
    expect(ballotMarkdown(b, "<b>x</b> & y")).toMatch(/^# Ballot: \\<b\\>x\\<\/b\\> \\& y\n/);
  });
});

describe("ballot of the seeded Tajikistan debate", () => {
  const graph = {
    nodes: demo.nodes.map((n) => node(n.key, { kind: n.kind, side: n.side, speech: n.speech ?? null, role: n.role ?? null, title: n.title })),
    edges: demo.edges.map((e) => edge(e.from, e.to, e.relation)),
  };
  const b = ballot(graph, evaluate(graph));

  it("credits the Aff with the dropped corruption argument and its standing Russia turn", () => {
    expect(ids(b.aff.standing)).toEqual(expect.arrayContaining(["aff-corruption", "aff-plan", "aff2-russia-turn"]));
    expect(ids(b.aff.refuted)).toContain("aff-training-fuels");
    expect(ids(b.aff.droppedByOpponent)).toContain("aff-corruption");
    expect(ids(b.neg.refuted)).toEqual(expect.arrayContaining(["neg-only-training", "neg-professionalism-da"]));
    expect(b.decision).toContain("The Neg dropped");
    expect(b.decision).toContain("'Rahmon's family-run anti-corruption agency pushes officials toward extremism'");
    expect(b.decision).toContain("Standing turn for the Aff: 'Turn: Russia's no-strings aid is exactly why U.S. conditions matter'.");
    expect(b.decision).toContain("is standing.");
    const markdown = ballotMarkdown(b, demo.debate.title);
    expect(markdown.startsWith("# Ballot: U.S. Security Assistance to Tajikistan\n")).toBe(true);
  });
});
