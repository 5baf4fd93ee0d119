import { evaluate, type EvalNode, type NodeEvaluation } from "@/lib/domain/evaluation";
import type { EdgeDto, NodeDto } from "@/lib/domain/schemas";
import { NODE_KINDS, RELATIONS, RESPONSE_TYPES, ROLES, SIDES, SPEECHES } from "@/lib/domain/vocabulary";

/**
 * A graph as the evaluation worker takes it: only the fields the judge reads, with every word from
 * a vocabulary as a byte and every edge as three numbers. Posting it copies two lists of strings
 * and two typed arrays: 20,000 arguments as one tuple each took ~90 ms of the page's main thread
 * to build and copy, while the map was opening (bench/open-trace.md, session 11).
 */
export type SlimGraph = {
  ids: string[];
  titles: string[];
  /** per argument: kind, side, speech, role, response type (NONE for none) */
  codes: Uint8Array;
  /** per edge: source index, target index, relation */
  edges: Int32Array;
};
export type EvaluationRequest = SlimGraph & { serial: number };
/** One part of an answer: a big graph's evaluations come in parts, `done` on the last. */
export type EvaluationResponse = { serial: number; evaluations: NodeEvaluation[]; done: boolean };

type Graph = {
  nodes: Readonly<Record<string, NodeDto>>;
  edges: Readonly<Record<string, EdgeDto>>;
  order: readonly string[];
};

const NONE = 255;
const FIELDS = 5;
const code = <T extends string>(words: readonly T[]) => {
  const index = new Map<string, number>(words.map((w, i) => [w, i]));
  return (w: T | null | undefined) => (w == null ? NONE : (index.get(w) ?? NONE));
};
const kindCode = code(NODE_KINDS),
  sideCode = code(SIDES),
  speechCode = code(SPEECHES),
  roleCode = code(ROLES),
  responseCode = code(RESPONSE_TYPES),
  relationCode = code(RELATIONS);
const word = <T>(words: readonly T[], c: number): T | null => (c === NONE ? null : (words[c] ?? null));

export function slimGraph(g: Graph): SlimGraph {
  const ids: string[] = [];
  const titles: string[] = [];
  const at = new Map<string, number>();
  for (const id of g.order) if (g.nodes[id]) at.set(id, ids.push(id) - 1);
  const codes = new Uint8Array(ids.length * FIELDS);
  ids.forEach((id, i) => {
    const n = g.nodes[id]!;
    titles.push(n.title);
    const c = i * FIELDS;
    codes[c] = kindCode(n.kind);
    codes[c + 1] = sideCode(n.side);
    codes[c + 2] = speechCode(n.speech);
    codes[c + 3] = roleCode(n.role);
    codes[c + 4] = responseCode(n.responseType);
  });
  const kept = Object.values(g.edges).filter((e) => at.has(e.source) && at.has(e.target));
  const edges = new Int32Array(kept.length * 3);
  kept.forEach((e, k) => {
    edges[k * 3] = at.get(e.source)!;
    edges[k * 3 + 1] = at.get(e.target)!;
    edges[k * 3 + 2] = relationCode(e.relation);
  });
  return { ids, titles, codes, edges };
}

/** The evaluation of a slim graph: what the worker computes, and the fallback where there is none. */
export function evaluateSlim({ ids, titles, codes, edges }: SlimGraph): NodeEvaluation[] {
  const nodes = ids.map((id, i): EvalNode => ({
    id,
    title: titles[i]!,
    kind: word(NODE_KINDS, codes[i * FIELDS]!)!,
    side: word(SIDES, codes[i * FIELDS + 1]!)!,
    speech: word(SPEECHES, codes[i * FIELDS + 2]!),
    role: word(ROLES, codes[i * FIELDS + 3]!),
    responseType: word(RESPONSE_TYPES, codes[i * FIELDS + 4]!),
  }));
  const links = [];
  for (let k = 0; k < edges.length; k += 3) {
    links.push({ source: ids[edges[k]!]!, target: ids[edges[k + 1]!]!, relation: word(RELATIONS, edges[k + 2]!)! });
  }
  return [...evaluate({ nodes, edges: links }).values()];
}
