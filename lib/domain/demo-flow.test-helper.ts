import * as demo from "@/prisma/seed-data/tajikistan";
import type { FlowEdge, FlowNode } from "./flow-layout";

/** The seeded Tajikistan debate as the flow layout reads it (for tests). */
export function demoFlow(): { nodes: FlowNode[]; edges: FlowEdge[] } {
  return {
    nodes: demo.nodes.map((n) => ({ id: n.key, kind: n.kind, side: n.side, speech: n.speech ?? null })),
    edges: demo.edges.map((e) => ({ source: e.from, target: e.to, relation: e.relation })),
  };
}
