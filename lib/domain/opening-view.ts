// Where the map's view starts: on the resolution (or thesis) and the first ring of answers to it,
// at a zoom where titles are readable. Pure, so the rule is tested without a browser.
import { estimateSize } from "./layout";
import type { NodeDto } from "./schemas";

/** The card title's font size in CSS pixels (`.arg` in globals.css). */
export const TITLE_FONT_PX = 13;
/** The smallest on-screen title size the opening view accepts. */
export const MIN_TITLE_PX = 12;
/** The least zoom at which a title renders at MIN_TITLE_PX or more. */
export const READABLE_ZOOM = MIN_TITLE_PX / TITLE_FONT_PX;
/** Screen pixels kept free around what the opening view frames. */
const PADDING = 40;

export type Viewport = { x: number; y: number; zoom: number };
export type OpeningNode = Pick<NodeDto, "id" | "side" | "position" | "title" | "kind"> & {
  evidence: { quote: string } | null;
};
export type Box = { x0: number; y0: number; x1: number; y1: number };

/**
 * The argument the map is about: the resolution when there is one (a neutral argument that
 * answers nothing), else the root with the most answers, else the first argument.
 */
export function focusRoot(
  nodes: readonly OpeningNode[],
  edges: Iterable<{ source: string; target: string }>,
): OpeningNode | null {
  const incoming = new Map<string, number>();
  const answering = new Set<string>();
  for (const e of edges) {
    incoming.set(e.target, (incoming.get(e.target) ?? 0) + 1);
    answering.add(e.source);
  }
  let best: OpeningNode | null = null;
  let bestScore = -1;
  for (const n of nodes) {
    if (answering.has(n.id)) continue;
    // A neutral root (the resolution) outranks any side's root, however many answers that has.
    const score = (n.side === "neutral" ? 1_000_000 : 0) + (incoming.get(n.id) ?? 0);
    if (score > bestScore) [best, bestScore] = [n, score];
  }
  return best ?? nodes[0] ?? null;
}

/** The box around every card (at its estimated size), or null for none. */
export function boxOf(nodes: Iterable<Pick<OpeningNode, "position" | "title" | "kind" | "evidence">>): Box | null {
  // Plain numbers, no box per card: at 20,000 arguments this runs while the map opens.
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const n of nodes) {
    const s = estimateSize(n);
    if (n.position.x < x0) x0 = n.position.x;
    if (n.position.y < y0) y0 = n.position.y;
    if (n.position.x + s.width > x1) x1 = n.position.x + s.width;
    if (n.position.y + s.height > y1) y1 = n.position.y + s.height;
  }
  return x0 === Infinity ? null : { x0, y0, x1, y1 };
}

function fitZoom(b: Box, view: { width: number; height: number }): number {
  const w = Math.max(1, view.width - 2 * PADDING);
  const h = Math.max(1, view.height - 2 * PADDING);
  return Math.min(w / Math.max(1, b.x1 - b.x0), h / Math.max(1, b.y1 - b.y0));
}

/** The flow coordinate `c` placed so that the view's centre shows it, clamped so `keep` stays in view. */
function centreOn(c: number, keep: [number, number], size: number, zoom: number): number {
  const half = size / 2 / zoom;
  const pad = PADDING / zoom;
  // Shift the centre as little as needed to keep [keep0, keep1] inside the view.
  let centre = c;
  if (keep[0] - pad < centre - half) centre = keep[0] - pad + half;
  if (keep[1] + pad > centre + half) centre = Math.max(keep[0] - pad + half, keep[1] + pad - half);
  return size / 2 - centre * zoom;
}

/** Union of two boxes. */
const join = (a: Box, b: Box): Box => ({
  x0: Math.min(a.x0, b.x0),
  y0: Math.min(a.y0, b.y0),
  x1: Math.max(a.x1, b.x1),
  y1: Math.max(a.y1, b.y1),
});

/**
 * The box around the root and as many rings of answers to it (answers, their answers, …) as fit
 * the view at a readable zoom; the first ring always, fitting or not. A four-argument chain opened
 * on its first two cards, the rest off screen, when three fitted.
 */
function ringsFrame(
  nodes: readonly OpeningNode[],
  edges: readonly { source: string; target: string }[],
  root: OpeningNode,
  view: { width: number; height: number },
): Box {
  // A pass over the edges and one over the nodes per ring, no index of the whole map: a big map
  // stops at its first or second ring, and this runs while it opens.
  const seen = new Set([root.id]);
  let ring = seen;
  let frame = boxOf([root])!;
  for (let depth = 1; ; depth++) {
    const next = new Set<string>();
    for (const e of edges) if (ring.has(e.target) && !seen.has(e.source)) next.add(e.source);
    const box = next.size > 0 ? boxOf(nodes.filter((n) => next.has(n.id))) : null;
    if (!box) return frame;
    const wider = join(frame, box);
    if (depth > 1 && fitZoom(wider, view) < READABLE_ZOOM) return frame;
    for (const id of next) seen.add(id);
    frame = wider;
    ring = next;
  }
}

/**
 * The opening viewport for a map shown in a `view`-sized canvas. A map that fits whole at a readable
 * zoom is shown whole (at most at 100%); otherwise the resolution and the rings of answers to it
 * that fit at a readable zoom (its direct answers at least) are framed, the resolution always
 * fully in view. Never below READABLE_ZOOM.
 */
export function openingViewport(
  nodes: readonly OpeningNode[],
  edges: readonly { source: string; target: string }[],
  view: { width: number; height: number },
  /** the box around every card when the caller has it already (boxOf(nodes)) */
  whole: Box | null = boxOf(nodes),
): Viewport {
  const all = whole;
  if (!all) return { x: 0, y: 0, zoom: 1 };
  const wholeZoom = Math.min(1, fitZoom(all, view));
  let frame = all;
  let zoom = wholeZoom;
  let keep = all;
  if (wholeZoom < READABLE_ZOOM) {
    const root = focusRoot(nodes, edges)!;
    frame = ringsFrame(nodes, edges, root, view);
    keep = boxOf([root])!;
    zoom = Math.min(1, Math.max(READABLE_ZOOM, fitZoom(frame, view)));
  }
  const cx = (frame.x0 + frame.x1) / 2;
  const cy = (frame.y0 + frame.y1) / 2;
  return {
    x: Math.round(centreOn(cx, [keep.x0, keep.x1], view.width, zoom)),
    y: Math.round(centreOn(cy, [keep.y0, keep.y1], view.height, zoom)),
    zoom,
  };
}
