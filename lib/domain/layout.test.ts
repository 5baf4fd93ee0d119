import { describe, expect, it } from "vitest";
import { badgeRows } from "./card-size";
import { estimateSize, layoutGraph, NODE_WIDTH } from "./layout";
import type { EdgeDto, NodeDto } from "./schemas";

type N = Pick<NodeDto, "id" | "title" | "kind" | "evidence">;
const n = (id: string, title = `argument ${id}`): N => ({ id, title, kind: "claim", evidence: null });
const e = (source: string, target: string, relation: EdgeDto["relation"] = "rebuts") => ({ source, target, relation });

function overlaps(nodes: N[], pos: Map<string, { x: number; y: number }>): string[] {
  const boxes = nodes.map((x) => ({ id: x.id, ...pos.get(x.id)!, ...estimateSize(x) }));
  const hits: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!,
        b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        hits.push(`${a.id}/${b.id}`);
    }
  return hits;
}

describe("layoutGraph", () => {
  it("puts each answer one column right of its target", () => {
    const nodes = [n("r"), n("a"), n("b"), n("c")];
    const pos = layoutGraph(nodes, [e("a", "r", "supports"), e("b", "a"), e("c", "b")]);
    expect(pos.get("r")!.x).toBe(0);
    expect(pos.get("a")!.x).toBeGreaterThanOrEqual(NODE_WIDTH);
    expect(pos.get("b")!.x).toBeGreaterThan(pos.get("a")!.x);
    expect(pos.get("c")!.x).toBeGreaterThan(pos.get("b")!.x);
  });

  it("never overlaps nodes, with long titles, cross-links, cycles and several roots", () => {
    const nodes: N[] = [];
    const edges: ReturnType<typeof e>[] = [];
    for (let i = 0; i < 300; i++) {
      nodes.push(n(`n${i}`, "word ".repeat((i * 7) % 40)));
      if (i > 2) edges.push(e(`n${i}`, `n${Math.floor((i * 13) % i)}`));
      if (i % 10 === 0 && i > 20) edges.push(e(`n${i - 5}`, `n${i}`, "supports"));
    }
    edges.push(e("n1", "n2"), e("n2", "n1")); // a cycle
    const pos = layoutGraph(nodes, edges);
    expect(pos.size).toBe(300);
    expect(overlaps(nodes, pos)).toEqual([]);
  });

  it("lays out a 5,000-deep chain without overflowing the stack or overlapping", () => {
    const nodes = Array.from({ length: 5_000 }, (_, i) => n(`c${i}`));
    const edges = nodes.slice(1).map((x, i) => e(x.id, `c${i}`));
    const pos = layoutGraph(nodes, edges);
    expect(pos.size).toBe(5_000);
    expect(pos.get("c200")!.x).toBeGreaterThan(pos.get("c199")!.x);
    expect(overlaps(nodes.slice(0, 1_000), pos)).toEqual([]);
  });
});

describe("the size estimate's badge rows", () => {
  const claim = { title: "Short", kind: "claim" as const, evidence: null };
  it("reserves a second row when side, kind, speech, role and the status chips do not fit one", () => {
    expect(badgeRows({ ...claim, side: "neg" })).toBe(1);
    const busy = { ...claim, side: "aff" as const, speech: "1AC" as const, role: "internal-link" as const };
    expect(badgeRows(busy)).toBe(2);
    // The second row holds the reserved "not extended", a bordered badge 18 px tall, 3 px below the first.
    expect(estimateSize(busy).height).toBe(estimateSize({ ...claim, side: "aff" }).height + 3 + 18);
  });
});
