"use client";
import { applyNodeChanges, type EdgeChange, type NodeChange } from "@xyflow/react";
import { createStore } from "zustand/vanilla";
import { applyOps, diffGraphs, GraphOpError, opsToRestore, type Graph, type RowChange } from "@/lib/domain/graph";
import type { DebateDto, EdgeDto, NodeDto, Op } from "@/lib/domain/schemas";
import { api, ApiError } from "@/lib/client/api";
import { syncRfEdges, syncRfNodes, type ArgumentRfNode, type RelationRfEdge } from "./to-flow";

export type Conflict = { nodeId: string; mine: NodeDto; theirs: NodeDto; message: string };
type OpResult = { node?: NodeDto; edge?: EdgeDto; deleted?: { nodes: string[]; edges: string[] } };

export type EditorState = {
  debateId: string;
  canEdit: boolean;
  nodes: Record<string, NodeDto>;
  order: string[];
  edges: Record<string, EdgeDto>;
  rfNodes: ArgumentRfNode[];
  rfEdges: RelationRfEdge[];
  selectedNodeId: string | null;
  selectedEdgeId: string | null;
  undoStack: RowChange[][];
  redoStack: RowChange[][];
  inFlight: number;
  error: string | null;
  conflict: Conflict | null;
  pendingConnection: { source: string; target: string } | null;
  /** who else has this debate open, and whether the live stream is connected */
  presence: { id: string; name: string }[];
  live: "connecting" | "live" | "reconnecting";
  /** Rows changed by anyone, from the live stream: applied only when newer than what we hold. */
  receiveChanges: (changes: { entity: string; entityId: string; action: string; after: unknown }[]) => void;
  setPresence: (people: { id: string; name: string }[]) => void;
  setLive: (live: EditorState["live"]) => void;

  /** Apply ops locally at once, then on the server in order; a refused batch is rolled back. */
  commit: (ops: Op[], opts?: { undoable?: boolean }) => boolean;
  /** Rows that arrived from the server (our own results, or someone else's changes). */
  receive: (rows: { nodes?: NodeDto[]; edges?: EdgeDto[]; deletedNodes?: string[]; deletedEdges?: string[] }) => void;
  onNodesChange: (changes: NodeChange<ArgumentRfNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<RelationRfEdge>[]) => void;
  select: (nodeId: string | null) => void;
  selectEdge: (edgeId: string | null) => void;
  undo: () => void;
  redo: () => void;
  setPendingConnection: (c: { source: string; target: string } | null) => void;
  resolveConflict: (keep: "mine" | "theirs") => void;
  dismissError: () => void;
};

export type EditorStore = ReturnType<typeof createEditorStore>;

