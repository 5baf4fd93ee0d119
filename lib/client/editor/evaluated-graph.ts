import { createStore, type StoreApi } from "zustand/vanilla";
import { evaluate, type NodeEvaluation } from "@/lib/domain/evaluation";
import type { EditorState, EditorStore } from "./editor-store";
import { sameArgument, sameEdge } from "./graph-change";
import { rowsInOrder } from "./rows-in-order";

type Cached = { edges: EditorState["edges"]; result: Map<string, NodeEvaluation> };

/**
 * One evaluation per graph, shared by every component that asks: keyed on the store's `nodes`
 * object and checked against its `edges` object. The store replaces both on every edit (and keeps
 * them otherwise), so this recomputes exactly when the graph changes, however many cells read it.
 */
const cache = new WeakMap<EditorState["nodes"], Cached>();

/** The evaluation of the editor's current graph (memoised on the graph's identity). */
export function evaluationOf(s: Pick<EditorState, "nodes" | "edges" | "order">): Map<string, NodeEvaluation> {
  const hit = cache.get(s.nodes);
  if (hit && hit.edges === s.edges) return hit.result;
  const nodes = rowsInOrder(s.nodes, s.order);
  const result = evaluate({ nodes, edges: Object.values(s.edges) });
  cache.set(s.nodes, { edges: s.edges, result });
  return result;
}

export type Graph = Pick<EditorState, "nodes" | "edges" | "order">;

/** Record an evaluation made elsewhere (the worker's) as this graph's, so it is not computed again here. */
export function rememberEvaluation(g: Graph, result: Map<string, NodeEvaluation>): void {
  cache.set(g.nodes, { edges: g.edges, result });
}

/**
 * Above this many arguments, evaluating takes tens of milliseconds (about 100 at 20,000): the
 * statuses then follow an edit just after it is painted instead of delaying its paint.
 */
export const DEFER_EVALUATION_ABOVE = 2_000;

/** Run `fn` once the next frame is painted (a timeout set inside an animation frame runs after it). */
function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame === "undefined") setTimeout(fn, 0);
  else requestAnimationFrame(() => setTimeout(fn, 0));
}

type Keep = (n: EditorState["nodes"][string]) => boolean;
/** Per store, the arguments its statuses are computed from (all when unset). */
const only = new WeakMap<EditorStore, Keep>();

function pick(s: Graph, keep?: Keep): Graph {
  if (!keep) return { nodes: s.nodes, edges: s.edges, order: s.order };
  const order = s.order.filter((id) => s.nodes[id] && keep(s.nodes[id]));
  const nodes = Object.fromEntries(order.map((id) => [id, s.nodes[id]!]));
  const edges = Object.fromEntries(Object.entries(s.edges).filter(([, e]) => nodes[e.source] && nodes[e.target]));
  return { nodes, edges, order };
}
/**
 * Whether two graphs are the same to the judge (JUDGED_NODE_FIELDS, JUDGED_EDGE_FIELDS): a saved
 * edit's new versions, a move, a body or evidence change then keep the statuses without a new
 * evaluation (at 20,000 arguments each is ~0.1–0.3 s of a busy thread).
 */
export function sameToTheJudge(a: Graph, b: Graph): boolean {
  if (a.order !== b.order) return false;
  if (a.nodes !== b.nodes && !b.order.every((id) => sameArgument(a.nodes[id], b.nodes[id]))) return false;
  if (a.edges === b.edges) return true;
  const ids = Object.keys(b.edges);
  return ids.length === Object.keys(a.edges).length && ids.every((id) => sameEdge(a.edges[id], b.edges[id]));
}

const evaluated = new WeakMap<EditorStore, StoreApi<{ graph: Graph }>>();
/** Stores whose statuses follow every change after its paint, whatever their size (see judgeAfterPaint). */
const later = new WeakSet<EditorStore>();

/**
 * From now on this store's statuses follow each change once it is painted, at any size: a store
 * whose statuses come from the worker (they arrived after the paint already) keeps its edits'
 * paint free of the judge.
 */
export function judgeAfterPaint(store: EditorStore): void {
  later.add(store);
}

/**
 * Compute this store's statuses and dropped marks from the arguments `keep` accepts only (a
 * seminar: the revealed speeches, so nothing is "dropped in the 2AC" before the 2AC is shown).
 * The others are shown without an evaluation.
 */
export function evaluateOnly(store: EditorStore, keep: Keep): void {
  only.set(store, keep);
  evaluatedGraph(store).setState({ graph: pick(store.getState(), keep) });
}

/** The graph the statuses on screen are computed from: the editor's, at once or a frame later. */
export function evaluatedGraph(store: EditorStore): StoreApi<{ graph: Graph }> {
  const known = evaluated.get(store);
  if (known) return known;
  const g = createStore<{ graph: Graph }>()(() => ({ graph: pick(store.getState(), only.get(store)) }));
  let pending = false;
  store.subscribe((s, prev) => {
    if (sameToTheJudge(prev, s)) return;
    if (s.order.length <= DEFER_EVALUATION_ABOVE && !later.has(store))
      return g.setState({ graph: pick(s, only.get(store)) });
    if (pending) return;
    pending = true;
    afterPaint(() => {
      pending = false;
      g.setState({ graph: pick(store.getState(), only.get(store)) });
    });
  });
  evaluated.set(store, g);
  return g;
}

/** The evaluation a store's components show now (outside React: tests, handlers). */
export function evaluationFor(store: EditorStore): Map<string, NodeEvaluation> {
  return evaluationOf(evaluatedGraph(store).getState().graph);
}
