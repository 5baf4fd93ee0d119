import { describe, expect, it } from "vitest";
import { paintMap, type PaintContext } from "./map-paint";
import { mapScene, type MapSvgNode } from "./map-svg";

type Call = { op: string; args: unknown[]; fillStyle: unknown; strokeStyle: unknown; font: string; dash: number[] };

/** A context that records each drawing call with the style in force when it was made. */
function recorder(): { ctx: PaintContext; calls: Call[] } {
  const calls: Call[] = [];
  const state = { fillStyle: "#000000" as unknown, strokeStyle: "#000000" as unknown, font: "", dash: [] as number[] };
  const ctx = {
    lineWidth: 1,
    textAlign: "start",
    textBaseline: "alphabetic",
    get fillStyle() {
      return state.fillStyle;
    },
    set fillStyle(v: unknown) {
      state.fillStyle = v;
    },
    get strokeStyle() {
      return state.strokeStyle;
    },
    set strokeStyle(v: unknown) {
      state.strokeStyle = v;
    },
    get font() {
      return state.font;
    },
    set font(v: string) {
      state.font = v;
    },
    setLineDash(d: number[]) {
      state.dash = d;
    },
  } as Record<string, unknown>;
  for (const op of ["setTransform", "save", "restore", "translate", "rotate", "beginPath", "moveTo", "lineTo"])
    ctx[op] = (...args: unknown[]) => calls.push({ op, args, ...state });
  for (const op of ["closePath", "roundRect", "fill", "stroke", "fillRect", "fillText"])
    ctx[op] = (...args: unknown[]) => calls.push({ op, args, ...state });
  return { ctx: ctx as unknown as PaintContext, calls };
}

const box = (over: Partial<MapSvgNode>): MapSvgNode => ({
  id: "a",
  title: "A",
  kind: "claim",
  side: "aff",
  x: 0,
  y: 0,
  width: 280,
  height: 90,
  ...over,
});

const nodes = [
  box({ id: "t", title: "Training builds capacity in the border guard", x: 0, y: 0, status: "standing" }),
  box({ id: "r", title: "Trained units defect to traffickers", side: "neg", kind: "rebuttal", x: 400, y: 200 }),
];
const edges = [{ id: "e", source: "r", target: "t", relation: "rebuts" }];

describe("paintMap", () => {
  it("paints white first, then maps the scene's bounds to the canvas at the scale", () => {
    const { ctx, calls } = recorder();
    paintMap(ctx, nodes, edges, 0.5, (d) => ({ d }));
    const { bounds } = mapScene(nodes, edges);
    expect(calls[0]).toMatchObject({ op: "setTransform", args: [0.5, 0, 0, 0.5, -bounds.x * 0.5, -bounds.y * 0.5] });
    expect(calls[1]).toMatchObject({
      op: "fillRect",
      fillStyle: "#ffffff",
      args: [bounds.x, bounds.y, bounds.width, bounds.height],
    });
  });

  it("draws every title line, badge and label the SVG writes, in bold for titles", () => {
    const { ctx, calls } = recorder();
    paintMap(ctx, nodes, edges, 1, (d) => ({ d }));
    const texts = calls.filter((c) => c.op === "fillText");
    const scene = mapScene(nodes, edges);
    const expected = [...scene.labels, ...scene.nodes.flat()].flatMap((s) => (s.t === "text" ? s.lines : []));
    expect(texts.map((c) => c.args[0])).toEqual(expected);
    expect(expected).toContain("✓ standing");
    expect(expected).toContain("rebuts");
    const title = texts.find((c) => String(c.args[0]).startsWith("Training"))!;
    expect(title.font).toMatch(/^bold 13px .*sans-serif$/);
    // One box per argument, outlined; the rebuttal's dashed, as on the canvas.
    const outlines = calls.filter((c) => c.op === "stroke" && c.args.length === 0);
    expect(outlines).toHaveLength(2);
    expect(outlines[1]!.dash).toEqual([5, 3]);
  });

  it("strokes a rebuttal's connection dashed red, with its arrow head at the answered argument's right side", () => {
    const { ctx, calls } = recorder();
    paintMap(ctx, nodes, edges, 1, (d) => ({ d }));
    const curve = calls.find((c) => c.op === "stroke" && (c.args[0] as { d?: string })?.d?.startsWith("M400,245"));
    expect(curve).toMatchObject({ strokeStyle: "#b91c1c", dash: [6, 4] });
    // The target's right handle: x = 0 + 280, y = 0 + 90 / 2.
    const at = calls.find((c) => c.op === "translate");
    expect(at?.args).toEqual([280, 45]);
    const head = calls.find((c, i) => c.op === "fill" && c.args.length === 0 && calls[i - 1]?.op === "closePath");
    expect(head?.fillStyle).toBe("#b91c1c");
  });
});