/** One store per editor, created by this factory and handed down through context. */
export function createEditorStore(debate: DebateDto, canEdit: boolean) {
  let queue: Promise<void> = Promise.resolve();

  return createStore<EditorState>()((set, get) => {
    const graphOf = (s: EditorState): Graph => ({ nodes: s.order.map((id) => s.nodes[id]!), edges: Object.values(s.edges) });

    const setGraph = (g: Graph, extra: Partial<EditorState> = {}) => {
      const s = get();
      const nodes = Object.fromEntries(g.nodes.map((n) => [n.id, n]));
      const edges = Object.fromEntries(g.edges.map((e) => [e.id, e]));
      const order = g.nodes.map((n) => n.id);
      set({
        nodes,
        edges,
        order,
        rfNodes: syncRfNodes(s.rfNodes, nodes, order),
        rfEdges: syncRfEdges(s.rfEdges, edges),
        selectedNodeId: s.selectedNodeId && nodes[s.selectedNodeId] ? s.selectedNodeId : null,
        selectedEdgeId: s.selectedEdgeId && edges[s.selectedEdgeId] ? s.selectedEdgeId : null,
        ...extra,
      });
    };

    /**
     * Replace some existing arguments' rows, touching nothing else: no graph rebuild, so a title
     * typed on a map of 20,000 arguments costs one record copy, not a dozen passes over the graph.
     */
    const patchNodes = (updated: NodeDto[], extra: Partial<EditorState> = {}) => {
      const s = get();
      const nodes = { ...s.nodes };
      let moved = false;
      for (const n of updated) {
        const old = s.nodes[n.id]!;
        moved ||= old.position.x !== n.position.x || old.position.y !== n.position.y || old.side !== n.side;
        nodes[n.id] = n;
      }
      set({ nodes, rfNodes: moved ? syncRfNodes(s.rfNodes, nodes, s.order) : s.rfNodes, ...extra });
    };

    /** Put the rows of `changes` back to their `before` state (roll back an optimistic batch). */
    const rollBack = (changes: RowChange[]) => {
      const g = graphOf(get());
      const nodes = new Map(g.nodes.map((n) => [n.id, n]));
      const edges = new Map(g.edges.map((e) => [e.id, e]));
      for (const c of changes) {
        const map = (c.type === "node" ? nodes : edges) as Map<string, NodeDto | EdgeDto>;
        if (c.before) map.set(c.id, c.before);
        else map.delete(c.id);
      }
      setGraph({ nodes: [...nodes.values()] as NodeDto[], edges: [...edges.values()] as EdgeDto[] });
    };

    const send = (ops: Op[], changes: RowChange[]) => {
      set((s) => ({ inFlight: s.inFlight + 1 }));
      queue = queue.then(async () => {
        try {
          const { results } = await api<{ results: OpResult[] }>(`/api/debates/${debate.id}/ops`, { method: "POST", body: { ops } });
          get().receive({
            nodes: results.flatMap((r) => (r.node ? [r.node] : [])),
            edges: results.flatMap((r) => (r.edge ? [r.edge] : [])),
          });
        } catch (err) {
          rollBack(changes);
          set((s) => ({ undoStack: s.undoStack.filter((u) => u !== changes) }));
          const current = (err as ApiError).details as { current?: NodeDto } | undefined;
          if (err instanceof ApiError && err.status === 409 && current?.current && "kind" in current.current) {
            const theirs = current.current;
            const mine = changes.find((c) => c.type === "node" && c.id === theirs.id)?.after as NodeDto | undefined;
            get().receive({ nodes: [theirs] });
            if (mine) set({ conflict: { nodeId: theirs.id, mine, theirs, message: err.message } });
            else set({ error: err.message });
          } else {
            set({ error: err instanceof Error ? err.message : "the change could not be saved" });
          }
        } finally {
          set((s) => ({ inFlight: s.inFlight - 1 }));
        }
      });
    };

    return {
      debateId: debate.id,
      canEdit,
      nodes: Object.fromEntries(debate.nodes.map((n) => [n.id, n])),
      order: debate.nodes.map((n) => n.id),
      edges: Object.fromEntries(debate.edges.map((e) => [e.id, e])),
      rfNodes: syncRfNodes([], Object.fromEntries(debate.nodes.map((n) => [n.id, n])), debate.nodes.map((n) => n.id)),
      rfEdges: syncRfEdges([], Object.fromEntries(debate.edges.map((e) => [e.id, e]))),
      selectedNodeId: null,
      selectedEdgeId: null,
      undoStack: [],
      redoStack: [],
      inFlight: 0,
      error: null,
      conflict: null,
      pendingConnection: null,
      presence: [],
      live: "connecting",

      receiveChanges(changes) {
        const s = get();
        const nodes: NodeDto[] = [];
        const edges: EdgeDto[] = [];
        const deletedNodes: string[] = [];
        const deletedEdges: string[] = [];
        for (const c of changes) {
          if (c.entity === "node") {
            if (c.action === "delete") deletedNodes.push(c.entityId);
            else if (c.after && (s.nodes[c.entityId]?.version ?? 0) < (c.after as NodeDto).version) nodes.push(c.after as NodeDto);
          } else if (c.entity === "edge") {
            if (c.action === "delete") deletedEdges.push(c.entityId);
            else if (c.after && (s.edges[c.entityId]?.version ?? 0) < (c.after as EdgeDto).version) edges.push(c.after as EdgeDto);
          }
        }
        if (nodes.length + edges.length + deletedNodes.length + deletedEdges.length) get().receive({ nodes, edges, deletedNodes, deletedEdges });
      },

      setPresence(people) {
        set({ presence: people });
      },

      setLive(live) {
        set({ live });
      },

      commit(ops, opts = {}) {
        if (!get().canEdit || ops.length === 0) return false;
        const s = get();
        // Field edits of existing arguments (the common case) apply to just those rows.
        const fieldsOnly = ops.every((o) => o.op === "updateNode" && s.nodes[o.id]);
        const before: Graph = fieldsOnly
          ? { nodes: [...new Set(ops.map((o) => (o as { id: string }).id))].map((id) => s.nodes[id]!), edges: [] }
          : graphOf(s);
        let after: Graph;
        try {
          after = applyOps(before, ops);
        } catch (e) {
          set({ error: e instanceof GraphOpError ? e.message : "that change is not possible" });
          return false;
        }
        const changes = diffGraphs(before, after);
        const extra = opts.undoable === false ? {} : { undoStack: [...s.undoStack.slice(-199), changes], redoStack: [] };
        if (fieldsOnly) patchNodes(after.nodes, extra);
        else setGraph(after, extra);
        send(ops, changes);
        return true;
      },

      receive(rows) {
        const s = get();
        const updates = rows.nodes ?? [];
        if (!rows.edges?.length && !rows.deletedEdges?.length && !rows.deletedNodes?.length && updates.every((n) => s.nodes[n.id])) {
          if (updates.length) patchNodes(updates);
          return;
        }
        const g = graphOf(s);
        const nodes = new Map(g.nodes.map((n) => [n.id, n]));
        const edges = new Map(g.edges.map((e) => [e.id, e]));
        for (const n of rows.nodes ?? []) nodes.set(n.id, n);
        for (const e of rows.edges ?? []) edges.set(e.id, e);
        for (const id of rows.deletedEdges ?? []) edges.delete(id);
        for (const id of rows.deletedNodes ?? []) {
          nodes.delete(id);
          for (const [eid, e] of edges) if (e.source === id || e.target === id) edges.delete(eid);
        }
        setGraph({ nodes: [...nodes.values()], edges: [...edges.values()] });
      },

      onNodesChange(changes) {
        const s = get();
        const moved: Op[] = [];
        let selected = s.selectedNodeId;
        for (const c of changes) {
          if (c.type === "select") {
            if (c.selected) selected = c.id;
            else if (selected === c.id) selected = null;
          }
          if (c.type === "position" && c.dragging === false) {
            const n = s.nodes[c.id];
            const rf = s.rfNodes.find((r) => r.id === c.id);
            const pos = c.position ?? rf?.position;
            if (n && pos && (pos.x !== n.position.x || pos.y !== n.position.y)) {
              moved.push({ op: "updateNode", id: c.id, version: n.version, patch: { position: { x: Math.round(pos.x), y: Math.round(pos.y) } } });
            }
          }
        }
        const relevant = changes.filter((c) => c.type === "position" || c.type === "select" || c.type === "dimensions");
        if (relevant.length) set({ rfNodes: applyNodeChanges(relevant, s.rfNodes), selectedNodeId: selected, selectedEdgeId: selected ? null : s.selectedEdgeId });
        if (moved.length) get().commit(moved);
      },

      onEdgesChange(changes) {
        let selected = get().selectedEdgeId;
        let touched = false;
        const rfEdges = get().rfEdges.map((e) => {
          const c = changes.find((x) => x.type === "select" && x.id === e.id);
          if (!c || c.type !== "select") return e;
          touched = true;
          if (c.selected) selected = e.id;
          else if (selected === e.id) selected = null;
          return { ...e, selected: c.selected };
        });
        if (touched) set({ rfEdges, selectedEdgeId: selected });
      },

      select(nodeId) {
        set((s) => ({
          selectedNodeId: nodeId,
          selectedEdgeId: null,
          rfNodes: s.rfNodes.map((n) => (n.selected === (n.id === nodeId) ? n : { ...n, selected: n.id === nodeId })),
          rfEdges: s.rfEdges.map((e) => (e.selected ? { ...e, selected: false } : e)),
        }));
      },

      selectEdge(edgeId) {
        set((s) => ({
          selectedEdgeId: edgeId,
          selectedNodeId: null,
          rfEdges: s.rfEdges.map((e) => (!!e.selected === (e.id === edgeId) ? e : { ...e, selected: e.id === edgeId })),
          rfNodes: s.rfNodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
        }));
      },

      undo() {
        const s = get();
        const last = s.undoStack.at(-1);
        if (!last || !s.canEdit) return;
        const ops = opsToRestore(graphOf(s), last, "undo");
        set({ undoStack: s.undoStack.slice(0, -1), redoStack: [...s.redoStack, last] });
        get().commit(ops, { undoable: false });
      },

      redo() {
        const s = get();
        const next = s.redoStack.at(-1);
        if (!next || !s.canEdit) return;
        const ops = opsToRestore(graphOf(s), next, "redo");
        set({ redoStack: s.redoStack.slice(0, -1), undoStack: [...s.undoStack, next] });
        get().commit(ops, { undoable: false });
      },

      setPendingConnection(c) {
        set({ pendingConnection: c });
      },

      resolveConflict(keep) {
        const c = get().conflict;
        if (!c) return;
        set({ conflict: null });
        if (keep === "mine") {
          const { id: _id, version: _v, ...fields } = c.mine;
          const current = get().nodes[c.nodeId];
          if (current) get().commit([{ op: "updateNode", id: c.nodeId, version: current.version, patch: fields }]);
        }
      },

      dismissError() {
        set({ error: null });
      },
    };
  });
}
