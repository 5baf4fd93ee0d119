import { buildTree, bucketZoom, semanticView, type SemanticView, type Shown } from "./semantic-zoom";

/**
 * The overview's levels computed away from the page (a Web Worker): what it is sent is all a level
 * reads of the map (lib/domain/semantic-zoom reads ids, positions and who answers whom, nothing
 * else), in the order the page holds the arguments and relations, so the worker's tree and views
 * are the page's own, entry for entry.
 */
export type LevelsRequest = {
  ids: string[];
  x: Float64Array;
  y: Float64Array;
  /** Each relation (in the page's order) as the indexes of its answer and of what it answers. */
  from: Int32Array;
  to: Int32Array;
  collapsed: string[];
  opened: string[];
  /** The buckets to compute, in this order (the nearest to the view first). */
  buckets: number[];
};

/** One level as typed arrays (moved to the page, not copied): its entries by argument index, in the view's order. */
export type EncodedLevel = {
  bucket: number;
  zoom: number;
  index: Int32Array;
  width: Float64Array;
  dx: Float64Array;
  dy: Float64Array;
  hidden: Int32Array;
  answers: Int32Array;
  cluster: Uint8Array;
};

type Positioned = { position: { x: number; y: number } };
type Relation = { source: string; target: string };

/**
 * The request for a map as the page holds it: `nodes` and `edges` in their records' order (the
 * order the page's own tree is built in). A relation with an end that is not an argument is left
 * out, as the tree leaves it out.
 */
export function levelsRequest(
  nodes: Readonly<Record<string, Positioned>>,
  edges: Readonly<Record<string, Relation>>,
  collapsed: Iterable<string>,
  opened: Iterable<string>,
  buckets: number[],
): LevelsRequest {
  const ids = Object.keys(nodes);
  const at = new Map<string, number>();
  const x = new Float64Array(ids.length),
    y = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const p = nodes[ids[i]!]!.position;
    at.set(ids[i]!, i);
    x[i] = p.x;
    y[i] = p.y;
  }
  const rels = Object.values(edges);
  const from = new Int32Array(rels.length),
    to = new Int32Array(rels.length);
  let m = 0;
  for (const e of rels) {
    const s = at.get(e.source),
      t = at.get(e.target);
    if (s === undefined || t === undefined) continue;
    from[m] = s;
    to[m++] = t;
  }
  return {
    ids,
    x,
    y,
    from: from.slice(0, m),
    to: to.slice(0, m),
    collapsed: [...collapsed],
    opened: [...opened],
    buckets,
  };
}

/** The buffers a request or a level can move to the other side instead of copying. */
export function transferOf(v: LevelsRequest | EncodedLevel): ArrayBuffer[] {
  const arrays = "ids" in v ? [v.x, v.y, v.from, v.to] : [v.index, v.width, v.dx, v.dy, v.hidden, v.answers, v.cluster];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** The worker's side: each asked level of the request's map, one after another. */
export function* levelsOf(req: LevelsRequest): Generator<EncodedLevel> {
  const nodes = new Map<string, { id: string; position: { x: number; y: number } }>();
  const at = new Map<string, number>();
  for (let i = 0; i < req.ids.length; i++) {
    const id = req.ids[i]!;
    nodes.set(id, { id, position: { x: req.x[i]!, y: req.y[i]! } });
    at.set(id, i);
  }
  const edges: Relation[] = [];
  for (let k = 0; k < req.from.length; k++)
    edges.push({ source: req.ids[req.from[k]!]!, target: req.ids[req.to[k]!]! });
  const tree = buildTree([...nodes.values()], edges);
  const collapsed = new Set(req.collapsed),
    opened = new Set(req.opened);
  for (const bucket of req.buckets)
    yield encodeLevel(semanticView({ nodes, tree, zoom: bucketZoom(bucket), collapsed, opened }), at);
}

export function encodeLevel(view: SemanticView, at: ReadonlyMap<string, number>): EncodedLevel {
  const n = view.shown.size;
  const out: EncodedLevel = {
    bucket: view.bucket,
    zoom: view.zoom,
    index: new Int32Array(n),
    width: new Float64Array(n),
    dx: new Float64Array(n),
    dy: new Float64Array(n),
    hidden: new Int32Array(n),
    answers: new Int32Array(n),
    cluster: new Uint8Array(n),
  };
  let i = 0;
  for (const [id, s] of view.shown) {
    out.index[i] = at.get(id)!;
    out.width[i] = s.width;
    out.dx[i] = s.dx;
    out.dy[i] = s.dy;
    out.hidden[i] = s.hidden;
    out.answers[i] = s.answers;
    out.cluster[i++] = s.cluster ? 1 : 0;
  }
  return out;
}

/**
 * The page's side: the level as the view the page would have computed. Entries alike (a card of
 * one width and count, not moved, standing for nothing hidden) share one frozen object.
 */
export function decodeLevel(level: EncodedLevel, ids: readonly string[]): SemanticView {
  const shown = new Map<string, Shown>();
  const plain = new Map<number, Map<number, Shown>>();
  for (let i = 0; i < level.index.length; i++) {
    const width = level.width[i]!,
      dx = level.dx[i]!,
      dy = level.dy[i]!,
      hidden = level.hidden[i]!,
      answers = level.answers[i]!,
      cluster = level.cluster[i] === 1;
    let entry: Shown;
    if (dx || dy || hidden || cluster) entry = { width, dx, dy, hidden, cluster, answers };
    else {
      let byCount = plain.get(width);
      if (!byCount) plain.set(width, (byCount = new Map<number, Shown>()));
      entry = byCount.get(answers) ?? Object.freeze({ width, dx: 0, dy: 0, hidden: 0, cluster: false, answers });
      byCount.set(answers, entry);
    }
    shown.set(ids[level.index[i]!]!, entry);
  }
  return { bucket: level.bucket, zoom: level.zoom, shown };
}
