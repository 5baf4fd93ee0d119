import { describe, expect, it } from "vitest";
import { SpatialGrid } from "@/lib/domain/spatial-grid";
import { patchWindow, type Last } from "./use-windowed-nodes";
import type { ArgumentRfNode } from "./to-flow";

const rf = (id: string, x = 0): ArgumentRfNode => ({
  id,
  type: "argument",
  position: { x, y: 0 },
  data: { side: "aff" },
});

describe("patchWindow (a drag frame on a windowed map)", () => {
  const all = ["a", "b", "c", "d"].map((id) => rf(id));
  const grid = new SpatialGrid([]);
  const edges: Last["rfEdges"] = [];
  const last: Last = {
    rfNodes: all,
    rfEdges: edges,
    key: "0:0:0",
    grid,
    keep: null,
    inView: new Set(["a", "b"]),
    out: { nodes: [all[0]!, all[1]!], edges: [], lod: false },
  };

  it("swaps in the moved node when it is in the window and nothing else changed", () => {
    const moved = rf("b", 50);
    const next = [all[0]!, moved, all[2]!, all[3]!];
    const out = patchWindow(last, next, edges, "0:0:0", grid, null);
    expect(out?.nodes).toEqual([all[0], moved]);
    expect(out?.nodes[0]).toBe(all[0]);
  });

  it("rebuilds (null) when a node outside the window changed, or the window, edges or list did", () => {
    expect(patchWindow(last, [all[0]!, all[1]!, rf("c", 9), all[3]!], edges, "0:0:0", grid, null)).toBeNull();
    expect(patchWindow(last, all, edges, "1:0:0", grid, null)).toBeNull();
    expect(patchWindow(last, all, [{ id: "e", source: "a", target: "b" }], "0:0:0", grid, null)).toBeNull();
    expect(patchWindow(last, all.slice(0, 3), edges, "0:0:0", grid, null)).toBeNull();
    expect(patchWindow(null, all, edges, "0:0:0", grid, null)).toBeNull();
  });
});
