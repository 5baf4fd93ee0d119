import type { EdgeChange, NodeChange, NodeDimensionChange } from "@xyflow/react";
import { applyOps, diffGraphs, GraphOpError, opsToRestore, type Graph, type RowChange } from "@/lib/domain/graph";
import type { DebateDto, EdgeDto, NodeDto, NodeGroupDto, Op } from "@/lib/domain/schemas";
import type { LiveEvent } from "@/lib/domain/changes";
import {
  measureRfNodes,
  patchRfNodes,
  selectRfEdges,
  syncRfEdges,
  syncRfNodes,
  type ArgumentRfNode,
  type RelationRfEdge,
  type XY,
} from "./to-flow";
import { byId, debateGraph } from "./debate-graph";

/**
 * The editor's state and its transitions, as pure functions: no network, no React. Each takes the
 * state and returns the fields it changes (a `Patch`), which the store merges. The sync layer
 * (editor-sync.ts) decides when to call them; the store (editor-store.ts) wires the two together.
 *
 * Single sources of truth: a row's `position` is where it is (`drag` holds only a drag still in
 * progress), `selectedNodeId`/`selectedEdgeId` are what is selected, and React Flow's lists
 * (`rfNodes`, `rfEdges`) are derived from those by `derive`, never edited by hand.
 */

export type Conflict = { nodeId: string; mine: NodeDto; theirs: NodeDto; message: string };
/** Rows as the server sends them: whole rows that replace ours, and ids that are gone. */
export type Rows = { nodes?: NodeDto[]; edges?: EdgeDto[]; deletedNodes?: string[]; deletedEdges?: string[] };
/** What undo or redo took off its stack for a batch, so a refused batch can put it back. */
export type StackMove = { entry: RowChange[]; direction: "undo" | "redo" };

export type EditorData = {
  debateId: string;
  canEdit: boolean;
  nodes: Record<string, NodeDto>;
  order: string[];
  edges: Record<string, EdgeDto>;
  /** Pockets, hats, blocks and headings from imported files (the map can be filtered by them). */
  groups: NodeGroupDto[];
  /**
   * React Flow's lists: derived from the rows, the selection and `drag` (see `derive`). Empty, and
   * never derived, in a store made without them (`reactFlow` false: the flow sheet shows no canvas).
   */
  reactFlow: boolean;
  rfNodes: ArgumentRfNode[];
  rfEdges: RelationRfEdge[];
  /** The one selection: at most one of the two is set. */
  selectedNodeId: string | null;
  selectedEdgeId: string | null;
  /** Where the nodes being dragged are now; the drop commits the position to the row. */
  drag: Record<string, XY>;
  undoStack: RowChange[][];
  redoStack: RowChange[][];
  /** Batches made and not yet acknowledged by the server (sending, or waiting for the connection). */
  inFlight: number;
  /** The server could not be reached: the unacknowledged batches wait, kept, for the connection. */
  offline: boolean;
  error: string | null;
  conflict: Conflict | null;
  pendingConnection: { source: string; target: string } | null;
  /** who else has this debate open, and whether the live stream is connected */
  presence: { id: string; name: string }[];
  live: "connecting" | "live" | "reconnecting" | "ended";
  /** Why the server ended the live stream for good (set with live "ended"). */
  liveEnded: string | null;
  /** The last live event applied (the snapshot's seq at first): older and repeated events are skipped. */
  seq: number;
};

export type Patch = Partial<EditorData>;

const NO_DRAG: Record<string, XY> = {};

/** The state of a freshly opened debate. */
export function initialState(debate: DebateDto, canEdit: boolean, reactFlow = true): EditorData {
  const { nodes, order, edges } = debateGraph(debate);
  return {
    debateId: debate.id,
    canEdit,
    nodes,
    order,
    edges,
    groups: debate.groups ?? [],
    reactFlow,
    rfNodes: reactFlow ? syncRfNodes([], { nodes, order, selectedNodeId: null, drag: NO_DRAG }) : [],
    rfEdges: reactFlow ? syncRfEdges([], edges, null) : [],
    selectedNodeId: null,
    selectedEdgeId: null,
    drag: NO_DRAG,
    undoStack: [],
    redoStack: [],
    inFlight: 0,
    offline: false,
    error: null,
    conflict: null,
    pendingConnection: null,
    presence: [],
    live: "connecting",
    liveEnded: null,
    seq: debate.seq,
  };
}

