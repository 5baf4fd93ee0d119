import { describe, expect, it } from "vitest";
import * as demo from "@/prisma/seed-data/tajikistan";
import { demoFlow } from "./demo-flow.test-helper";
import {
  flowLayout,
  flowNeighbour,
  nextSpeech,
  unassignedAlone,
  type FlowEdge,
  type FlowLayout,
  type FlowNode,
} from "./flow-layout";
import type { NodeKind, Relation, Side, Speech } from "./vocabulary";

const node = (id: string, speech: Speech | null, side: Side = "aff", kind: NodeKind = "claim"): FlowNode => ({
  id,
  speech,
  side,
  kind,
});
const edge = (source: string, target: string, relation: Relation = "rebuts"): FlowEdge => ({
  source,
  target,
  relation,
});
const cell = (l: FlowLayout, id: string) => l.byId.get(id) ?? expect.unreachable(`no cell for ${id}`);
const at = (l: FlowLayout, id: string) => {
  const c = cell(l, id);
  return [l.columns[c.col]!.key, c.row] as const;
};

describe("flowLayout: small flows", () => {
  it("puts an answer in its speech's column on the row of what it answers", () => {
    const l = flowLayout(
      [node("a", "1AC"), node("b", "1NC", "neg", "rebuttal"), node("c", "2AC", "aff", "rebuttal")],
      [edge("b", "a"), edge("c", "b")],
    );
    expect(at(l, "a")).toEqual(["1AC", 0]);
    expect(at(l, "b")).toEqual(["1NC", 0]);
    expect(at(l, "c")).toEqual(["2AC", 0]);
    expect(l.rowCount).toBe(1);
    expect(cell(l, "c")).toMatchObject({ parent: "b", relation: "rebuts", thread: 0 });
  });

  it("stacks several answers to one argument downward, each sub-thread beside its answer", () => {
    const l = flowLayout(
      [
        node("a", "1AC"),
        node("b1", "1NC", "neg"),
        node("b2", "1NC", "neg"),
        node("c1", "2AC"),
        node("c2", "2AC"),
        node("d", "2AC"),
      ],
      [edge("b1", "a"), edge("b2", "a"), edge("c1", "b1"), edge("c2", "b1"), edge("d", "b2")],
    );
    expect(at(l, "b1")).toEqual(["1NC", 0]);
    expect(at(l, "c1")).toEqual(["2AC", 0]);
    expect(at(l, "c2")).toEqual(["2AC", 1]);
    // b2 waits until b1's answers are written, so that its own answer sits beside it.
    expect(at(l, "b2")).toEqual(["1NC", 2]);
    expect(at(l, "d")).toEqual(["2AC", 2]);
    expect(cell(l, "a").answers).toEqual(["b1", "b2"]);
  });

  it("starts a new thread below the previous one, whatever column it starts in", () => {
    const l = flowLayout(
      [node("a", "1AC"), node("b", "1NC", "neg"), node("c", "2AC"), node("c2", "2AC"), node("da", "1NC", "neg")],
      [edge("b", "a"), edge("c", "b"), edge("c2", "b")],
    );
    expect(at(l, "da")).toEqual(["1NC", 2]);
    expect(l.threadStarts).toEqual([0, 2]);
    expect(cell(l, "da").thread).toBe(1);
  });

  it("keeps an argument on its own thread when it only backs something of the same speech or one without a speech", () => {
    const l = flowLayout(
      [node("res", null, "neutral"), node("a", "1AC"), node("a2", "1AC"), node("ext", "1AR")],
      [edge("a", "res", "supports"), edge("a2", "a", "supports"), edge("ext", "a", "extends")],
    );
    expect(cell(l, "a").parent).toBeNull();
    expect(cell(l, "a2").parent).toBeNull();
    expect(at(l, "ext")).toEqual(["1AR", 0]);
    expect(l.columns.at(-1)!.key).toBe("unassigned");
    expect(at(l, "res")).toEqual(["unassigned", 2]);
  });

  it("prefers an attack over support, and the latest speech among attacks", () => {
    const l = flowLayout(
      [node("a", "1AC"), node("b", "1NC", "neg"), node("c", "2AC"), node("t", "2NC", "neg")],
      [edge("b", "a"), edge("c", "b"), edge("t", "a", "turns"), edge("t", "c"), edge("t", "b", "supports")],
    );
    expect(cell(l, "t")).toMatchObject({ parent: "c", relation: "rebuts", row: 0 });
  });

  it("puts supporting evidence inside the argument's cell, and an unattached card in a cell of its own", () => {
    const l = flowLayout(
      [
        node("a", "1AC"),
        node("ev1", "1AC", "aff", "evidence"),
        node("ev2", null, "aff", "evidence"),
        node("b", "1NC", "neg"),
        node("ev3", "1NC", "neg", "evidence"),
      ],
      [edge("ev1", "a", "supports"), edge("ev2", "a", "supports"), edge("b", "a"), edge("ev3", "a", "rebuts")],
    );
    expect(cell(l, "a").cards).toEqual(["ev1", "ev2"]);
    expect(l.byId.has("ev1")).toBe(false);
    expect(at(l, "ev3")).toEqual(["1NC", 1]);
    expect(l.columns.some((c) => c.key === "unassigned")).toBe(false);
  });

  it("puts an answer to a card on the row of the argument the card is in", () => {
    const l = flowLayout(
      [node("a", "1AC"), node("ev", "1AC", "aff", "evidence"), node("indict", "1NC", "neg", "rebuttal")],
      [edge("ev", "a", "supports"), edge("indict", "ev", "undercuts")],
    );
    expect(cell(l, "indict")).toMatchObject({ parent: "a", relation: "undercuts", row: 0 });
  });

  it("omits cross-examinations when asked, and what they answer keeps its place", () => {
    const nodes = [node("a", "1AC"), node("q", "CX1", "neg"), node("b", "1NC", "neg")];
    const edges = [edge("q", "a"), edge("b", "a")];
    const withCx = flowLayout(nodes, edges);
    expect(withCx.columns.map((c) => c.key)).toEqual([
      "1AC",
      "CX1",
      "1NC",
      "CX2",
      "2AC",
      "CX3",
      "2NC",
      "CX4",
      "1NR",
      "1AR",
      "2NR",
      "2AR",
    ]);
    expect(at(withCx, "q")).toEqual(["CX1", 0]);
    const without = flowLayout(nodes, edges, { includeCx: false });
    expect(without.columns.map((c) => c.key)).toEqual(["1AC", "1NC", "2AC", "2NC", "1NR", "1AR", "2NR", "2AR"]);
    expect(without.byId.has("q")).toBe(false);
    expect(at(without, "b")).toEqual(["1NC", 0]);
  });

  it("ignores repeated ids, self-loops and edges to unknown nodes", () => {
    const l = flowLayout(
      [node("a", "1AC"), node("a", "1NC"), node("b", "1NC", "neg")],
      [edge("a", "a"), edge("b", "zz"), edge("b", "a")],
    );
    expect(l.cells.map((c) => c.id).sort()).toEqual(["a", "b"]);
    expect(at(l, "a")).toEqual(["1AC", 0]);
    expect(at(l, "b")).toEqual(["1NC", 0]);
  });

  it("lays out an empty graph", () => {
    const l = flowLayout([], []);
    expect(l).toMatchObject({ cells: [], rowCount: 0, threadStarts: [] });
    expect(l.columns).toHaveLength(12);
  });
});

