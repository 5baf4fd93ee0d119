/**
 * Paints the map's shapes (lib/domain/map-svg's mapScene, the same list the SVG is written from)
 * onto a 2D canvas, for the PNG export. Drawing the geometry directly skips what made the PNG slow:
 * decoding a 20-megapixel SVG into an image and rasterising it again. Pure: it takes the context and
 * a Path2D factory, so it runs on a page, in a worker (OffscreenCanvas) and in a test alike.
 */
import { FONT, SERIF, mapScene, type MapShape, type MapSvgEdge, type MapSvgNode } from "./map-svg";

/** The part of CanvasRenderingContext2D (or its OffscreenCanvas twin) the painter uses. */
export type PaintContext = Pick<
  CanvasRenderingContext2D,
  | "setTransform"
  | "save"
  | "restore"
  | "translate"
  | "rotate"
  | "beginPath"
  | "moveTo"
  | "lineTo"
  | "closePath"
  | "roundRect"
  | "fill"
  | "stroke"
  | "fillRect"
  | "fillText"
  | "setLineDash"
> & {
  fillStyle: CanvasRenderingContext2D["fillStyle"];
  strokeStyle: CanvasRenderingContext2D["strokeStyle"];
  lineWidth: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
};

type PathLike = object;

const dash = (d: string | undefined) => (d ? d.split(/[\s,]+/).map(Number) : []);

/** An SVG marker's arrow (viewBox 0 0 10 10, refX 9, refY 5, 9 × 9 user units) at the curve's end. */
function arrow(ctx: PaintContext, a: NonNullable<Extract<MapShape, { t: "path" }>["arrow"]>) {
  ctx.save();
  ctx.translate(a.x, a.y);
  ctx.rotate(a.angle);
  ctx.beginPath();
  ctx.moveTo(-0.9 * 9, -0.9 * 5);
  ctx.lineTo(0.9 * 1, 0);
  ctx.lineTo(-0.9 * 9, 0.9 * 5);
  ctx.closePath();
  ctx.setLineDash([]);
  ctx.fillStyle = a.color;
  ctx.fill();
  ctx.restore();
}

/** One shape, as the SVG draws it (SVG's defaults: stroke width 1, text on its baseline). */
export function paintShape(ctx: PaintContext, s: MapShape, path: (d: string) => PathLike): void {
  if (s.t === "rect") {
    ctx.beginPath();
    ctx.roundRect(s.x, s.y, s.w, s.h, s.rx);
    ctx.fillStyle = s.fill;
    ctx.fill();
    if (s.stroke) {
      ctx.setLineDash(dash(s.dash));
      ctx.lineWidth = 1;
      ctx.strokeStyle = s.stroke;
      ctx.stroke();
    }
    return;
  }
  if (s.t === "path") {
    const p = path(s.d) as Path2D;
    if (s.fill && s.fill !== "none") {
      ctx.fillStyle = s.fill;
      ctx.fill(p);
    }
    if (s.stroke) {
      ctx.setLineDash(dash(s.dash));
      ctx.lineWidth = s.width ?? 1;
      ctx.strokeStyle = s.stroke;
      ctx.stroke(p);
    }
    if (s.arrow) arrow(ctx, s.arrow);
    return;
  }
  ctx.font = `${s.italic ? "italic " : ""}${s.bold ? "bold " : ""}${s.size}px ${s.serif ? SERIF : FONT}`;
  ctx.textAlign = s.middle ? "center" : "left";
  ctx.fillStyle = s.fill;
  if (!s.tspans) {
    ctx.fillText(s.lines.join(" "), s.x, s.y);
    return;
  }
  s.lines.forEach((l, i) => ctx.fillText(l, s.x, s.y + i * s.lineHeight));
}

/**
 * The whole map on white, `scale` canvas pixels per map unit, from the canvas's top left corner:
 * the canvas should be the scene's bounds times `scale`. Back to front, as in the SVG.
 */
export function paintMap(
  ctx: PaintContext,
  nodes: readonly MapSvgNode[],
  edges: readonly MapSvgEdge[],
  scale: number,
  path: (d: string) => PathLike,
): void {
  const scene = mapScene(nodes, edges);
  const { x, y, width, height } = scene.bounds;
  ctx.setTransform(scale, 0, 0, scale, -x * scale, -y * scale);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(x, y, width, height);
  ctx.textBaseline = "alphabetic";
  for (const s of scene.edges) paintShape(ctx, s, path);
  for (const s of scene.labels) paintShape(ctx, s, path);
  for (const shapes of scene.nodes) for (const s of shapes) paintShape(ctx, s, path);
}
