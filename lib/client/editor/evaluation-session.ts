// What the evaluation worker does with each request, in a module of its own so that a page without
// workers (and the tests, in Node) runs exactly the same steps in-process.
import { evaluate, type EvalEdge, type EvalNode, type NodeEvaluation } from "@/lib/domain/evaluation";
import type { DebateDto } from "@/lib/domain/schemas";
import { debateGraph } from "./debate-graph";
import {
  slimGraph,
  unslim,
  type EvaluationRequest,
  type EvaluationResponse,
  type GraphChange,
  type SlimGraph,
} from "./slim-evaluation";

// The answer to a whole graph goes in parts: taking in 20,000 evaluations at once is one ~50 ms
// task on the page's main thread (reading the message, building the map), a long task just after
// the first view.
const PART = 2_000;
/** Graphs held at once: the pages of one visit (a map, its flow sheet, a seminar), not every one seen. */
const HELD = 3;

// Every field of an evaluation, so that the comparison below cannot miss one added later.
const EVALUATION_FIELDS: Record<keyof NodeEvaluation, true> = {
  id: true,
  status: true,
  dropped: true,
  droppedIn: true,
  byBlock: true,
  live: true,
  turn: true,
  argument: true,
  concession: true,
  why: true,
};
const FIELDS = Object.keys(EVALUATION_FIELDS) as (keyof NodeEvaluation)[];
const sameEvaluation = (a: NodeEvaluation, b: NodeEvaluation) => FIELDS.every((f) => a[f] === b[f]);

type Held = { nodes: Map<string, EvalNode>; edges: Map<string, EvalEdge>; last: Map<string, NodeEvaluation> };
const held = new Map<number, Held>();

function judge(g: Held): Map<string, NodeEvaluation> {
  return evaluate({ nodes: [...g.nodes.values()], edges: [...g.edges.values()] });
}

function apply(g: Held, c: GraphChange): void {
  for (const id of c.removed) g.nodes.delete(id);
  for (const n of c.nodes) g.nodes.set(n.id, n);
  for (const id of c.removedEdges) g.edges.delete(id);
  for (const { id, ...e } of c.edges) g.edges.set(id, e);
}

function hold(doc: number, g: Held): void {
  held.delete(doc);
  held.set(doc, g);
  for (const old of held.keys()) if (held.size > HELD) held.delete(old);
}

/**
 * Answer one request. A whole graph: every evaluation, in parts. A change to a graph held here: the
 * judge reads the whole graph again (its rules are written over the whole graph), but only the
 * evaluations that differ from the last answer are sent back — after a title edit at 20,000
 * arguments, a handful instead of 20,000 for the page to copy in.
 */
export function answer(req: EvaluationRequest, post: (r: EvaluationResponse) => void): void {
  const { serial, doc } = req;
  if (req.kind === "graph" || req.kind === "json") {
    const slim = req.kind === "graph" ? req.graph : fromJson(req.bytes);
    // Bytes that do not read as a debate: the page sends the graph whole instead.
    if (!slim) return post({ serial, doc, evaluations: [], removed: [], full: false, done: true, lost: true });
    const g: Held = { ...unslim(slim), last: new Map() };
    g.last = judge(g);
    hold(doc, g);
    const all = [...g.last.values()];
    for (let i = 0; i < all.length; i += PART)
      post({ serial, doc, evaluations: all.slice(i, i + PART), removed: [], full: true, done: false });
    // The last message only says so: the page's update to the statuses is then a task of its own.
    post({ serial, doc, evaluations: [], removed: [], full: true, done: true });
    return;
  }
  const g = held.get(doc);
  if (!g) return post({ serial, doc, evaluations: [], removed: [], full: false, done: true, lost: true });
  hold(doc, g);
  apply(g, req.change);
  const now = judge(g);
  const evaluations: NodeEvaluation[] = [];
  for (const [id, ev] of now) {
    const was = g.last.get(id);
    if (!was || !sameEvaluation(was, ev)) evaluations.push(ev);
  }
  const removed = [...g.last.keys()].filter((id) => !now.has(id));
  g.last = now;
  post({ serial, doc, evaluations, removed, full: false, done: true });
}

/** The graph of a debate's JSON, as the editor built it from the same bytes; null for none. */
function fromJson(bytes: ArrayBuffer): SlimGraph | null {
  try {
    const debate = JSON.parse(new TextDecoder().decode(bytes)) as DebateDto;
    if (!Array.isArray(debate?.nodes) || !Array.isArray(debate.edges)) return null;
    // Through the slim form, so that both kinds of request hold the same fields the same way.
    return slimGraph(debateGraph(debate));
  } catch {
    return null;
  }
}
