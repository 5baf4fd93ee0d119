// The seeded Tajikistan debate as an evaluation graph (node ids are the seed keys).
import * as demo from "@/prisma/seed-data/tajikistan";
import type { EdgeDto, NodeDto } from "../../schemas";

export function demoGraph(): { nodes: NodeDto[]; edges: EdgeDto[] } {
  return {
    nodes: demo.nodes.map((n) => ({
      id: n.key,
      kind: n.kind,
      side: n.side,
      role: n.role ?? null,
      speech: n.speech ?? null,
      responseType: n.responseType ?? null,
      title: n.title,
      body: n.body ?? "",
      position: { x: 0, y: 0 },
      version: 1,
      evidence: null,
    })),
    edges: demo.edges.map((e, i) => ({ id: `d${i}`, source: e.from, target: e.to, relation: e.relation, version: 1 })),
  };
}
