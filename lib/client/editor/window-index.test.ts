import { describe, expect, it } from "vitest";
import type { ArgumentRfNode, RelationRfEdge } from "./to-flow";
import { WindowIndex } from "./window-index";

const rf = (id: string): ArgumentRfNode => ({ id, type: "argument", position: { x: 0, y: 0 }, data: { side: "aff" } });
const e = (source: string, target: string): RelationRfEdge => ({ id: `${source}-${target}`, source, target });

/** What the pick must equal: a pass over the whole lists. */
function filtered(nodes: ArgumentRfNode[], edges: RelationRfEdge[], inView: ReadonlySet<string>) {
  return {
    nodes: nodes.filter((n) => inView.has(n.id)),
    edges: edges.filter((x) => inView.has(x.source) && inView.has(x.target)),
  };
}

/** A deterministic pseudo-random stream (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("WindowIndex (a window picked from its own ids)", () => {
  it("picks the window's arguments in the map's order and the relations with both ends in it, in theirs", () => {
    const nodes = ["a", "b", "c", "d", "e"].map(rf);
    const edges = [e("b", "a"), e("b", "e"), e("d", "b"), e("e", "c")];
    const out = new WindowIndex().pick(nodes, edges, new Set(["d", "b", "a", "zz"]));
    expect(out.nodes.map((n) => n.id)).toEqual(["a", "b", "d"]);
    expect(out.edges.map((x) => x.id)).toEqual(["b-a", "d-b"]);
    expect(out.nodes[0]).toBe(nodes[0]);
  });

  it("stays right as the lists change under it: new objects, arguments added, removed and reordered, relations edited", () => {
    const next = random(17);
    let ids = Array.from({ length: 300 }, (_, i) => `n${i}`);
    let nodes = ids.map(rf);
    const edgesOf = (list: string[]) => list.slice(1).map((id, i) => e(id, list[Math.floor(next() * (i + 1))]!));
    let edges = edgesOf(ids);
    const index = new WindowIndex();
    for (let step = 0; step < 60; step++) {
      const r = next();
      if (r < 0.2)
        nodes = nodes.map((n) => (next() < 0.05 ? { ...n, selected: true } : n)); // same ids, new objects
      else if (r < 0.4)
        ids = [...ids, `m${step}`]; // an argument added at the end
      else if (r < 0.6)
        ids = ids.filter(() => next() > 0.02); // some deleted
      else if (r < 0.7)
        ids = [...ids].reverse(); // every argument moved in the list
      else if (r < 0.8) edges = edgesOf(ids);
      if (r >= 0.2) nodes = ids.map(rf);
      const inView = new Set(ids.filter(() => next() < 0.3));
      inView.add("not-on-the-map");
      const out = index.pick(nodes, edges, inView);
      const want = filtered(nodes, edges, inView);
      expect(out.nodes).toEqual(want.nodes);
      expect(out.edges).toEqual(want.edges);
    }
  });
});
