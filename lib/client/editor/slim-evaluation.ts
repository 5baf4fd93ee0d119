import { evaluate, type EvalNode, type NodeEvaluation } from "@/lib/domain/evaluation";
import type { EdgeDto, NodeDto } from "@/lib/domain/schemas";

/**
 * A graph as the evaluation worker takes it: only the fields the judge reads, as tuples, so posting
 * 20,000 arguments to the worker copies little (no bodies, quotes or positions).
 */
export type SlimNode = [
  id: string,
  kind: NodeDto["kind"],
  side: NodeDto["side"],
  speech: NodeDto["speech"],
  title: string,
  role: NodeDto["role"],
  responseType: NodeDto["responseType"],
];
export type SlimEdge = [source: string, target: string, relation: EdgeDto["relation"]];
export type EvaluationRequest = { serial: number; nodes: SlimNode[]; edges: SlimEdge[] };
/** One part of an answer: a big graph's evaluations come in parts, `done` on the last. */
export type EvaluationResponse = { serial: number; evaluations: NodeEvaluation[]; done: boolean };

type Graph = {
  nodes: Readonly<Record<string, NodeDto>>;
  edges: Readonly<Record<string, EdgeDto>>;
  order: readonly string[];
};

export function slimGraph(g: Graph): { nodes: SlimNode[]; edges: SlimEdge[] } {
  const nodes: SlimNode[] = [];
  for (const id of g.order) {
    const n = g.nodes[id];
    if (n) nodes.push([n.id, n.kind, n.side, n.speech, n.title, n.role ?? null, n.responseType ?? null]);
  }
  const edges: SlimEdge[] = [];
  for (const e of Object.values(g.edges)) edges.push([e.source, e.target, e.relation]);
  return { nodes, edges };
}

/** The evaluation of a slim graph: what the worker computes, and the fallback where there is none. */
export function evaluateSlim(nodes: readonly SlimNode[], edges: readonly SlimEdge[]): NodeEvaluation[] {
  const graph = {
    nodes: nodes.map(([id, kind, side, speech, title, role, responseType]): EvalNode => ({
      id,
      kind,
      side,
      speech,
      title,
      role,
      responseType,
    })),
    edges: edges.map(([source, target, relation]) => ({ source, target, relation })),
  };
  return [...evaluate(graph).values()];
}