export function graphOf(s: Pick<EditorData, "nodes" | "order" | "edges">): Graph {
  return { nodes: s.order.map((id) => s.nodes[id]!), edges: Object.values(s.edges) };
}

/** Apply `patch`, then `next` on the result; the two patches merged. */
export function andThen(s: EditorData, patch: Patch, next: (s: EditorData) => Patch): Patch {
  return { ...patch, ...next({ ...s, ...patch }) };
}

/**
 * Complete a patch with React Flow's lists derived from it. `touched` names the only rows whose
 * entries may have changed (a field edit, a drag frame): those are re-derived in place, with no
 * pass over a map of 20,000 arguments. Without it, or when the order changed, the list is rebuilt.
 */
function derive(s: EditorData, patch: Patch, touched?: Iterable<string>): Patch {
  const m = { ...s, ...patch };
  const structural = m.order !== s.order || !touched;
  // A deleted row cannot stay selected (or dragged).
  const selectedNodeId = m.selectedNodeId && (!structural || m.nodes[m.selectedNodeId]) ? m.selectedNodeId : null;
  const selectedEdgeId =
    m.selectedEdgeId && (m.edges === s.edges || m.edges[m.selectedEdgeId]) ? m.selectedEdgeId : null;
  const drag = m.order !== s.order && m.drag !== NO_DRAG ? keepExisting(m.drag, m.nodes) : m.drag;
  if (!s.reactFlow) return { ...patch, selectedNodeId, selectedEdgeId, drag };
  const src = { nodes: m.nodes, order: m.order, selectedNodeId, drag };
  let rfNodes: ArgumentRfNode[];
  if (structural) rfNodes = syncRfNodes(s.rfNodes, src);
  else {
    const ids = new Set(touched);
    if (s.selectedNodeId !== selectedNodeId) for (const id of [s.selectedNodeId, selectedNodeId]) if (id) ids.add(id);
    rfNodes = patchRfNodes(s.rfNodes, ids, src);
  }
  const rfEdges =
    m.edges !== s.edges
      ? syncRfEdges(s.rfEdges, m.edges, selectedEdgeId)
      : selectedEdgeId !== s.selectedEdgeId
        ? selectRfEdges(s.rfEdges, selectedEdgeId)
        : s.rfEdges;
  return { ...patch, selectedNodeId, selectedEdgeId, drag, rfNodes, rfEdges };
}

function keepExisting(drag: Record<string, XY>, nodes: Record<string, NodeDto>): Record<string, XY> {
  const kept = Object.entries(drag).filter(([id]) => nodes[id]);
  return kept.length ? Object.fromEntries(kept) : NO_DRAG;
}

/** Replace the whole graph (a structural change: rows added or removed). */
function withGraph(s: EditorData, g: Graph, extra: Patch = {}): Patch {
  return derive(s, {
    nodes: byId(g.nodes),
    edges: byId(g.edges),
    order: g.nodes.map((n) => n.id),
    ...extra,
  });
}

/**
 * Replace some existing arguments' rows, touching nothing else: no graph rebuild, so a title
 * typed on a map of 20,000 arguments costs one record copy, not a dozen passes over the graph.
 */
function withNodes(s: EditorData, updated: readonly NodeDto[], extra: Patch = {}): Patch {
  // Copied along the order (which lists exactly the record's ids): at 20,000 arguments a spread of
  // the record takes ~20 ms of V8's generic path, this loop ~7, and an edit copies it twice (its
  // own change, then the server's confirmation).
  const nodes: Record<string, NodeDto> = {};
  for (const id of s.order) {
    const n = s.nodes[id];
    if (n) nodes[id] = n;
  }
  for (const n of updated) nodes[n.id] = n;
  return derive(
    s,
    { nodes, ...extra },
    updated.map((n) => n.id),
  );
}

