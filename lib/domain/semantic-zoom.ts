// Semantic zoom and collapsed subtrees: which arguments the map shows at a zoom, at what size, and
// which ones stand for a hidden group (a cluster or a collapsed subtree) with a count. Pure, so the
// rules are tested without a browser and computed once per zoom bucket, never per frame.
import { GAP_X, NODE_WIDTH } from "./layout";
import { cellKey } from "./spatial-grid";

/**
 * The zoom buckets, by their least zoom. Bucket 0 is the detail view (full cards); from bucket 1
 * down every shown argument is a short card drawn at a fixed size on screen, so its title stays
 * readable however far the map is zoomed out. A bucket's cards are sized for its least zoom, so
 * within the bucket they grow (at most by the ratio to the next bound) and never shrink below it.
 */
export const ZOOM_BUCKETS = [
  0.8, 0.55, 0.38, 0.26, 0.18, 0.12, 0.08, 0.05, 0.034, 0.023, 0.016, 0.011, 0.0075, 0.005,
] as const;
const DETAIL_ZOOM_BOUND = ZOOM_BUCKETS[0];
/**
 * How far a map can zoom out: 0.05 unless the whole map needs less to fit, never below the last
 * bucket (a very tall map's frame then keeps its resolution in view: see fitViewport).
 */
export const MIN_ZOOM = 0.05;
export const LEAST_ZOOM = ZOOM_BUCKETS.at(-1)!;

/** On-screen sizes of a short card at its bucket's least zoom, in CSS pixels. */
export const CARD = {
  /** Width of a card with room to its right: two lines of about 24 characters. */
  width: 176,
  /** A card narrower than this is not readable (about 20 characters a line at the title size, so
   * titles break between words, never inside one): its answers stay grouped. */
  minWidth: 150,
  /** Two lines of title and a line of side, status and count. */
  height: 58,
  /** Free space kept between a card and the next one. */
  gap: 8,
  /** Between spread columns: room for the connections to show between a card and its answers. */
  columnGap: 20,
  /** The title's font size: readable (issue 12 asks for 12 px or more). */
  titlePx: 12.5,
} as const;

/**
 * Whether a card `width` px wide (its CSS width at the bucket's zoom) has room for its status as a
 * word beside its side and its count; else it shows the status's mark only, so nothing on the
 * card is ever cut. Widths are generous per character (bold 11 px), so a "fits" is sure to fit.
 */
export function statusWordFits(width: number, side: string, status: string, count: string): boolean {
  const inner = width - 22; // stripe, border and padding
  const sideW = side.length * 8.2;
  const statusW = (status.length + 2) * 7 + 10;
  const countW = count ? count.length * 7.6 + 12 : 0;
  const gaps = count ? 8 : 4;
  return sideW + statusW + countW + gaps <= inner;
}

/**
 * Zoomed out, the map's columns (NODE_WIDTH + GAP_X apart) are narrower on screen than a card, so
 * an argument's answers could only show by covering it. The short cards therefore spread the first
 * SPREAD_COLUMNS columns from the map's left edge (the resolution and its first rings of answers)
 * apart until a card and its gap fit in one; deeper columns keep their spacing, so far out they
 * group into the cards of the last spread ring and the overview stays one screen wide. A card may
 * also slide up or down within the band of its parent's subtree to find room: a tall map's overview
 * shows its top levels, not the few cards that happen to land clear of each other.
 */
export const SPREAD_COLUMNS = 3;
/** How many places up and down a card tries within its subtree's band (bounds a 20,000-argument pass). */
const SLIDE_TRIES = 24;

/** How far the spread columns move apart at a bucket's zoom: 1 in the detail view. */
export function columnSpread(zoom: number): number {
  if (zoom >= DETAIL_ZOOM_BOUND) return 1;
  return Math.max(1, (CARD.width + CARD.columnGap) / zoom / (NODE_WIDTH + GAP_X));
}

/** The map x whose card lands at `x` at `zoom` (the inverse of spreadX). */
export function unspreadX(x: number, left: number, zoom: number): number {
  const reach = SPREAD_COLUMNS * (NODE_WIDTH + GAP_X);
  const k = columnSpread(zoom);
  const d = x - left;
  return left + (d <= reach * k ? d / k : reach + (d - reach * k));
}