describe("flowNeighbour", () => {
  const l = flowLayout(
    [
      node("a", "1AC"),
      node("b1", "1NC", "neg"),
      node("b2", "1NC", "neg"),
      node("c1", "2AC"),
      node("c2", "2AC"),
      node("z", "1AC"),
    ],
    [edge("b1", "a"), edge("b2", "a"), edge("c1", "b1"), edge("c2", "b2")],
  );
  it("moves along the row and within the column", () => {
    expect(flowNeighbour(l, "a", "right")).toBe("b1");
    expect(flowNeighbour(l, "b1", "right")).toBe("c1");
    expect(flowNeighbour(l, "c1", "right")).toBeNull();
    expect(flowNeighbour(l, "b1", "down")).toBe("b2");
    expect(flowNeighbour(l, "b2", "up")).toBe("b1");
    expect(flowNeighbour(l, "a", "down")).toBe("z");
    expect(flowNeighbour(l, "a", "up")).toBeNull();
  });
  it("falls back to what an argument answers (left) and its first answer (right), skipping hidden cells", () => {
    expect(flowNeighbour(l, "b2", "left")).toBe("a");
    expect(flowNeighbour(l, "c2", "left")).toBe("b2");
    expect(flowNeighbour(l, "b1", "down", (id) => id !== "b2")).toBeNull();
    expect(flowNeighbour(l, "c1", "left", (id) => id !== "b1")).toBe("a");
    expect(flowNeighbour(l, "a", "right", (id) => id !== "b1")).toBe("c1");
    expect(flowNeighbour(l, "a", "right", (id) => id !== "b1" && id !== "c1")).toBe("b2");
  });
});

describe("unassignedAlone", () => {
  it("is true only while every argument on the sheet waits in the Unassigned column", () => {
    expect(
      unassignedAlone(flowLayout([node("a", null, "neutral"), node("b", null, "neutral")], [edge("b", "a")])),
    ).toBe(true);
    expect(unassignedAlone(flowLayout([node("a", null, "neutral"), node("b", "1AC")], [edge("b", "a")]))).toBe(false);
    expect(unassignedAlone(flowLayout([node("b", "1AC")], []))).toBe(false);
    expect(unassignedAlone(flowLayout([], []))).toBe(false);
  });
});

