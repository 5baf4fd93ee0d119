"use client";
import { memo } from "react";
import { useEditor } from "@/lib/client/editor/editor-context";

/** "Defense One 15 — “Title,” …" → "Defense One 15": the short cite a debater writes on a flow. */
export function shortCite(cite: string): string {
  const head = cite.split(/\s+[—–]\s+|\s+-\s+/)[0]!.trim();
  return head.length > 40 ? `${head.slice(0, 39)}…` : head;
}

const CardLine = memo(function CardLine({ id }: { id: string }) {
  const card = useEditor((s) => s.nodes[id]);
  if (!card) return null;
  const cite = card.evidence ? shortCite(card.evidence.cite) : "";
  return (
    <li
      className="fc-card"
      title={card.evidence ? `${card.title}\n\n“${card.evidence.quote}”\n\n${card.evidence.cite}` : card.title}
    >
      — <b>{cite || "card"}</b> <span className="fc-card-tag">{card.title}</span>
    </li>
  );
});

/** The evidence cards read for an argument, one line each, under it in its cell. */
export function CardLines({ ids }: { ids: string }) {
  if (!ids) return null;
  return (
    <ul className="fc-cards" aria-label="Evidence">
      {ids.split(" ").map((id) => (
        <CardLine key={id} id={id} />
      ))}
    </ul>
  );
}
