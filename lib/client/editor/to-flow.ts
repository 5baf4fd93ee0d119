import { MarkerType, type Edge, type Node, type NodeDimensionChange } from "@xyflow/react";
import type { EdgeDto, NodeDto } from "@/lib/domain/schemas";
import { estimateSize } from "@/lib/domain/layout";

export type ArgumentRfNode = Node<{ side: NodeDto["side"] }, "argument">;
export type RelationRfEdge = Edge<{ relation: EdgeDto["relation"] }>;
export type XY = { x: number; y: number };

/**
 * What React Flow's node list is derived from, and nothing else: the rows (whose `position` is the
 * one stored position), the one selection, and the positions of a drag still in progress.
 */
export type RfNodeSource = {
  nodes: Readonly<Record<string, NodeDto>>;
  order: readonly string[];
  selectedNodeId: string | null;
  drag: Readonly<Record<string, XY>>;
};

// What every entry of a side (or relation) holds alike, shared and frozen: a big map's first state
// builds 20,000 nodes and 21,667 edges, and these were three objects and a string more apiece.
const SIDE_DATA = {
  aff: Object.freeze({ side: "aff" }),
  neg: Object.freeze({ side: "neg" }),
  neutral: Object.freeze({ side: "neutral" }),
} satisfies Record<NodeDto["side"], ArgumentRfNode["data"]>;

/**
 * One entry of React Flow's list, the old object when nothing it shows changed. A drag frame moves
 * the object React Flow measured (as applyNodeChanges does); a row that moved starts afresh.
 */
function rfNodeOf(old: ArgumentRfNode | undefined, n: NodeDto, src: RfNodeSource): ArgumentRfNode {
  const drag = src.drag[n.id];
  const pos = drag ?? n.position;
  const selected = src.selectedNodeId === n.id;
  const dragging = drag !== undefined;
  const sameSide = old?.data.side === n.side;
  if (old && sameSide && old.position.x === pos.x && old.position.y === pos.y) {
    return !!old.selected === selected && !!old.dragging === dragging ? old : { ...old, selected, dragging };
  }
  if (old && sameSide && dragging) return { ...old, position: { ...pos }, selected, dragging };
  // A size estimate lets React Flow show the node in its first paint instead of hiding it until
  // its measure pass (bench/open-trace.md); the measured size replaces it a frame later.
  const size = estimateSize(n);
  return {
    id: n.id,
    type: "argument" as const,
    position: { ...pos },
    data: SIDE_DATA[n.side],
    selected,
    initialWidth: size.width,
    initialHeight: size.height,
  };
}

/**
 * React Flow's node list holds only id, type, position, selection and side (for the minimap): node
 * components read the argument itself from the store, so an edit re-renders one node and a drag
 * touches one object. Unchanged entries (and the list itself) keep their identity.
 */
export function syncRfNodes(prev: readonly ArgumentRfNode[], src: RfNodeSource): ArgumentRfNode[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  let changed = prev.length !== src.order.length;
  const next = src.order.map((id, i) => {
    const old = byId.get(id);
    const entry = rfNodeOf(old, src.nodes[id]!, src);
    if (entry !== prev[i]) changed = true;
    return entry;
  });
  return changed ? next : (prev as ArgumentRfNode[]);
}

const indexes = new WeakMap<readonly string[], Map<string, number>>();

/** Where each id sits in `order` (built once per order: a drag frame must not scan 20,000 ids). */
function indexOf(order: readonly string[]): Map<string, number> {
  let index = indexes.get(order);
  if (!index) {
    index = new Map(order.map((id, i) => [id, i]));
    indexes.set(order, index);
  }
  return index;
}

/**
 * Re-derive only the entries of `ids` (a selection, a drag frame, an edited row) in a list that is
 * already in `src.order`: one copy of the array at most, no pass over the other entries.
 */
export function patchRfNodes(
  prev: readonly ArgumentRfNode[],
  ids: Iterable<string>,
  src: RfNodeSource,
): ArgumentRfNode[] {
  const index = indexOf(src.order);
  let next: ArgumentRfNode[] | null = null;
  for (const id of ids) {
    const i = index.get(id);
    const n = src.nodes[id];
    if (i === undefined || !n) continue;
    const old = (next ?? prev)[i]!;
    const entry = rfNodeOf(old, n, src);
    if (entry !== old) (next ??= prev.slice())[i] = entry;
  }
  return next ?? (prev as ArgumentRfNode[]);
}

/** React Flow's own measurements (the sizes it found in the DOM), as applyNodeChanges records them. */
export function measureRfNodes(
  prev: readonly ArgumentRfNode[],
  changes: readonly NodeDimensionChange[],
  order: readonly string[],
): ArgumentRfNode[] {
  const index = indexOf(order);
  let next: ArgumentRfNode[] | null = null;
  for (const c of changes) {
    const i = index.get(c.id);
    if (i === undefined) continue;
    const n: ArgumentRfNode = { ...(next ?? prev)[i]! };
    if (c.dimensions) {
      n.measured = { ...c.dimensions };
      if (c.setAttributes === true || c.setAttributes === "width") n.width = c.dimensions.width;
      if (c.setAttributes === true || c.setAttributes === "height") n.height = c.dimensions.height;
    }
    if (typeof c.resizing === "boolean") n.resizing = c.resizing;
    (next ??= prev.slice())[i] = n;
  }
  return next ?? (prev as ArgumentRfNode[]);
}

const RELATION_LABEL: Record<EdgeDto["relation"], string> = {
  supports: "supports",
  rebuts: "rebuts",
  undercuts: "undercuts",
  turns: "turns",
  extends: "extends",
  premise: "premise",
  contradicts: "contradicts",
};

const ARROW = Object.freeze({ type: MarkerType.ArrowClosed, width: 18, height: 18 });
const RELATION = Object.fromEntries(
  Object.keys(RELATION_LABEL).map((r) => [r, { data: Object.freeze({ relation: r }), className: `rel rel-${r}` }]),
) as Record<EdgeDto["relation"], { data: RelationRfEdge["data"]; className: string }>;

export function toRfEdge(e: EdgeDto, selected = false): RelationRfEdge {
  const { data, className } = RELATION[e.relation];
  return {
    id: e.id,
    type: "relation",
    source: e.source,
    target: e.target,
    label: RELATION_LABEL[e.relation],
    data,
    className,
    markerEnd: ARROW,
    selected,
  };
}

/** React Flow's edge list, derived from the rows and the one selected connection. */
export function syncRfEdges(
  prev: readonly RelationRfEdge[],
  edges: Readonly<Record<string, EdgeDto>>,
  selectedEdgeId: string | null,
): RelationRfEdge[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  return Object.values(edges).map((e) => {
    const old = byId.get(e.id);
    const selected = e.id === selectedEdgeId;
    if (old && old.data?.relation === e.relation && old.source === e.source && old.target === e.target) {
      return !!old.selected === selected ? old : { ...old, selected };
    }
    return toRfEdge(e, selected);
  });
}

/** The same list with only the selection re-derived (the rows did not change). */
export function selectRfEdges(prev: readonly RelationRfEdge[], selectedEdgeId: string | null): RelationRfEdge[] {
  let changed = false;
  const next = prev.map((e) => {
    const selected = e.id === selectedEdgeId;
    if (!!e.selected === selected) return e;
    changed = true;
    return { ...e, selected };
  });
  return changed ? next : (prev as RelationRfEdge[]);
}