/** Where a card's x lands at `zoom` for an argument at `x`, in a map whose left edge is `left`. */
export function spreadX(x: number, left: number, zoom: number): number {
  const reach = SPREAD_COLUMNS * (NODE_WIDTH + GAP_X);
  const d = x - left;
  return left + Math.min(d, reach) * columnSpread(zoom) + Math.max(0, d - reach);
}

export function zoomBucket(zoom: number): number {
  const i = ZOOM_BUCKETS.findIndex((z) => zoom >= z);
  return i < 0 ? ZOOM_BUCKETS.length - 1 : i;
}

/** The zoom a bucket's cards are sized for (its least zoom). */
export function bucketZoom(bucket: number): number {
  return ZOOM_BUCKETS[Math.max(0, Math.min(ZOOM_BUCKETS.length - 1, bucket))]!;
}

/** The least zoom of the detail view: below it the map shows short cards. */
export const DETAIL_ZOOM = ZOOM_BUCKETS[0];

/** The overview's levels nearest `bucket` first (the next one out before the next one in), down to `deepest`. */
export function warmOrder(bucket: number, deepest: number): number[] {
  const out: number[] = [];
  for (let d = 1; d < ZOOM_BUCKETS.length; d++)
    for (const b of [bucket + d, bucket - d]) if (b >= 1 && b <= deepest) out.push(b);
  return out;
}

type TreeNode = { id: string; position: { x: number; y: number } };
type TreeEdge = { source: string; target: string };

/** What a reader of the tree asks of it by id: a lookup, not a map to walk. */
export type ById<V> = { get(id: string): V | undefined; has(id: string): boolean };

/**
 * The map as a tree: an answer (an edge's source) is a child of what it answers (its target). An
 * argument that answers several is placed under the first one reached from the roots, so every
 * argument belongs to exactly one subtree and counts add up. Arguments only reachable through a
 * cycle become roots. Children are ordered top to bottom, then left to right, as on screen.
 */
export type Tree = {
  roots: string[];
  parent: ById<string>;
  /** An argument's answers in the tree; none for an argument without. */
  children: ById<readonly string[]>;
  /** How many answers an argument has in the tree (0 for none): its card's count, without the list. */
  answers: (id: string) => number;
  /** How many arguments each subtree holds below its root. */
  descendants: ById<number>;
  /** The least and greatest y of the arguments in each subtree (its root included). */
  span: ById<readonly [number, number]>;
};

