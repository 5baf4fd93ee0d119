import type { EdgeDto, NodeDto, NodeGroupDto } from "./schemas";
import { packRows, unpackRows, type RowTable } from "./compact-rows";

/**
 * What the flow sheet loads (`GET /api/debates/{id}/flow`): the graph as of change `seq`, its
 * arguments and connections as row tables (the keys once), without the sources' list, which the
 * sheet does not show. Every row is whole, so an edit, an undo or a conflict on the sheet works
 * on the same rows as the map's.
 */
export type FlowGraphWire = {
  seq: number;
  nodes: RowTable<NodeDto>;
  edges: RowTable<EdgeDto>;
  groups: NodeGroupDto[];
};

/**
 * The first threads of a big debate's sheet (`?part=head`, see lib/domain/flow-head.ts): the same
 * tables, and how much the whole sheet holds, so the page can paint them while the rest loads.
 */
export type FlowHeadWire = FlowGraphWire & { head: { total: number; rows: number } };

export type FlowGraph = { seq: number; nodes: NodeDto[]; edges: EdgeDto[]; groups: NodeGroupDto[] };

export function packFlowGraph(g: FlowGraph): FlowGraphWire {
  return { seq: g.seq, nodes: packRows(g.nodes), edges: packRows(g.edges), groups: g.groups };
}

export function unpackFlowGraph(w: FlowGraphWire): FlowGraph {
  return { seq: w.seq, nodes: unpackRows(w.nodes), edges: unpackRows(w.edges), groups: w.groups };
}

/** The URL of a debate's flow data (the page preloads it with the same mode and credentials as the fetch). */
export const flowDataUrl = (id: string) => `/api/debates/${encodeURIComponent(id)}/flow`;

/** The URL of the first threads of a debate's flow (see FlowHeadWire). */
export const flowHeadUrl = (id: string) => `${flowDataUrl(id)}?part=head`;
