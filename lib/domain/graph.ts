import type { EdgeDto, NodeDto, Op } from "./schemas";
import type { NodeKind, Relation } from "./vocabulary";

/** The in-memory graph of one debate: the shape the editor and the evaluation work on. */
export type Graph = { nodes: NodeDto[]; edges: EdgeDto[] };

type Endpoint = { id: string; kind: NodeKind };

/**
 * Why a connection is not allowed, or null when it is.
 * Evidence only backs or answers something (supports / rebuts); nothing can support, turn or
 * extend a card, but a card can be rebutted or undercut (an indictment of the evidence).
 */
export function connectionError(
  source: Endpoint,
  target: Endpoint,
  relation: Relation,
  edges: readonly Pick<EdgeDto, "source" | "target">[],
): string | null {
  if (source.id === target.id) return "an argument cannot answer itself";
  if (relation === "premise" && target.kind !== "argument") return "only an argument has premises";
  if (source.kind === "evidence" && relation !== "supports" && relation !== "rebuts" && relation !== "premise") {
    return "evidence can only support or rebut";
  }
  if (target.kind === "evidence" && relation !== "rebuts" && relation !== "undercuts") {
    return "evidence can only be rebutted or undercut";
  }
  if (edges.some((e) => e.source === source.id && e.target === target.id)) {
    return "these two arguments are already connected";
  }
  return null;
}

/** The edges that go when a node is deleted (every edge touching it). */
export function edgesTouching(edges: readonly EdgeDto[], nodeId: string): EdgeDto[] {
  return edges.filter((e) => e.source === nodeId || e.target === nodeId);
}

export class GraphOpError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

/**
 * Apply a batch of operations to a graph without touching the input (all or nothing).
 * Versions are bumped the way the server bumps them, so a client can apply its own ops optimistically.
 */