export function buildTree(nodes: readonly TreeNode[], edges: readonly TreeEdge[]): Tree {
  // Arguments by index, answers and sums in typed arrays, read by id through the index: the maps
  // by id this used to return (parent, children, counts, bands) were most of its cost on a big
  // map's first render, over strings the parse had just made. An id given twice keeps its last row.
  const at = new Map<string, number>();
  const ids: string[] = [];
  const rows: TreeNode[] = [];
  for (const n of nodes) {
    const i = at.get(n.id);
    if (i === undefined) {
      at.set(n.id, ids.length);
      ids.push(n.id);
      rows.push(n);
    } else rows[i] = n;
  }
  const count = ids.length;
  const xs = new Float64Array(count),
    ys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    xs[i] = rows[i]!.position.x;
    ys[i] = rows[i]!.position.y;
  }
  // The answers to each argument, in the edges' order, as one list per target in one array.
  const from = new Int32Array(edges.length),
    to = new Int32Array(edges.length);
  const first = new Int32Array(count + 1);
  const answering = new Uint8Array(count);
  let m = 0;
  for (const e of edges) {
    const s = at.get(e.source),
      t = at.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    from[m] = s;
    to[m++] = t;
    first[t + 1]!++;
    answering[s] = 1;
  }
  for (let i = 0; i < count; i++) first[i + 1]! += first[i]!;
  const answers = new Int32Array(m);
  const fill = first.slice(0, count);
  for (let k = 0; k < m; k++) answers[fill[to[k]!]!++] = from[k]!;

  const order = (a: number, b: number) =>
    ys[a]! - ys[b]! || xs[a]! - xs[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
  const parentOf = new Int32Array(count).fill(-1);
  const kidsOf: (number[] | undefined)[] = new Array<number[] | undefined>(count);
  const seen = new Uint8Array(count);
  // Every argument in the order the walks reach it: a child always after its parent.
  const reached = new Int32Array(count);
  let end = 0;
  const roots: number[] = [];
  const visit = (root: number) => {
    seen[root] = 1;
    roots.push(root);
    const start = end;
    reached[end++] = root;
    for (let q = start; q < end; q++) {
      const p = reached[q]!;
      let kids: number[] | undefined;
      for (let k = first[p]!; k < first[p + 1]!; k++) {
        const c = answers[k]!;
        if (seen[c]) continue;
        seen[c] = 1;
        parentOf[c] = p;
        (kids ??= []).push(c);
        reached[end++] = c;
      }
      if (kids) kidsOf[p] = kids.sort(order);
    }
  };
  const tops: number[] = [];
  for (let i = 0; i < count; i++) if (!answering[i]) tops.push(i);
  tops.sort(order);
  for (const r of tops) visit(r);
  // What is left hangs off a cycle: its first argument (on screen) becomes a root.
  const rest: number[] = [];
  for (let i = 0; i < count; i++) if (!seen[i]) rest.push(i);
  rest.sort(order);
  for (const r of rest) if (!seen[r]) visit(r);

  // Children are reached after their parent, so a reverse pass sums subtrees bottom up.
  const below = new Float64Array(count),
    lo = new Float64Array(count),
    hi = new Float64Array(count);
  for (let i = end - 1; i >= 0; i--) {
    const id = reached[i]!;
    let sum = 0,
      a = ys[id]!,
      b = ys[id]!;
    for (const k of kidsOf[id] ?? []) {
      sum += 1 + below[k]!;
      if (lo[k]! < a) a = lo[k]!;
      if (hi[k]! > b) b = hi[k]!;
    }
    below[id] = sum;
    lo[id] = a;
    hi[id] = b;
  }
  // The lists and bands are made when first asked for: a view reads those of the cards it places.
  // One plain function per lookup (not one generic reader): the views call them in their loops.
  const kidIds: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(count);
  const bands: (readonly [number, number] | undefined)[] = new Array<readonly [number, number] | undefined>(count);
  const parentAt = (i: number | undefined) => (i === undefined || parentOf[i]! < 0 ? undefined : ids[parentOf[i]!]);
  const kidsAt = (i: number | undefined) => {
    if (i === undefined) return undefined;
    const kids = kidsOf[i];
    return kids && (kidIds[i] ??= kids.map((c) => ids[c]!));
  };
  return {
    roots: roots.map((r) => ids[r]!),
    parent: { get: (id) => parentAt(at.get(id)), has: (id) => parentAt(at.get(id)) !== undefined },
    children: {
      get: (id) => kidsAt(at.get(id)),
      has: (id) => {
        const i = at.get(id);
        return i !== undefined && kidsOf[i] !== undefined;
      },
    },
    answers: (id) => {
      const i = at.get(id);
      return i === undefined ? 0 : (kidsOf[i]?.length ?? 0);
    },
    descendants: {
      get: (id) => {
        const i = at.get(id);
        return i === undefined ? undefined : below[i];
      },
      has: (id) => at.has(id),
    },
    span: {
      get: (id) => {
        const i = at.get(id);
        return i === undefined ? undefined : (bands[i] ??= [lo[i]!, hi[i]!]);
      },
      has: (id) => at.has(id),
    },
  };
}

/** The arguments a collapsed argument hides: its whole subtree, except the collapsed ones themselves when visible. */
export function hiddenByCollapse(tree: Tree, collapsed: ReadonlySet<string>): Set<string> {
  const hidden = new Set<string>();
  const hide = (id: string) => {
    const stack = [...(tree.children.get(id) ?? [])];
    while (stack.length) {
      const k = stack.pop()!;
      if (hidden.has(k)) continue;
      hidden.add(k);
      stack.push(...(tree.children.get(k) ?? []));
    }
  };
  for (const id of collapsed) if (tree.descendants.has(id)) hide(id);
  return hidden;
}

/**
 * How one argument shows. `width` is its card's width in flow units (semantic buckets only), and
 * `dx`, `dy` where the card stands relative to its argument's position (the columns spread apart
 * and a card slides within its subtree's band to find room: see columnSpread);
 * `hidden` counts the arguments it stands for (a collapsed subtree or a cluster); `cluster` is
 * true when the map grouped its answers because they do not fit at this zoom (the user did not
 * collapse it); `answers` is how many answers it has in the tree (a collapse button needs one).
 */
export type Shown = { width: number; dx: number; dy: number; hidden: number; cluster: boolean; answers: number };

