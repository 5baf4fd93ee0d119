"use client";
import { useMemo } from "react";
import type { NodeDto } from "@/lib/domain/schemas";
import { connectionName } from "@/lib/domain/argument-names";
import { useEditor } from "./editor-context";
import type { RelationRfEdge } from "./to-flow";

const named = new WeakMap<RelationRfEdge, RelationRfEdge>();
const unlabelled = new WeakMap<RelationRfEdge, RelationRfEdge>();

/**
 * The edge list with an accessible name on each connection built from the two titles
 * ("'A' rebuts 'B'"); React Flow would otherwise announce "Edge from <id> to <id>". An edge
 * whose name did not change keeps its object, so React Flow does not redraw it. Without `labels`
 * the relation words are left out (the overview hides them) and React Flow has none to measure.
 */
export function useEdgeNames(edges: RelationRfEdge[], labels = true): RelationRfEdge[] {
  const nodes = useEditor((s) => s.nodes);
  return useMemo(
    () =>
      edges.map((e) => {
        const ariaLabel = nameOf(e, nodes);
        const old = named.get(e);
        let next = old && old.ariaLabel === ariaLabel ? old : { ...e, ariaLabel };
        if (next !== old) named.set(e, next);
        if (!labels) {
          const bare = unlabelled.get(next) ?? { ...next, label: undefined };
          unlabelled.set(next, bare);
          next = bare;
        }
        return next;
      }),
    [edges, nodes, labels],
  );
}

function nameOf(e: RelationRfEdge, nodes: Readonly<Record<string, NodeDto>>): string {
  return connectionName(nodes[e.source]?.title, e.data?.relation ?? "supports", nodes[e.target]?.title);
}