export function applyOps(graph: Graph, ops: readonly Op[]): Graph {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  ops.forEach((op, i) => {
    const fail = (msg: string): never => {
      throw new GraphOpError(msg, i);
    };
    switch (op.op) {
      case "createNode": {
        const id = op.node.id ?? fail("createNode needs an id here");
        if (nodes.has(id)) fail(`node ${id} already exists`);
        const { id: _ignored, ...fields } = op.node;
        nodes.set(id, { ...fields, id, version: 1 });
        break;
      }
      case "updateNode": {
        const cur = nodes.get(op.id) ?? fail(`unknown node ${op.id}`);
        nodes.set(op.id, { ...cur, ...op.patch, version: cur.version + 1 });
        break;
      }
      case "deleteNode": {
        if (!nodes.delete(op.id)) fail(`unknown node ${op.id}`);
        for (const e of edgesTouching([...edges.values()], op.id)) edges.delete(e.id);
        break;
      }
      case "createEdge": {
        const { source, target, relation, position } = op.edge;
        const id = op.edge.id ?? fail("createEdge needs an id here");
        const s = nodes.get(source) ?? fail(`unknown node ${source}`);
        const t = nodes.get(target) ?? fail(`unknown node ${target}`);
        if (edges.has(id)) fail(`edge ${id} already exists`);
        const err = connectionError(s, t, relation, [...edges.values()]);
        if (err) fail(err);
        edges.set(id, { id, source, target, relation, version: 1, ...(position != null ? { position } : {}) });
        break;
      }
      case "updateEdge": {
        const cur = edges.get(op.id) ?? fail(`unknown edge ${op.id}`);
        const { position: _old, ...rest } = cur;
        const position = op.position !== undefined ? op.position : cur.position;
        edges.set(op.id, {
          ...rest,
          relation: op.relation,
          ...(position != null ? { position } : {}),
          version: cur.version + 1,
        });
        break;
      }
      case "deleteEdge": {
        if (!edges.delete(op.id)) fail(`unknown edge ${op.id}`);
        break;
      }
    }
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** A recorded change of one row, as undo/redo and history keep it. */
export type RowChange =
  | { type: "node"; id: string; before: NodeDto | null; after: NodeDto | null }
  | { type: "edge"; id: string; before: EdgeDto | null; after: EdgeDto | null };

function nodeFields(n: NodeDto) {
  const { id: _id, version: _v, ...fields } = n;
  return fields;
}

/**
 * The operations that take the current graph back to the `before` side of `changes` (undo), or,
 * with `direction: "redo"`, forward to the `after` side. Versions come from the current graph so
 * the server's stale-write check still protects other people's later edits.
 */
export function opsToRestore(current: Graph, changes: readonly RowChange[], direction: "undo" | "redo"): Op[] {
  const nodes = new Map(current.nodes.map((n) => [n.id, n]));
  const edges = new Map(current.edges.map((e) => [e.id, e]));
  const ordered = direction === "undo" ? [...changes].reverse() : [...changes];
  const nodeOps: Op[] = [];
  const edgeCreates: Op[] = [];
  const edgeOthers: Op[] = [];
  for (const c of ordered) {
    const want = direction === "undo" ? c.before : c.after;
    if (c.type === "node") {
      const cur = nodes.get(c.id);
      const w = want as NodeDto | null;
      if (!w && cur) nodeOps.push({ op: "deleteNode", id: c.id, version: cur.version });
      else if (w && !cur) nodeOps.push({ op: "createNode", node: { ...nodeFields(w), id: c.id } });
      else if (w && cur) nodeOps.push({ op: "updateNode", id: c.id, version: cur.version, patch: nodeFields(w) });
    } else {
      const cur = edges.get(c.id);
      const w = want as EdgeDto | null;
      if (!w && cur) edgeOthers.push({ op: "deleteEdge", id: c.id, version: cur.version });
      else if (w && !cur)
        edgeCreates.push({
          op: "createEdge",
          edge: {
            id: c.id,
            source: w.source,
            target: w.target,
            relation: w.relation,
            ...(w.position != null ? { position: w.position } : {}),
          },
        });
      else if (w && cur)
        edgeOthers.push({
          op: "updateEdge",
          id: c.id,
          version: cur.version,
          relation: w.relation,
          ...(w.position != null || cur.position != null ? { position: w.position ?? null } : {}),
        });
    }
  }
  // Edges go before node deletes (so cascades do not race them) and are created after nodes exist.
  const deletes = nodeOps.filter((o) => o.op === "deleteNode");
  const rest = nodeOps.filter((o) => o.op !== "deleteNode");
  return [...edgeOthers, ...rest, ...edgeCreates, ...deletes];
}

/** Row changes between two graphs (what an applied batch did), for undo. */
export function diffGraphs(before: Graph, after: Graph): RowChange[] {
  const out: RowChange[] = [];
  const bn = new Map(before.nodes.map((n) => [n.id, n]));
  const an = new Map(after.nodes.map((n) => [n.id, n]));
  for (const [id, b] of bn) if (an.get(id) !== b) out.push({ type: "node", id, before: b, after: an.get(id) ?? null });
  for (const [id, a] of an) if (!bn.has(id)) out.push({ type: "node", id, before: null, after: a });
  const be = new Map(before.edges.map((e) => [e.id, e]));
  const ae = new Map(after.edges.map((e) => [e.id, e]));
  for (const [id, b] of be) if (ae.get(id) !== b) out.push({ type: "edge", id, before: b, after: ae.get(id) ?? null });
  for (const [id, a] of ae) if (!be.has(id)) out.push({ type: "edge", id, before: null, after: a });
  return out;
}

/** Nodes whose title or body contains every word of the query (case-insensitive), best first. */
export function searchNodes(nodes: readonly NodeDto[], query: string, limit = 20): NodeDto[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { n: NodeDto; score: number }[] = [];
  for (const n of nodes) {
    const title = n.title.toLowerCase();
    const hay = `${title}\n${n.body.toLowerCase()}\n${n.evidence?.quote.toLowerCase() ?? ""}`;
    if (!words.every((w) => hay.includes(w))) continue;
    scored.push({ n, score: words.filter((w) => title.includes(w)).length });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.n);
}