export type SemanticView = {
  /** The bucket this view is for (0: detail). */
  bucket: number;
  /** The zoom its cards are sized for. */
  zoom: number;
  /** Every argument on the canvas; an argument not in it is hidden. */
  shown: Map<string, Shown>;
};

type Rect = { x: number; y: number; w: number; h: number };

const FULL: Shown = Object.freeze({ width: 0, dx: 0, dy: 0, hidden: 0, cluster: false, answers: 0 });
const fullCards: Shown[] = [FULL];
/**
 * A full card standing for nothing but itself, by its answer count: one shared, frozen entry per
 * count, not one per argument (20,000 of them on a big map's first render, all alike).
 */
function fullCard(answers: number): Shown {
  return (fullCards[answers] ??= Object.freeze({ ...FULL, answers }));
}

/** A uniform grid of placed cards that can take one out again (a parent narrows when it opens). */
class Placed {
  // A list per cell, not a set: most cells hold a card or two, and a level fills thousands of them.
  private cells = new Map<number, string[]>();
  readonly rects = new Map<string, Rect>();
  constructor(private readonly cell: number) {}
  // Numeric cell keys (see cellKey). The cells of a rectangle are walked in place (no list of keys
  // per call: most of a level's garbage).
  /** The cells a rectangle covers: first and last column, first and last row (one buffer, reused). */
  private readonly bounds: [number, number, number, number] = [0, 0, 0, 0];
  private span(r: Rect): readonly [number, number, number, number] {
    const c = this.cell,
      b = this.bounds;
    b[0] = Math.floor(r.x / c);
    b[1] = Math.floor((r.x + r.w) / c);
    b[2] = Math.floor(r.y / c);
    b[3] = Math.floor((r.y + r.h) / c);
    return b;
  }
  add(id: string, r: Rect) {
    this.rects.set(id, r);
    const [x0, x1, y0, y1] = this.span(r);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const k = cellKey(cx, cy);
        const s = this.cells.get(k);
        if (s) s.push(id);
        else this.cells.set(k, [id]);
      }
  }
  remove(id: string) {
    const r = this.rects.get(id);
    if (!r) return;
    const [x0, x1, y0, y1] = this.span(r);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        // In place, keeping the others' order: the first card hit is the first one placed there.
        const s = this.cells.get(cellKey(cx, cy));
        const i = s ? s.indexOf(id) : -1;
        if (i >= 0) s!.splice(i, 1);
      }
    this.rects.delete(id);
  }
  /** The first placed card `r` overlaps, if any. */
  hit(r: Rect): string | null {
    const [x0, x1, y0, y1] = this.span(r);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const s = this.cells.get(cellKey(cx, cy));
        if (!s) continue;
        for (let i = 0; i < s.length; i++) {
          const id = s[i]!;
          const o = this.rects.get(id)!;
          if (r.x < o.x + o.w && o.x < r.x + r.w && r.y < o.y + o.h && o.y < r.y + r.h) return id;
        }
      }
    return null;
  }
}

/** The map's left edge (the first column), kept per map of nodes: every level of a view asks for it. */
const lefts = new WeakMap<ReadonlyMap<string, TreeNode>, number>();
function leftOf(nodes: ReadonlyMap<string, TreeNode>): number {
  let left = lefts.get(nodes);
  if (left === undefined) {
    left = Infinity;
    for (const n of nodes.values()) left = Math.min(left, n.position.x);
    lefts.set(nodes, left);
  }
  return left;
}

export type SemanticInput = {
  nodes: ReadonlyMap<string, TreeNode>;
  tree: Tree;
  zoom: number;
  /** Arguments the user collapsed: their subtrees are hidden at every zoom. */
  collapsed?: ReadonlySet<string>;
  /** Clusters the user opened: their answers show even where they crowd. */
  opened?: ReadonlySet<string>;
};

/**
 * What the map shows at a zoom. In the detail bucket: every argument not inside a collapsed
 * subtree. Below it: a top-down pass from the roots opens an argument (shows its answers) only
 * the answers whose cards, at their fixed on-screen size, overlap no card already shown (bigger
 * branches first), when the opened argument keeps a readable width beside them; the answers that
 * do not fit group into a cluster on their parent's card, which counts all they stand for. Cards therefore never overlap (the user's opened clusters aside), and how much
 * shows adapts to the local density: sparse branches open deeper than crowded ones.
 */
