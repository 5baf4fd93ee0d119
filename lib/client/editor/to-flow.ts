import { MarkerType, type Edge, type Node } from "@xyflow/react";
import type { EdgeDto, NodeDto } from "@/lib/domain/schemas";

export type ArgumentRfNode = Node<{ side: NodeDto["side"] }, "argument">;
export type RelationRfEdge = Edge<{ relation: EdgeDto["relation"] }>;

/**
 * React Flow's node list holds only id, type, position, selection and side (for the minimap): node
 * components read the argument itself from the store, so an edit re-renders one node and a drag
 * touches one object.
 */
export function syncRfNodes(prev: readonly ArgumentRfNode[], nodes: Record<string, NodeDto>, order: readonly string[]): ArgumentRfNode[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  let changed = prev.length !== order.length;
  const next = order.map((id, i) => {
    const n = nodes[id]!;
    const old = byId.get(id);
    if (old && old.position.x === n.position.x && old.position.y === n.position.y && old.data.side === n.side) {
      if (prev[i] !== old) changed = true;
      return old;
    }
    changed = true;
    return { id, type: "argument" as const, position: { ...n.position }, data: { side: n.side }, selected: old?.selected ?? false };
  });
  return changed ? next : (prev as ArgumentRfNode[]);
}

const RELATION_LABEL: Record<EdgeDto["relation"], string> = {
  supports: "supports",
  rebuts: "rebuts",
  undercuts: "undercuts",
  turns: "turns",
  extends: "extends",
};

export function toRfEdge(e: EdgeDto, selected = false): RelationRfEdge {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    label: RELATION_LABEL[e.relation],
    data: { relation: e.relation },
    className: `rel rel-${e.relation}`,
    markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
    selected,
  };
}

export function syncRfEdges(prev: readonly RelationRfEdge[], edges: Record<string, EdgeDto>): RelationRfEdge[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  return Object.values(edges).map((e) => {
    const old = byId.get(e.id);
    if (old && old.data?.relation === e.relation && old.source === e.source && old.target === e.target) return old;
    return toRfEdge(e, old?.selected ?? false);
  });
}
