"use client";
import { useMemo } from "react";
import { useShallow } from "zustand/shallow";
import type { Evidence } from "@/lib/domain/schemas";
import { useEditor } from "@/lib/client/editor/editor-context";
import type { CardSpan } from "@/lib/client/reader/source-spans";

export type SourceCard = { id: string; evidence: Evidence; color: number };

/**
 * The cards quoting one source, in the order of their place in it, with their colour index, and
 * the spans the reader highlights (orphaned cards have no place in the current text).
 */
export function useSourceCards(sourceId: string): {
  cards: SourceCard[];
  spans: CardSpan[];
  colorOf: Map<string, number>;
} {
  const ids = useEditor(useShallow((s) => s.order.filter((id) => s.nodes[id]?.evidence?.sourceId === sourceId)));
  const evidence = useEditor(useShallow((s) => ids.map((id) => s.nodes[id]?.evidence ?? null)));
  return useMemo(() => {
    const cards = ids
      .map((id, i) => ({ id, evidence: evidence[i]! }))
      .filter((c) => c.evidence)
      .sort((a, b) => a.evidence.start - b.evidence.start || b.evidence.end - a.evidence.end)
      .map((c, color) => ({ ...c, color }));
    const spans = cards
      .filter((c) => c.evidence.status !== "orphaned")
      .map((c) => ({ id: c.id, start: c.evidence.start, end: c.evidence.end }));
    return { cards, spans, colorOf: new Map(cards.map((c) => [c.id, c.color])) };
  }, [ids, evidence]);
}