export function semanticView({
  nodes,
  tree,
  zoom,
  collapsed = new Set(),
  opened = new Set(),
}: SemanticInput): SemanticView {
  const bucket = zoomBucket(zoom);
  const z = bucketZoom(bucket);
  const shown = new Map<string, Shown>();
  const answersOf = tree.answers;
  const isCollapsed = (id: string) => collapsed.has(id) && answersOf(id) > 0;

  if (bucket === 0) {
    const hidden = hiddenByCollapse(tree, collapsed);
    for (const id of nodes.keys()) {
      if (hidden.has(id)) continue;
      const count = isCollapsed(id) ? (tree.descendants.get(id) ?? 0) : 0;
      const answers = answersOf(id);
      shown.set(id, count ? { ...FULL, hidden: count, answers } : fullCard(answers));
    }
    return { bucket, zoom: z, shown };
  }

  const cw = CARD.width / z,
    ch = CARD.height / z,
    gap = CARD.gap / z,
    minW = CARD.minWidth / z;
  const placed = new Placed(Math.max(cw, ch) * 2);
  const left = leftOf(nodes);
  const xOf = (id: string) => spreadX(nodes.get(id)!.position.x, left, z);
  const rectOf = (id: string, w = cw): Rect => ({ x: xOf(id), y: nodes.get(id)!.position.y, w, h: ch });
  const step = (ch + gap) / 2;
  /**
   * A free place for the card of `id`: at its argument's height, or the nearest free one within
   * the band its parent's subtree covers (so the card stays among its siblings). Null when none.
   */
  const roomFor = (id: string): Rect | null => {
    const at = rectOf(id);
    if (!placed.hit(at)) return at;
    // The band of what it answers: it stays among its siblings, beside what it stands for.
    const [lo, hi] = tree.span.get(tree.parent.get(id) ?? id) ?? [at.y, at.y];
    // One rectangle moved up and down the band (a new one for each try was most of a level's garbage).
    const tryAt = { ...at };
    for (let i = 1; i <= SLIDE_TRIES; i++) {
      const down = at.y + i * step,
        up = at.y - i * step;
      if (down > hi && up < lo) break;
      tryAt.y = down;
      if (down <= hi && !placed.hit(tryAt)) return tryAt;
      tryAt.y = up;
      if (up >= lo && !placed.hit(tryAt)) return tryAt;
    }
    return null;
  };
  /**
   * Where a parent's answers stand when they stack as a column of cards (in their order, centred
   * on where they are, kept inside the band of the parent's subtree): the overview reads like a
   * tidy tree. Only where they are closer than a card's height; else each stays at its height.
   */
  const stack = (p: string, kids: readonly string[]): number[] | null => {
    const ys = kids.map((k) => nodes.get(k)!.position.y);
    const pitch = ch + gap;
    if (ys.every((y, i) => i === 0 || y - ys[i - 1]! >= pitch)) return null;
    const [lo, hi] = tree.span.get(p) ?? [ys[0]!, ys.at(-1)!];
    const total = kids.length * pitch - gap;
    const mid = (ys[0]! + ys.at(-1)! + ch) / 2;
    const top = Math.max(lo, Math.min(mid - total / 2, hi + ch - total));
    return ys.map((_, i) => top + i * pitch);
  };
  /**
   * The card of `p` once its answers show: clear of them. Answers laid out to its right leave it
   * the room up to them, or it extends to the left of its argument's right edge when that is free
   * (a resolution has all the room it wants there). Null when no readable width is left.
   */
  const openRect = (own: Rect, kids: readonly string[], forced: boolean): Rect | null => {
    let firstX = Infinity;
    for (const k of kids) firstX = Math.min(firstX, xOf(k));
    if (firstX <= own.x) return own;
    const right = firstX - own.x - gap;
    if (right >= minW) return { ...own, w: Math.min(own.w, right) };
    const end = Math.min(firstX - gap, own.x + NODE_WIDTH);
    for (const w of [cw, minW]) {
      const r = { ...own, x: end - w, w };
      if (!placed.hit(r)) return r;
    }
    return forced ? { ...own, w: Math.max(right, minW) } : null;
  };
  const absorbed = new Map<string, number>();
  const queue: string[] = [];
  for (const r of tree.roots) {
    if (!nodes.has(r)) continue;
    const rect = roomFor(r) ?? rectOf(r);
    const hit = placed.hit(rect);
    // An opened card shows the roots it had gathered, wherever they land.
    if (hit && !opened.has(hit)) {
      // A root that lands on another root's card joins it: that card counts it.
      absorbed.set(hit, (absorbed.get(hit) ?? 0) + 1 + (tree.descendants.get(r) ?? 0));
      continue;
    }
    placed.add(r, rect);
    queue.push(r);
  }
  const groups = new Map<string, { hidden: number; cluster: boolean }>();
  // Answers in their order on the map (top to bottom): a card that slides for room keeps its place
  // among its siblings, so the overview reads in the debate's order.
  for (let i = 0; i < queue.length; i++) {
    const p = queue[i]!;
    const kids = (tree.children.get(p) ?? []).filter((k) => nodes.has(k));
    if (!kids.length) continue;
    const subtree = tree.descendants.get(p) ?? 0;
    if (isCollapsed(p)) {
      groups.set(p, { hidden: subtree, cluster: false });
      continue;
    }
    const own = placed.rects.get(p)!;
    const forced = opened.has(p);
    placed.remove(p);
    const open = openRect(own, kids, forced);
    if (!open) {
      placed.add(p, own);
      groups.set(p, { hidden: subtree, cluster: true });
      continue;
    }
    placed.add(p, open);
    let hidden = 0;
    const showing: string[] = [];
    // A column of answers stays within the height of its parent's subtree (a map's overview is no
    // taller than the map): when it would run past its foot, the biggest branches keep the room (in
    // their order) and the rest group on the parent's card.
    const foot = tree.span.get(p)?.[1] ?? Infinity;
    let list = kids;
    let slots = forced ? null : stack(p, kids);
    const room = slots ? slots.filter((y) => y <= foot).length : kids.length;
    if (slots && room < kids.length) {
      const size = (k: string) => tree.descendants.get(k) ?? 0;
      const keep = new Set([...kids].sort((a, b) => size(b) - size(a)).slice(0, room));
      list = kids.filter((k) => keep.has(k));
      for (const k of kids) if (!keep.has(k)) hidden += 1 + size(k);
      slots = list.length ? stack(p, list) : null;
    }
    for (let i = 0; i < list.length; i++) {
      const k = list[i]!;
      const slot = slots ? rectOf(k) : null;
      if (slot) slot.y = slots![i]!;
      const rect = forced ? rectOf(k) : slot && !placed.hit(slot) ? slot : roomFor(k);
      if (!rect) {
        hidden += 1 + (tree.descendants.get(k) ?? 0);
        continue;
      }
      placed.add(k, rect);
      showing.push(k);
    }
    if (!showing.length) {
      placed.remove(p);
      placed.add(p, own);
      groups.set(p, { hidden: subtree, cluster: true });
      continue;
    }
    if (hidden) groups.set(p, { hidden, cluster: true });
    queue.push(...showing);
  }
  for (const [id, rect] of placed.rects) {
    const g = groups.get(id);
    const extra = absorbed.get(id) ?? 0;
    const p = nodes.get(id)!.position;
    shown.set(id, {
      width: rect.w,
      dx: rect.x - p.x,
      dy: rect.y - p.y,
      hidden: (g?.hidden ?? 0) + extra,
      cluster: !!g?.cluster || extra > 0,
      answers: answersOf(id),
    });
  }
  return { bucket, zoom: z, shown };
}

