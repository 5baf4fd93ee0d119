import type { EvalEdge, EvalNode, NodeEvaluation } from "@/lib/domain/evaluation";
import type { EdgeDto, NodeDto } from "@/lib/domain/schemas";
import { NODE_KINDS, RELATIONS, RESPONSE_TYPES, ROLES, SIDES, SPEECHES } from "@/lib/domain/vocabulary";

/**
 * A graph as the evaluation worker takes it: only the fields the judge reads, with every word from
 * a vocabulary as a byte and every edge as three numbers. Posting it copies a few lists of strings
 * and two typed arrays: 20,000 arguments as one tuple each took ~90 ms of the page's main thread
 * to build and copy, while the map was opening (bench/open-trace.md, session 11).
 */
export type SlimGraph = {
  ids: string[];
  titles: string[];
  /** per argument: kind, side, speech, role, response type (NONE for none) */
  codes: Uint8Array;
  /** per edge: source, target, relation; an end below 0 is `loose[-end - 1]`, an id among no arguments */
  edges: Int32Array;
  edgeIds: string[];
  loose: string[];
};

/** What changed to the judge since the graph the worker holds: arguments and edges in or out. */
export type GraphChange = {
  /** added, or changed in a judged field (added ones come last, in the graph's order) */
  nodes: EvalNode[];
  removed: string[];
  edges: (EvalEdge & { id: string })[];
  removedEdges: string[];
};

/**
 * `doc`: one graph the worker holds (one per editor store); serials order the answers. A whole
 * graph comes slim, or as the bytes of the debate's JSON (`json`: the worker parses them and builds
 * the graph as the editor did, debateGraph).
 */
export type EvaluationRequest = { serial: number; doc: number } & (
  { kind: "graph"; graph: SlimGraph } | { kind: "json"; bytes: ArrayBuffer } | { kind: "change"; change: GraphChange }
);
/**
 * One part of an answer. `full`: the whole graph's evaluations, in parts, `done` on the last;
 * otherwise only what changed. `lost`: the worker no longer holds the graph (send it whole).
 */
export type EvaluationResponse = {
  serial: number;
  doc: number;
  evaluations: NodeEvaluation[];
  removed: string[];
  full: boolean;
  done: boolean;
  lost?: boolean;
};

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
  for (const id of g.order) if (g.nodes[id] && !at.has(id)) at.set(id, ids.push(id) - 1);
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
  const loose: string[] = [];
  const end = (id: string) => at.get(id) ?? -loose.push(id);
  const edgeIds = Object.keys(g.edges);
  const edges = new Int32Array(edgeIds.length * 3);
  edgeIds.forEach((id, k) => {
    const e = g.edges[id]!;
    edges[k * 3] = end(e.source);
    edges[k * 3 + 1] = end(e.target);
    edges[k * 3 + 2] = relationCode(e.relation);
  });
  return { ids, titles, codes, edges, edgeIds, loose };
}

/** A slim graph's arguments and edges, keyed by id in the graph's order (what the worker holds). */
export function unslim({ ids, titles, codes, edges, edgeIds, loose }: SlimGraph): {
  nodes: Map<string, EvalNode>;
  edges: Map<string, EvalEdge>;
} {
  const nodes = new Map<string, EvalNode>();
  ids.forEach((id, i) =>
    nodes.set(id, {
      id,
      title: titles[i]!,
      kind: word(NODE_KINDS, codes[i * FIELDS]!)!,
      side: word(SIDES, codes[i * FIELDS + 1]!)!,
      speech: word(SPEECHES, codes[i * FIELDS + 2]!),
      role: word(ROLES, codes[i * FIELDS + 3]!),
      responseType: word(RESPONSE_TYPES, codes[i * FIELDS + 4]!),
    }),
  );
  const idOf = (x: number) => (x >= 0 ? ids[x]! : loose[-x - 1]!);
  const links = new Map<string, EvalEdge>();
  edgeIds.forEach((id, k) =>
    links.set(id, {
      source: idOf(edges[k * 3]!),
      target: idOf(edges[k * 3 + 1]!),
      relation: word(RELATIONS, edges[k * 3 + 2]!)!,
    }),
  );
  return { nodes, edges: links };
}