export type Applied = { patch: Patch; changes: RowChange[] | null };

/**
 * Apply ops locally, at once (optimistically): the patch and the row changes to send and to undo.
 * `changes` is null when nothing applies (read-only, no ops, or an impossible op: then `error`).
 */
export function applyLocal(s: EditorData, ops: readonly Op[], undoable = true): Applied {
  if (!s.canEdit || ops.length === 0) return { patch: {}, changes: null };
  // Field edits of existing arguments (the common case) apply to just those rows.
  const fieldsOnly = ops.every((o) => o.op === "updateNode" && s.nodes[o.id]);
  const before: Graph = fieldsOnly
    ? { nodes: [...new Set(ops.map((o) => (o as { id: string }).id))].map((id) => s.nodes[id]!), edges: [] }
    : graphOf(s);
  let after: Graph;
  try {
    after = applyOps(before, ops);
  } catch (e) {
    return { patch: { error: e instanceof GraphOpError ? e.message : "that change is not possible" }, changes: null };
  }
  const changes = diffGraphs(before, after);
  const extra: Patch = undoable ? { undoStack: [...s.undoStack.slice(-199), changes], redoStack: [] } : {};
  return { patch: fieldsOnly ? withNodes(s, after.nodes, extra) : withGraph(s, after, extra), changes };
}

/** Put the rows of `changes` back to their `before` state (roll back an optimistic batch). */
export function rollBack(s: EditorData, changes: readonly RowChange[]): Patch {
  const g = graphOf(s);
  const nodes = new Map(g.nodes.map((n) => [n.id, n]));
  const edges = new Map(g.edges.map((e) => [e.id, e]));
  for (const c of changes) {
    if (c.type === "node") {
      if (c.before) nodes.set(c.id, c.before);
      else nodes.delete(c.id);
    } else if (c.before) edges.set(c.id, c.before);
    else edges.delete(c.id);
  }
  return withGraph(s, { nodes: [...nodes.values()], edges: [...edges.values()] });
}

/** Why the server refused a batch; `current` is its row when the refusal was a stale write (409). */
export type Refusal = { message: string; current?: NodeDto };

/**
 * The server refused a batch: roll it back and forget it in the undo history (or, for an undo or
 * redo, put its entry back where it was). A stale write shows the conflict, with the server's row.
 */
export function refuse(s: EditorData, changes: RowChange[], why: Refusal, moved?: StackMove): Patch {
  let patch = andThen(s, rollBack(s, changes), (r) => ({ ...unstack(r, changes, moved) }));
  const theirs = why.current;
  if (!theirs) return { ...patch, error: why.message };
  patch = andThen(s, patch, (r) => receiveRows(r, { nodes: [theirs] }));
  const mine = changes.find((c) => c.type === "node" && c.id === theirs.id)?.after as NodeDto | null | undefined;
  return mine
    ? { ...patch, conflict: { nodeId: theirs.id, mine, theirs, message: why.message } }
    : { ...patch, error: why.message };
}

function unstack(s: EditorData, changes: RowChange[], moved?: StackMove): Patch {
  const undoStack = s.undoStack.filter((u) => u !== changes);
  if (!moved) return { undoStack };
  const { entry, direction } = moved;
  // The undo (redo) did not happen: its entry goes back on the stack it came from.
  if (direction === "undo")
    return { undoStack: [...undoStack, entry], redoStack: s.redoStack.filter((u) => u !== entry) };
  return { redoStack: [...s.redoStack, entry], undoStack: undoStack.filter((u) => u !== entry) };
}