/** A title cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shortTitle(title: string, max = 48): string {
  const t = title.trim().replace(/\s+/g, " ");
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}

/** The count on a card that stands for hidden arguments: "+12". */
export function countBadge(hidden: number): string {
  return `+${hidden}`;
}

/** What a screen reader hears for such a card: "Tax cuts pay for themselves, 12 more arguments hidden". */
export function groupLabel(title: string, hidden: number, cluster: boolean): string {
  const what = hidden === 1 ? "1 more argument" : `${hidden} more arguments`;
  return `${title || "Untitled"}: ${what} ${cluster ? "grouped here, zoom in or open to see them" : "collapsed"}`;
}

/** The arguments a group stands for, to frame them when it opens: the subtree below `id`. */
export function subtreeOf(tree: Tree, id: string): string[] {
  const out: string[] = [];
  const stack = [...(tree.children.get(id) ?? [])];
  while (stack.length) {
    const k = stack.pop()!;
    out.push(k);
    stack.push(...(tree.children.get(k) ?? []));
  }
  return out;
}

export type Bounds = { x0: number; y0: number; x1: number; y1: number };

/** The box around the cards a semantic view shows (flow units), null in the detail view. */
export function shownBounds(view: SemanticView, nodes: ReadonlyMap<string, TreeNode>): Bounds | null {
  if (view.bucket === 0) return null;
  const h = CARD.height / view.zoom;
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const [id, s] of view.shown) {
    const p = nodes.get(id)?.position;
    if (!p) continue;
    x0 = Math.min(x0, p.x + s.dx);
    y0 = Math.min(y0, p.y + s.dy);
    x1 = Math.max(x1, p.x + s.dx + s.width);
    y1 = Math.max(y1, p.y + s.dy + h);
  }
  return x0 === Infinity ? null : { x0, y0, x1, y1 };
}

