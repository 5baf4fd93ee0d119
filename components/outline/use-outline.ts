"use client";
import { useMemo } from "react";
import { useEditor } from "@/lib/client/editor/editor-context";
import { useEvaluation } from "@/lib/client/editor/use-evaluation";
import { edgesOf } from "@/lib/client/editor/adjacency";
import { argumentName } from "@/lib/domain/argument-names";
import { dropLabel, STATUS_LABEL } from "@/lib/domain/evaluation";
import { navIndex, outlineRows, type OutlineRow } from "@/lib/domain/map-navigation";
import type { Relation } from "@/lib/domain/vocabulary";

export type OutlineItem = OutlineRow & {
  name: string;
  relation: Relation | null;
  hasChildren: boolean;
};

/** The outline's rows with their accessible names, recomputed when the graph changes (live edits too). */
export function useOutline(): OutlineItem[] {
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const order = useEditor((s) => s.order);
  const evaluation = useEvaluation();
  return useMemo(() => {
    const index = navIndex(Object.values(nodes), Object.values(edges));
    const rows = outlineRows(index, order);
    const parentsWithKids = new Set(rows.map((r) => r.parent));
    return rows.map((r) => {
      const n = nodes[r.id]!;
      const edge = r.parent ? edgesOf(edges, r.id).find((e) => e.source === r.id && e.target === r.parent) : undefined;
      const ev = evaluation.get(r.id);
      return {
        ...r,
        relation: edge?.relation ?? null,
        hasChildren: parentsWithKids.has(r.id),
        name: argumentName({
          side: n.side,
          kind: n.kind,
          title: n.title,
          status: ev ? STATUS_LABEL[ev.status] : null,
          dropped: ev?.dropped ? dropLabel(ev) : null,
          relation: edge?.relation ?? null,
          parentTitle: r.parent ? nodes[r.parent]?.title : null,
        }),
      };
    });
  }, [nodes, edges, order, evaluation]);
}