/** Rows that arrived from the server (a restore, a source edit, a seminar view): they replace ours. */
export function receiveRows(s: EditorData, rows: Rows): Patch {
  const updates = rows.nodes ?? [];
  if (
    !rows.edges?.length &&
    !rows.deletedEdges?.length &&
    !rows.deletedNodes?.length &&
    updates.every((n) => s.nodes[n.id])
  ) {
    return updates.length ? withNodes(s, updates) : {};
  }
  const g = graphOf(s);
  const nodes = new Map(g.nodes.map((n) => [n.id, n]));
  const edges = new Map(g.edges.map((e) => [e.id, e]));
  for (const n of updates) nodes.set(n.id, n);
  for (const e of rows.edges ?? []) edges.set(e.id, e);
  for (const id of rows.deletedEdges ?? []) edges.delete(id);
  for (const id of rows.deletedNodes ?? []) {
    nodes.delete(id);
    for (const [eid, e] of edges) if (e.source === id || e.target === id) edges.delete(eid);
  }
  return withGraph(s, { nodes: [...nodes.values()], edges: [...edges.values()] });
}

/**
 * The server's answer to our own batch. Only rows we still hold, at their version or newer, are
 * taken: an answer overtaken by our next edit (or by someone else's, or by our delete) must not
 * put the older row back on screen.
 */
export function receiveOwnRows(s: EditorData, rows: { nodes: NodeDto[]; edges: EdgeDto[] }): Patch {
  const current =
    <T extends { id: string; version: number }>(held: Record<string, T>) =>
    (r: T) => {
      const h = held[r.id];
      return !!h && h.version <= r.version;
    };
  const nodes = rows.nodes.filter(current(s.nodes));
  const edges = rows.edges.filter(current(s.edges));
  return nodes.length || edges.length ? receiveRows(s, { nodes, edges }) : {};
}

/**
 * Events from the live stream, the one path for everyone's changes (our own come back too): each
 * seq once, in seq order, none at or before the last one applied (a reconnect replays from there).
 * A row is taken only when newer than ours, so the echo of our own edit changes nothing. Returns
 * the patch and the events that were new (for the comment, history and source listeners).
 */
export function receiveEvents(s: EditorData, events: readonly LiveEvent[]): { patch: Patch; fresh: LiveEvent[] } {
  const bySeq = new Map<number, LiveEvent>();
  for (const e of events) if (e.seq > s.seq) bySeq.set(e.seq, e);
  const fresh = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  if (!fresh.length) return { patch: {}, fresh };
  // The net effect per row, in seq order: a delete then a restore leaves the row.
  const nodes = netRows(
    fresh.filter((c) => c.entity === "node"),
    s.nodes,
  );
  const edges = netRows(
    fresh.filter((c) => c.entity === "edge"),
    s.edges,
  );
  const rows: Rows = {
    nodes: [...nodes.values()].filter((n): n is NodeDto => !!n),
    edges: [...edges.values()].filter((e): e is EdgeDto => !!e),
    deletedNodes: [...nodes].flatMap(([id, n]) => (n ? [] : [id])),
    deletedEdges: [...edges].flatMap(([id, e]) => (e ? [] : [id])),
  };
  const changed = nodes.size + edges.size > 0;
  return { patch: { ...(changed ? receiveRows(s, rows) : {}), seq: fresh.at(-1)!.seq }, fresh };
}

/** Each row's last state in `events` (null: deleted), where newer than the row we hold. */
function netRows<T extends { version: number }>(
  events: readonly LiveEvent[],
  held: Record<string, T>,
): Map<string, T | null> {
  const net = new Map<string, T | null>();
  for (const c of events) {
    const have = net.has(c.entityId) ? net.get(c.entityId) : held[c.entityId];
    const after = c.after as T | null;
    if (c.action === "delete") net.set(c.entityId, null);
    else if (after && (have?.version ?? 0) < after.version) net.set(c.entityId, after);
  }
  return net;
}

/**
 * The one selection setter. Selecting a node clears the connection's selection and vice versa;
 * leaving a field undefined keeps it. React Flow's `selected` flags follow in `derive`.
 */
export function setSelection(s: EditorData, sel: { node?: string | null; edge?: string | null }): Patch {
  let node = sel.node === undefined ? s.selectedNodeId : sel.node;
  let edge = sel.edge === undefined ? s.selectedEdgeId : sel.edge;
  if (sel.node) edge = null;
  else if (sel.edge) node = null;
  if (node === s.selectedNodeId && edge === s.selectedEdgeId) return {};
  return derive(s, { selectedNodeId: node, selectedEdgeId: edge }, []);
}