/**
 * The viewport that frames `b` (arguments' boxes, flow units) in a `view` of screen pixels, no
 * closer than `maxZoom`. Zoomed out, the short cards spread the columns apart and a root's card
 * reaches left of it, so the frame is what the cards cover at the zoom it lands on: `shownAt(bucket)`
 * when the caller knows it (the whole map), else the arguments' box spread as the cards spread it.
 * From the zoom that fits the arguments, each further bucket is tried until its frame fits.
 */
export function fitViewport(
  b: Bounds,
  view: { width: number; height: number },
  padding = 0.08,
  maxZoom = 1,
  shownAt?: (bucket: number) => Bounds | null,
): { x: number; y: number; zoom: number } {
  const fit = (x: Bounds) =>
    Math.max(
      ZOOM_BUCKETS.at(-1)!,
      Math.min(
        maxZoom,
        view.width / ((x.x1 - x.x0) * (1 + 2 * padding) || 1),
        view.height / ((x.y1 - x.y0) * (1 + 2 * padding) || 1),
      ),
    );
  let zoom = fit(b);
  let frame = b;
  for (let bucket = zoomBucket(zoom); bucket > 0 && bucket < ZOOM_BUCKETS.length; bucket++) {
    const z = bucketZoom(bucket);
    const over = Math.max(0, CARD.width / z - NODE_WIDTH);
    frame = shownAt?.(bucket) ?? {
      x0: b.x0 - over,
      y0: b.y0,
      x1: spreadX(b.x1 - NODE_WIDTH, b.x0, z) + CARD.width / z,
      y1: b.y1 + CARD.height / z,
    };
    // Within this bucket (at or above its least zoom, below the next bucket's).
    const upper = bucket > 1 ? ZOOM_BUCKETS[bucket - 1]! : maxZoom;
    const inBucket = Math.min(fit(frame), zoom, upper);
    zoom = inBucket;
    if (inBucket >= z || bucket === ZOOM_BUCKETS.length - 1) break;
  }
  // Centred; a frame still too big at the least zoom keeps its top-left (the resolution) in view.
  const at = (lo: number, hi: number, size: number) =>
    (hi - lo) * zoom > size ? size * padding - lo * zoom : size / 2 - ((lo + hi) / 2) * zoom;
  return { x: at(frame.x0, frame.x1, view.width), y: at(frame.y0, frame.y1, view.height), zoom };
}

export type Viewport = { x: number; y: number; zoom: number };
export type Point = { x: number; y: number };
type Size = { width: number; height: number };

/**
 * The screen point a move from `a` to `b` keeps still (a wheel's pointer, a button's centre, a
 * pinch's midpoint), inside a `view` of that size; the view's centre when the zoom did not change.
 */
export function zoomAnchor(a: Viewport, b: Viewport, view: Size): Point {
  const dz = b.zoom - a.zoom;
  if (Math.abs(dz) < 1e-9) return { x: view.width / 2, y: view.height / 2 };
  const clamp = (v: number, hi: number) => (Number.isFinite(v) ? Math.max(0, Math.min(hi, v)) : hi / 2);
  return {
    x: clamp((a.x * b.zoom - b.x * a.zoom) / dz, view.width),
    y: clamp((a.y * b.zoom - b.y * a.zoom) / dz, view.height),
  };
}

/** An argument's box as a view draws it (flow units): its short card, or in the detail view its card. */
function drawnBox(id: string, view: SemanticView, nodes: ReadonlyMap<string, TreeNode>, sizeOf: (id: string) => Size) {
  const s = view.shown.get(id);
  const p = nodes.get(id)?.position;
  if (!s || !p) return null;
  if (view.bucket === 0) {
    const size = sizeOf(id);
    return { x: p.x, y: p.y, w: size.width, h: size.height };
  }
  return { x: p.x + s.dx, y: p.y + s.dy, w: s.width, h: CARD.height / view.zoom };
}

