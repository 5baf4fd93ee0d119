// Where a new argument goes on the map, written once for every way of adding one: the map
// editor's buttons, the flow sheet's keys, a card cut in the reader, a seminar contribution.
import { estimateSize, GAP_X, GAP_Y, NODE_WIDTH } from "./layout";
import type { NodeDto, Position } from "./schemas";

/** How far right of what it answers a new argument goes: one column, as the tidy layout spaces them. */
export const ANSWER_COLUMN = NODE_WIDTH + GAP_X;
/**
 * The least distance between the tops of two stacked arguments. Estimated heights are a floor
 * (rendered cards carry a side label and badges), so short cards still get a full row.
 */
export const MIN_ROW = 130;

/** What placement reads of an argument already on the map: where it is and what makes it tall. */
export type Footprint = Pick<NodeDto, "position" | "title" | "kind"> & { evidence: { quote: string } | null };

/** From the top of `n` to the top of whatever goes under it. */
export function rowStep(n: Footprint): number {
  return Math.max(MIN_ROW, estimateSize(n).height + GAP_Y);
}

const round = (p: Position): Position => ({ x: Math.round(p.x), y: Math.round(p.y) });

/** How tall a new card is taken to be: a short one gets a full row, a long cut card its estimate. */
export function newcomerHeight(newcomer?: Footprint): number {
  return newcomer ? rowStep(newcomer) - GAP_Y : MIN_ROW - GAP_Y;
}

/**
 * `p`, moved down as little as needed so that a new card there, `height` tall, overlaps no
 * argument in `occupied` (never on top of one, never half under one). Only arguments in the same
 * column can overlap.
 */
export function clearSpot(p: Position, occupied: Iterable<Footprint>, height = MIN_ROW - GAP_Y): Position {
  const column = [...occupied]
    .filter((n) => Math.abs(n.position.x - p.x) < NODE_WIDTH)
    .sort((a, b) => a.position.y - b.position.y);
  let y = p.y;
  // Sorted by top, one pass suffices: a card passed over without overlap stays clear as y grows,
  // or lies wholly below y, and then so does every later one.
  for (const n of column) {
    if (n.position.y < y + height && y < n.position.y + rowStep(n) - GAP_Y) y = n.position.y + rowStep(n);
  }
  return round({ x: p.x, y });
}

/** `p`, moved up as little as needed to clear `occupied` (the mirror of clearSpot). */
function clearAbove(p: Position, column: readonly Footprint[], height: number): Position {
  const sorted = [...column].sort((a, b) => b.position.y - a.position.y);
  let y = p.y;
  for (const n of sorted) {
    if (n.position.y < y + height + GAP_Y && y < n.position.y + rowStep(n)) y = n.position.y - height - GAP_Y;
  }
  return round({ x: p.x, y });
}

/**
 * Free space nearest `p` (the view's centre, for an argument that answers nothing): the nearest
 * clear spot above or below `p` in its own column or in the columns beside it, so a crowded
 * column never sends the new card far off screen.
 */
export function freeSpot(p: Position, occupied: Iterable<Footprint>, height = MIN_ROW - GAP_Y): Position {
  const all = [...occupied];
  let best: Position | null = null;
  let bestDistance = Infinity;
  for (const k of [0, 1, -1, 2, -2]) {
    const x = p.x + k * ANSWER_COLUMN;
    const column = all.filter((n) => Math.abs(n.position.x - x) < NODE_WIDTH);
    for (const c of [clearSpot({ x, y: p.y }, column, height), clearAbove({ x, y: p.y }, column, height)]) {
      const d = Math.hypot(c.x - p.x, c.y - p.y);
      if (d < bestDistance) [best, bestDistance] = [c, d];
    }
  }
  return best!;
}

/**
 * A new answer to `target` (a rebuttal, a supporting claim or card): in the column right of it,
 * level with it, or below the lowest of the `answers` it already has; then clear of `occupied`.
 * `newcomer` (its title and quote) makes room for a tall card, such as one cut in the reader.
 */
export function answerSpot(
  target: Footprint,
  answers: Iterable<Footprint>,
  occupied: Iterable<Footprint>,
  newcomer?: Footprint,
): Position {
  let y = target.position.y;
  for (const a of answers) y = Math.max(y, a.position.y + rowStep(a));
  return clearSpot({ x: target.position.x + ANSWER_COLUMN, y }, occupied, newcomerHeight(newcomer));
}

/** The next argument under `above` in its column (the flow sheet's Shift+Enter), clear of `occupied`. */
export function belowSpot(above: Footprint, occupied: Iterable<Footprint>): Position {
  return clearSpot({ x: above.position.x, y: above.position.y + rowStep(above) }, occupied);
}

/** The arguments linked to `targetId` (its answers and backing), looked up in a map's nodes by id. */
export function answersOf<N>(
  targetId: string,
  edges: Iterable<{ source: string; target: string }>,
  nodes: Readonly<Record<string, N>>,
): N[] {
  const out: N[] = [];
  for (const e of edges) {
    const n = e.target === targetId ? nodes[e.source] : undefined;
    if (n !== undefined) out.push(n);
  }
  return out;
}

/** A new thread at column `x`: under everything on the map (top left on an empty map). */
export function threadSpot(nodes: Iterable<Footprint>, x: number): Position {
  let y: number | null = null;
  for (const n of nodes) y = Math.max(y ?? -Infinity, n.position.y + rowStep(n));
  return round({ x, y: y ?? 0 });
}