/**
 * What React Flow reports about nodes: selection (to the one setter), drag frames (into `drag`),
 * drops (the moves to commit, rounded), and its own measurements. Other changes do not apply.
 */
export function nodesChanged(
  s: EditorData,
  changes: readonly NodeChange<ArgumentRfNode>[],
): { patch: Patch; moves: Op[] } {
  let node = s.selectedNodeId;
  let selecting = false;
  let drag = s.drag;
  const touched: string[] = [];
  const dims: NodeDimensionChange[] = [];
  const moves: Op[] = [];
  for (const c of changes) {
    if (c.type === "select") {
      selecting = true;
      if (c.selected) node = c.id;
      else if (node === c.id) node = null;
    } else if (c.type === "dimensions") dims.push(c);
    else if (c.type === "position") {
      touched.push(c.id);
      const n = s.nodes[c.id];
      if (c.dragging === false) {
        const pos = c.position ?? drag[c.id];
        drag = without(drag, c.id);
        if (n && pos && (pos.x !== n.position.x || pos.y !== n.position.y)) {
          moves.push({
            op: "updateNode",
            id: c.id,
            version: n.version,
            patch: { position: { x: Math.round(pos.x), y: Math.round(pos.y) } },
          });
        }
      } else if (c.position && n) drag = { ...drag, [c.id]: { ...c.position } };
    }
  }
  const base = dims.length ? { ...s, rfNodes: measureRfNodes(s.rfNodes, dims, s.order) } : s;
  const sel = selecting ? setSelection(base, { node, edge: node ? null : s.selectedEdgeId }) : {};
  const patch = andThen(base, sel, (r) => (drag === s.drag && !touched.length ? {} : derive(r, { drag }, touched)));
  return { patch: base === s ? patch : { rfNodes: base.rfNodes, ...patch }, moves };
}

function without(drag: Record<string, XY>, id: string): Record<string, XY> {
  if (!(id in drag)) return drag;
  const { [id]: _gone, ...rest } = drag;
  return Object.keys(rest).length ? rest : NO_DRAG;
}

/** What React Flow reports about connections: only their selection applies (to the one setter). */
export function edgesChanged(s: EditorData, changes: readonly EdgeChange<RelationRfEdge>[]): Patch {
  let edge = s.selectedEdgeId;
  let selecting = false;
  for (const c of changes) {
    if (c.type !== "select" || !s.edges[c.id]) continue;
    selecting = true;
    if (c.selected) edge = c.id;
    else if (edge === c.id) edge = null;
  }
  return selecting ? setSelection(s, { edge, node: edge ? null : s.selectedNodeId }) : {};
}

/**
 * Take the last entry off the undo (or redo) stack: the ops that restore it, to commit as a batch
 * that is not itself undoable. Null when there is nothing to undo (or redo), or no right to.
 */
export function unwind(
  s: EditorData,
  direction: "undo" | "redo",
): { patch: Patch; ops: Op[]; moved: StackMove } | null {
  const from = direction === "undo" ? s.undoStack : s.redoStack;
  const entry = from.at(-1);
  if (!entry || !s.canEdit) return null;
  const ops = opsToRestore(graphOf(s), entry, direction);
  const patch: Patch =
    direction === "undo"
      ? { undoStack: s.undoStack.slice(0, -1), redoStack: [...s.redoStack, entry] }
      : { redoStack: s.redoStack.slice(0, -1), undoStack: [...s.undoStack, entry] };
  return { patch, ops, moved: { entry, direction } };
}

/** "Keep mine" re-applies my fields over the server's current row; "keep theirs" just closes. */
export function resolution(s: EditorData, keep: "mine" | "theirs"): { patch: Patch; ops: Op[] } {
  const c = s.conflict;
  if (!c) return { patch: {}, ops: [] };
  const current = s.nodes[c.nodeId];
  if (keep === "theirs" || !current) return { patch: { conflict: null }, ops: [] };
  const { id: _id, version: _v, ...fields } = c.mine;
  return {
    patch: { conflict: null },
    ops: [{ op: "updateNode", id: c.nodeId, version: current.version, patch: fields }],
  };
}