/**
 * The flow point that shows in `after` what `point` showed in `before`. A zoom that crosses into
 * another bucket changes how far the columns spread and where cards slide, so the same flow point
 * would show something else, often empty canvas. On a card: the same place on that argument's card
 * (or, when it groups into a cluster, on the card that counts it). Between cards: the map point the
 * spread put there.
 */
export function steadyPoint(
  point: Point,
  before: SemanticView,
  after: SemanticView,
  nodes: ReadonlyMap<string, TreeNode>,
  tree: Tree,
  sizeOf: (id: string) => Size,
): Point {
  if (before.bucket === after.bucket) return point;
  let under: string | null = null;
  let box: Rect | null = null;
  for (const id of before.shown.keys()) {
    const b = drawnBox(id, before, nodes, sizeOf);
    if (b && point.x >= b.x && point.x <= b.x + b.w && point.y >= b.y && point.y <= b.y + b.h) {
      under = id;
      box = b;
      break;
    }
  }
  if (under && box) {
    let id: string | undefined = under;
    while (id && !after.shown.has(id)) id = tree.parent.get(id);
    const to = id && drawnBox(id, after, nodes, sizeOf);
    if (to) {
      const u = Math.min(1, Math.max(0, (point.x - box.x) / (box.w || 1)));
      const v = Math.min(1, Math.max(0, (point.y - box.y) / (box.h || 1)));
      return { x: to.x + u * to.w, y: to.y + v * to.h };
    }
  }
  const left = leftOf(nodes);
  if (left === Infinity) return point;
  const spreadAt = (v: SemanticView) => (v.bucket === 0 ? 1 : v.zoom);
  return { x: spreadX(unspreadX(point.x, left, spreadAt(before)), left, spreadAt(after)), y: point.y };
}

/**
 * The viewport after a zoom to `next` around the screen point `anchor`, moved so what was under the
 * anchor in `before` (the view of the bucket the zoom left) is under it in `after`.
 */
export function steadyViewport(
  next: Viewport,
  anchor: Point,
  before: SemanticView,
  after: SemanticView,
  nodes: ReadonlyMap<string, TreeNode>,
  tree: Tree,
  sizeOf: (id: string) => Size,
): Viewport {
  if (before.bucket === after.bucket) return next;
  const point = { x: (anchor.x - next.x) / next.zoom, y: (anchor.y - next.y) / next.zoom };
  const q = steadyPoint(point, before, after, nodes, tree, sizeOf);
  return { x: anchor.x - q.x * next.zoom, y: anchor.y - q.y * next.zoom, zoom: next.zoom };
}

/**
 * The least zoom the map needs for "See whole map" to frame all of it in a `view` of that size,
 * from the arguments' box `b`: MIN_ZOOM for a map that fits by then, lower for a tall or wide one,
 * never below LEAST_ZOOM. Zoomed out the cards sit at their arguments' heights and add about a
 * card's height on screen; the spread columns add width, so the rule leaves a fifth to spare.
 */
export function leastZoom(b: Bounds, view: { width: number; height: number }): number {
  const w = b.x1 - b.x0,
    h = b.y1 - b.y0;
  if (!(w > 0) || !(h > 0) || view.width <= 0 || view.height <= 0) return MIN_ZOOM;
  const needed = Math.min(view.width / w, Math.max(1, view.height - 2 * CARD.height) / h) * 0.8;
  return Math.max(LEAST_ZOOM, Math.min(MIN_ZOOM, needed));
}

/**
 * Where a semantic view draws its cards (flow units), for windowing a big map by what is on screen:
 * zoomed out, the overview moves cards sideways (spread columns) and up or down (slides), far from
 * their arguments' positions. Null in the detail view, where the cards are at their arguments.
 */
export function shownBoxes(
  view: SemanticView,
  nodes: ReadonlyMap<string, TreeNode>,
): { id: string; x: number; y: number; w: number; h: number }[] | null {
  if (view.bucket === 0) return null;
  const h = CARD.height / view.zoom;
  const out: { id: string; x: number; y: number; w: number; h: number }[] = [];
  for (const [id, s] of view.shown) {
    const p = nodes.get(id)?.position;
    if (p) out.push({ id, x: p.x + s.dx, y: p.y + s.dy, w: s.width, h });
  }
  return out;
}
