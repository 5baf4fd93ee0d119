import { describe, expect, it } from "vitest";
import { demoMap, generatedMap } from "./__fixtures__/demo-map";
import { estimateSize } from "./layout";
import {
  focusRoot,
  MIN_TITLE_PX,
  openingViewport,
  READABLE_ZOOM,
  TITLE_FONT_PX,
  type OpeningNode,
} from "./opening-view";

const VIEW = { width: 1440 - 300, height: 900 - 120 };

/** The part of `n` on screen, as a fraction of its box, under viewport `v`. */
function onScreen(n: OpeningNode, v: { x: number; y: number; zoom: number }) {
  const s = estimateSize(n);
  const x0 = n.position.x * v.zoom + v.x;
  const y0 = n.position.y * v.zoom + v.y;
  const x1 = x0 + s.width * v.zoom;
  const y1 = y0 + s.height * v.zoom;
  const w = Math.max(0, Math.min(x1, VIEW.width) - Math.max(x0, 0));
  const h = Math.max(0, Math.min(y1, VIEW.height) - Math.max(y0, 0));
  return (w * h) / ((x1 - x0) * (y1 - y0));
}

describe("focusRoot", () => {
  it("picks the resolution of the demo debate", () => {
    const { nodes, edges } = demoMap();
    expect(focusRoot(nodes, edges)?.id).toBe("resolution");
  });

  it("without a neutral root, picks the root with the most answers", () => {
    const n = (id: string): OpeningNode => ({
      id,
      side: "aff",
      kind: "claim",
      title: id,
      evidence: null,
      position: { x: 0, y: 0 },
    });
    const nodes = [n("a"), n("b"), n("c"), n("d")];
    const edges = [
      { source: "c", target: "b" },
      { source: "d", target: "b" },
    ];
    expect(focusRoot(nodes, edges)?.id).toBe("b");
  });
});

describe("openingViewport", () => {
  it("opens the demo on its resolution, fully in view, with titles at least 12 px", () => {
    const { nodes, edges } = demoMap();
    const v = openingViewport(nodes, edges, VIEW);
    expect(v.zoom * TITLE_FONT_PX).toBeGreaterThanOrEqual(MIN_TITLE_PX);
    const root = nodes.find((n) => n.id === "resolution")!;
    expect(onScreen(root, v)).toBe(1);
  });

  it("shows most of the first ring of answers to the resolution", () => {
    const { nodes, edges } = demoMap();
    const v = openingViewport(nodes, edges, VIEW);
    const ring = edges.filter((e) => e.target === "resolution").map((e) => nodes.find((n) => n.id === e.source)!);
    expect(ring.length).toBeGreaterThan(1);
    const visible = ring.filter((n) => onScreen(n, v) > 0.5);
    expect(visible.length).toBeGreaterThanOrEqual(Math.min(ring.length, 2));
  });

  it("shows a small map whole, never zoomed past 100%", () => {
    const { nodes, edges } = generatedMap(4);
    const v = openingViewport(nodes, edges, VIEW);
    expect(v.zoom).toBeLessThanOrEqual(1);
    for (const n of nodes) expect(onScreen(n, v)).toBe(1);
  });

  it("never opens a big map below the readable zoom", () => {
    for (const count of [50, 1000, 5000]) {
      const { nodes, edges } = generatedMap(count, count);
      const v = openingViewport(nodes, edges, VIEW);
      expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
      expect(onScreen(nodes[0]!, v)).toBe(1);
    }
  });

  it("opens an empty map at the origin", () => {
    expect(openingViewport([], [], VIEW)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});

describe("openingViewport on a chain too long to show whole", () => {
  const card = (id: string, x: number): OpeningNode => ({
    id,
    side: id === "root" ? "neutral" : "aff",
    kind: "claim",
    title: `Argument ${id}`,
    evidence: null,
    position: { x, y: 0 },
  });
  const step = 380;
  const nodes = ["root", "a", "b", "c", "d"].map((id, i) => card(id, i * step));
  const edges = [
    { source: "a", target: "root" },
    { source: "b", target: "a" },
    { source: "c", target: "b" },
    { source: "d", target: "c" },
  ];

  it("frames as many rings of answers as fit at a readable zoom, not only the first", () => {
    const v = openingViewport(nodes, edges, VIEW);
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    // The whole chain does not fit readable; its root and two rings do, whole.
    expect(onScreen(nodes[0]!, v)).toBe(1);
    expect(onScreen(nodes[1]!, v)).toBe(1);
    expect(onScreen(nodes[2]!, v)).toBe(1);
    expect(onScreen(nodes[4]!, v)).toBeLessThan(1);
  });

  it("keeps to the first ring when the second would not fit readable", () => {
    const narrow = { width: 2 * step, height: VIEW.height };
    const inView = (n: OpeningNode, v: { x: number; zoom: number }) => {
      const x0 = n.position.x * v.zoom + v.x;
      return x0 >= 0 && x0 + estimateSize(n).width * v.zoom <= narrow.width;
    };
    const v = openingViewport(nodes, edges, narrow);
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(inView(nodes[0]!, v)).toBe(true);
    expect(inView(nodes[2]!, v)).toBe(false);
  });
});
