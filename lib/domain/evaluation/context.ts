import type { EdgeDto, NodeDto } from "../schemas";
import { opposite } from "../sides";
import { SPEECHES, type Relation, type Speech } from "../vocabulary";

export type Team = "aff" | "neg";

/**
 * The fields of an argument and of a connection the judge reads, besides ids: a change to any
 * other field (a version, a position, a body, evidence) leaves every status as it was.
 */
export const JUDGED_NODE_FIELDS = ["title", "kind", "side", "speech", "role", "responseType"] as const;
export const JUDGED_EDGE_FIELDS = ["source", "target", "relation"] as const;

/** The fields evaluation reads; a full NodeDto / EdgeDto fits (role and response type are optional). */
export type EvalNode = Pick<NodeDto, "id" | "kind" | "side" | "speech" | "title"> &
  Partial<Pick<NodeDto, "role" | "responseType">>;
export type EvalEdge = Pick<EdgeDto, (typeof JUDGED_EDGE_FIELDS)[number]>;
// A compile error names any field EvalNode has that the list lacks (a rule reading a new field needs both).
type Unlisted = Exclude<keyof EvalNode, "id" | (typeof JUDGED_NODE_FIELDS)[number]>;
const everyFieldListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyFieldListed;
export type EvalGraph = { nodes: readonly EvalNode[]; edges: readonly EvalEdge[] };

/** One edge between known nodes, by node index. */
export type IxEdge = { from: number; to: number; relation: Relation };

/** The graph in index form, which every rule reads. */
export type Ctx = {
  nodes: EvalNode[];
  index: Map<string, number>;
  edges: IxEdge[];
  /** out[i] / into[i]: indices into `edges` */
  out: number[][];
  into: number[][];
  /** the speech's position in SPEECHES, or -1 */
  at: Int32Array;
  team: (i: number) => Team | null;
};

export const SPEECH_INDEX = new Map<string, number>(SPEECHES.map((s, i) => [s, i]));
export const speechAt = (s: Speech) => SPEECH_INDEX.get(s)!;
export const isCxSpeech = (s: string | null | undefined) => !!s && s.startsWith("CX");
export const other = (t: Team): Team => opposite(t);
export const TEAM_NAME: Record<Team, string> = { aff: "Aff", neg: "Neg" };

/** Index a graph: the first of repeated ids counts; edges to unknown nodes are ignored. */
export function context(graph: EvalGraph): Ctx {
  const nodes: EvalNode[] = [];
  const index = new Map<string, number>();
  for (const node of graph.nodes) {
    if (index.has(node.id)) continue;
    index.set(node.id, nodes.length);
    nodes.push(node);
  }
  const n = nodes.length;
  const out: number[][] = Array.from({ length: n }, () => []);
  const into: number[][] = Array.from({ length: n }, () => []);
  const edges: IxEdge[] = [];
  for (const e of graph.edges) {
    const from = index.get(e.source);
    const to = index.get(e.target);
    if (from === undefined || to === undefined) continue;
    out[from]!.push(edges.length);
    into[to]!.push(edges.length);
    edges.push({ from, to, relation: e.relation });
  }
  const at = new Int32Array(n).fill(-1);
  nodes.forEach((node, i) => {
    if (node.speech) at[i] = speechAt(node.speech);
  });
  const team = (i: number): Team | null => {
    const side = nodes[i]!.side;
    return side === "aff" || side === "neg" ? side : null;
  };
  return { nodes, index, edges, out, into, at, team };
}
