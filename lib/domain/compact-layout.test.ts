import { describe, expect, it } from "vitest";
import { boxOf, intersecting } from "./__fixtures__/boxes";
import { demoMap, generatedMap } from "./__fixtures__/demo-map";
import { layoutCompact } from "./compact-layout";
import { ANSWER_COLUMN } from "./placement";

function laidOut(map: ReturnType<typeof demoMap>) {
  const edges = map.edges as { source: string; target: string; relation: "rebuts" }[];
  const pos = layoutCompact(map.nodes, edges);
  return map.nodes.map((n) => ({ ...n, position: pos.get(n.id)! }));
}

describe("layoutCompact", () => {
  it("places every argument of the demo with no two boxes intersecting", () => {
    const nodes = laidOut(demoMap());
    expect(nodes.every((n) => n.position)).toBe(true);
    expect(intersecting(nodes.map(boxOf))).toEqual([]);
  });

  it("puts the resolution's answers in the next column beside it, affirmative above negative", () => {
    const map = demoMap();
    const nodes = laidOut(map);
    const at = new Map(nodes.map((n) => [n.id, n]));
    const root = at.get("resolution")!;
    const ring = map.edges.filter((e) => e.target === "resolution").map((e) => at.get(e.source)!);
    for (const n of ring) {
      expect(n.position.x).toBe(root.position.x + ANSWER_COLUMN);
      // The whole ring within a screen height or two of the resolution (the tidy tree spreads it over 9,000 px).
      expect(Math.abs(n.position.y - root.position.y)).toBeLessThan(1200);
    }
    const lowestAff = Math.max(...ring.filter((n) => n.side === "aff").map((n) => n.position.y));
    const highestNeg = Math.min(...ring.filter((n) => n.side === "neg").map((n) => n.position.y));
    expect(lowestAff).toBeLessThan(highestNeg);
  });

  it("lays out big generated maps without overlaps, each answer one column right of its parent", () => {
    for (const count of [1000, 20000]) {
      const map = generatedMap(count, 7);
      const nodes = laidOut(map);
      expect(intersecting(nodes.map(boxOf))).toEqual([]);
      const at = new Map(nodes.map((n) => [n.id, n.position]));
      for (const e of map.edges.slice(0, 200)) expect(at.get(e.source)!.x - at.get(e.target)!.x).toBe(ANSWER_COLUMN);
    }
  });

  it("survives a cycle: every argument still gets a position", () => {
    const n = (id: string) => ({ id, title: id, kind: "claim" as const, side: "aff" as const, evidence: null });
    const pos = layoutCompact(
      [n("a"), n("b")],
      [
        { source: "a", target: "b", relation: "supports" },
        { source: "b", target: "a", relation: "supports" },
      ],
    );
    expect(pos.size).toBe(2);
  });
});
