import { describe, expect, it } from "vitest";
import { demoFlow } from "./demo-flow.test-helper";
import { flowHead } from "./flow-head";
import { flowLayout, type FlowEdge, type FlowLayout, type FlowNode } from "./flow-layout";
import { RELATIONS, SPEECHES, type Speech } from "./vocabulary";

/** A small deterministic generator: the same graphs on every run. */
function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return { next, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

/**
 * A messy debate: threads of answers, cards supporting one or several arguments, answers to cards,
 * edges across threads and backwards in time, CX arguments and arguments without a speech.
 */
function messy(seed: number, n: number): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const r = prng(seed);
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  for (let i = 0; i < n; i++) {
    const kind = r.next() < 0.3 ? "evidence" : r.next() < 0.5 ? "claim" : "rebuttal";
    const speech: Speech | null = r.next() < 0.05 ? null : r.pick(SPEECHES);
    nodes.push({ id: `n${i}`, kind, side: r.next() < 0.5 ? "aff" : "neg", speech });
    const links = i === 0 ? 0 : r.next() < 0.15 ? 0 : r.next() < 0.8 ? 1 : 3;
    for (let k = 0; k < links; k++) {
      const target = `n${Math.floor(r.next() * i)}`;
      edges.push({ source: `n${i}`, target, relation: kind === "evidence" ? "supports" : r.pick(RELATIONS) });
    }
    // now and then an older argument answers a newer one (a link backwards in the graph's order)
    if (i > 2 && r.next() < 0.05)
      edges.push({ source: `n${Math.floor(r.next() * i)}`, target: `n${i}`, relation: "rebuts" });
  }
  return { nodes, edges };
}

/** Each cell's place (and what rides in it) in a layout: the row, the column, the thread. */
const places = (l: FlowLayout, ids: Iterable<string>) =>
  [...ids].map((id) => {
    const c = l.byId.get(id)!;
    return { id, col: l.columns[c.col]!.key, row: c.row, thread: c.thread, parent: c.parent, cards: c.cards };
  });

function expectSameTop(nodes: FlowNode[], edges: FlowEdge[], minRows: number) {
  const head = flowHead(nodes, edges, minRows);
  const whole = flowLayout(nodes, edges, { includeCx: false });
  const part = flowLayout(head.nodes, head.edges, { includeCx: false });
  expect(head.total).toBe(nodes.length);
  expect(head.rows).toBe(whole.rowCount);
  // Every cell of the head sits where it sits in the whole sheet, with the same cards inside…
  expect(places(part, part.byId.keys())).toEqual(places(whole, part.byId.keys()));
  // …and the head's rows are exactly the whole sheet's first rows, every cell of them included.
  const covered = part.rowCount;
  expect(covered).toBeGreaterThanOrEqual(Math.min(minRows, whole.rowCount));
  for (let row = 0; row < covered; row++) expect(part.byRow[row]).toEqual(whole.byRow[row]);
  // Threads are whole: a thread read in the head is not cut off halfway down.
  const threads = new Set([...part.byId.values()].map((c) => c.thread));
  const inThreads = whole.cells.filter((c) => threads.has(c.thread)).map((c) => c.id);
  expect(inThreads.filter((id) => !part.byId.has(id))).toEqual([]);
  // The head keeps the debate's order and edges only between arguments it holds.
  const order = nodes.map((n) => n.id);
  const at = head.nodes.map((n) => order.indexOf(n.id));
  expect(at).toEqual([...at].sort((a, b) => a - b));
  const held = new Set(head.nodes.map((n) => n.id));
  expect(head.edges.every((e) => held.has(e.source) && held.has(e.target))).toBe(true);
  return { head, whole, part };
}

describe("flowHead", () => {
  it("cuts whole threads that land on the same rows as in the whole sheet (messy generated debates)", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { nodes, edges } = messy(seed, 300 + seed * 10);
      const { head } = expectSameTop(nodes, edges, 20 + (seed % 5) * 10);
      expect(head.nodes.length).toBeLessThan(nodes.length);
    }
  });

  it("keeps a card inside the cell it rides in, and leaves out what only later threads hold", () => {
    const nodes: FlowNode[] = [
      { id: "a", kind: "claim", side: "aff", speech: "1AC" },
      { id: "card", kind: "evidence", side: "aff", speech: "1AC" },
      { id: "b", kind: "claim", side: "aff", speech: "1AC" },
      { id: "x", kind: "rebuttal", side: "neg", speech: "1NC" },
    ];
    const edges: FlowEdge[] = [
      { source: "card", target: "a", relation: "supports" },
      { source: "card", target: "b", relation: "supports" },
      { source: "x", target: "b", relation: "rebuts" },
    ];
    const { head, part } = expectSameTop(nodes, edges, 1);
    expect(head.nodes.map((n) => n.id)).toEqual(["a", "card"]);
    expect(head.edges).toEqual([{ source: "card", target: "a", relation: "supports" }]);
    expect(part.byId.get("a")!.cards).toEqual(["card"]);
  });

  it("holds the whole sheet (CX hidden) when it is shorter than asked, and the demo debate's top at any size", () => {
    const { nodes, edges } = demoFlow();
    expect(flowLayout(nodes, edges, { includeCx: false }).rowCount).toBeGreaterThan(20);
    // every argument but the cross-examinations' (the sheet opens with their columns hidden)
    const notCx = nodes.filter((n) => !n.speech?.startsWith("CX"));
    expect(notCx.length).toBeLessThan(nodes.length);
    expect(flowHead(nodes, edges, 10_000).nodes).toEqual(notCx);
    for (const rows of [1, 5, 12, 20]) expectSameTop(nodes, edges, rows);
  });

  it("is empty for an empty debate", () => {
    expect(flowHead([], [])).toEqual({ nodes: [], edges: [], total: 0, rows: 0 });
  });
});