describe("nextSpeech", () => {
  it("finds the other side's next speech, skipping cross-examinations", () => {
    expect(nextSpeech("1AC", "neg")).toBe("1NC");
    expect(nextSpeech("1NC", "aff")).toBe("2AC");
    expect(nextSpeech("2AC", "neg")).toBe("2NC");
    expect(nextSpeech("2NC", "aff")).toBe("1AR");
    expect(nextSpeech("1NR", "aff")).toBe("1AR");
    expect(nextSpeech("1AR", "neg")).toBe("2NR");
    expect(nextSpeech("2NR", "aff")).toBe("2AR");
    expect(nextSpeech("2AR", "neg")).toBeUndefined();
    expect(nextSpeech("CX1", "neg")).toBe("1NC");
    expect(nextSpeech(null, "neg")).toBe("1NC");
  });
});

describe("flowLayout: the seeded Tajikistan debate", () => {
  const { nodes, edges } = demoFlow();
  const l = flowLayout(nodes, edges);

  it("shows every claim and rebuttal exactly once, and every card exactly once", () => {
    const ids = l.cells.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of demo.nodes.filter((x) => x.kind !== "evidence"))
      expect(
        ids.filter((id) => id === n.key),
        n.key,
      ).toHaveLength(1);
    const cards = [...ids, ...l.cells.flatMap((c) => c.cards)].filter(
      (id) => demo.nodes.find((n) => n.key === id)!.kind === "evidence",
    );
    expect(cards.sort()).toEqual(
      demo.nodes
        .filter((n) => n.kind === "evidence")
        .map((n) => n.key)
        .sort(),
    );
    expect(cell(l, "aff-training-fuels").cards).toEqual([
      "ev-d1-unrestricted",
      "ev-d1-five-occasions",
      "ev-vice-poster-boy",
      "ev-vice-kill-muslims",
    ]);
  });

  it("never puts two arguments in one place, and every answer right of and not above what it answers", () => {
    const places = new Set(l.cells.map((c) => `${c.row}:${c.col}`));
    expect(places.size).toBe(l.cells.length);
    for (const c of l.cells) {
      expect(l.columns[c.col]!.speech).toBe(demo.nodes.find((n) => n.key === c.id)!.speech ?? null);
      if (!c.parent) continue;
      const p = cell(l, c.parent);
      expect(c.col, c.id).toBeGreaterThan(p.col);
      expect(c.row, c.id).toBeGreaterThanOrEqual(p.row);
      expect(c.thread).toBe(p.thread);
    }
  });

  it("writes each 2AC answer to the right of the 1NC argument it answers, on the same row", () => {
    for (const [answer, target] of [
      ["aff2-agency-answer", "neg-agency"],
      ["aff2-russia-turn", "neg-russia-more"],
      ["aff2-migrant-answer", "neg-migrant-driver"],
      ["aff2-bridge-figure", "neg-only-training"],
      ["aff2-numbers-nonunique", "neg-small-numbers"],
      ["aff2-solvency-answer", "neg-solvency-takeout"],
    ] as const) {
      expect(at(l, target)[0]).toBe("1NC");
      expect(at(l, answer), answer).toEqual(["2AC", at(l, target)[1]]);
    }
    // The 1NC answers to the 1AC's training contention stack under one another, beside it.
    const fuels = cell(l, "aff-training-fuels");
    // OSCE now answers the enables-repression link (the review's rewiring); "we know little" indicts the first card.
    expect(fuels.answers.slice(0, 3)).toEqual(["neg-most-never-defect", "neg-agency", "neg-know-little"]);
    expect(cell(l, "neg-most-never-defect").row).toBe(fuels.row);
  });

  it("opens with the 1AC and keeps the corruption extensions on the corruption row", () => {
    expect(l.cells.find((c) => c.row === 0 && c.col === 0)!.id).toBe("aff-training-fuels");
    const corruption = cell(l, "aff-corruption");
    expect(at(l, "aff1ar-extend-corruption")).toEqual(["1AR", corruption.row]);
    expect(at(l, "aff2ar-corruption")).toEqual(["2AR", corruption.row]);
    expect(l.threadStarts.length).toBe(l.cells.filter((c) => !c.parent).length);
  });

  // Its speed is measured in bench/, not asserted here (no wall-clock limits in the test suite).
  it("lays out 20,000 arguments, one cell each", () => {
    const n = 20_000;
    const big: FlowNode[] = Array.from({ length: n }, (_, i) =>
      node(`n${i}`, (["1AC", "1NC", "2AC", "2NC", "1AR", "2NR", "2AR"] as const)[i % 7]!),
    );
    const bigEdges: FlowEdge[] = big.slice(1).map((x, i) => edge(x.id, `n${i - (i % 7) + Math.max(0, (i % 7) - 1)}`));
    const big1 = flowLayout(big, bigEdges);
    expect(big1.cells).toHaveLength(n);
  });
});
