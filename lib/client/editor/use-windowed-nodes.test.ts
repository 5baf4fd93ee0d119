import { describe, expect, it } from "vitest";
import { SpatialGrid } from "@/lib/domain/spatial-grid";
import {
  beforeAnyView,
  patchWindow,
  windowAround,
  windowServes,
  withNeighbours,
  type Last,
} from "./use-windowed-nodes";
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
    grown: "all",
    inView: new Set(["a", "b"]),
    out: { nodes: [all[0]!, all[1]!], edges: [] },
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
    // A small map's growth step added cards: the window is taken again with them.
    expect(patchWindow(last, all, edges, "0:0:0", grid, null, new Set(["c"]))).toBeNull();
  });
});

describe("the window (a big map hands React Flow what is near the view)", () => {
  const view = { x0: 0, y0: 0, x1: 1000, y1: 600, zoom: 1 };
  const win = windowAround(view);

  it("serves a view that stays inside it with a quarter of margin, and a view zoomed in up to twice", () => {
    expect(win).toEqual({ x0: -1000, y0: -600, x1: 2000, y1: 1200, zoom: 1 });
    expect(windowServes(win, view)).toBe(true);
    // Panned by half a viewport: still inside with room to spare.
    expect(windowServes(win, { ...view, x0: 500, x1: 1500 })).toBe(true);
    // Panned by a whole viewport: its quarter margin is past the window's edge.
    expect(windowServes(win, { ...view, x0: 1000, x1: 2000 })).toBe(false);
    // Zoomed out ×1.5 about the centre: the view is 1,500 wide, inside with its margin.
    expect(windowServes(win, { x0: -250, y0: -150, x1: 1250, y1: 750, zoom: 2 / 3 })).toBe(true);
    // Zoomed out ×2.5: it no longer fits.
    expect(windowServes(win, { x0: -750, y0: -450, x1: 1750, y1: 1050, zoom: 0.4 })).toBe(false);
    // Zoomed in ×2 serves, ×3 takes a smaller window.
    expect(windowServes(win, { x0: 250, y0: 150, x1: 750, y1: 450, zoom: 2 })).toBe(true);
    expect(windowServes(win, { x0: 333, y0: 200, x1: 667, y1: 400, zoom: 3 })).toBe(false);
    expect(windowServes(null, view)).toBe(false);
  });
});

describe("withNeighbours (a small map's window draws every line of its cards)", () => {
  it("adds the far end of each connection touching the window, one step only", () => {
    const edges = [
      { id: "1", source: "a", target: "far" },
      { id: "2", source: "further", target: "far" },
      { id: "3", source: "near", target: "b" },
      { id: "4", source: "x", target: "y" },
    ];
    expect([...withNeighbours(new Set(["a", "b"]), edges)].sort()).toEqual(["a", "b", "far", "near"]);
  });
});

describe("before the map has a view", () => {
  it("hands React Flow nothing of a windowed map, and the whole of a map drawn whole", () => {
    const nodes = ["a", "b"].map((id) => rf(id));
    const edges: Last["rfEdges"] = [{ id: "e", source: "a", target: "b" }];
    expect(beforeAnyView(true, nodes, edges)).toEqual({ nodes: [], edges: [] });
    expect(beforeAnyView(false, nodes, edges)).toEqual({ nodes, edges });
  });
});
