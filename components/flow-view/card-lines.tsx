"use client";
import { memo } from "react";
import { shortCiteOf } from "@/lib/domain/cite";
import { useEditor } from "@/lib/client/editor/editor-context";

/** The short cite a debater writes on a flow: the map's ("Defense One 15"), kept to a line. */
function flowCite(e: Parameters<typeof shortCiteOf>[0]): string {
  const head = shortCiteOf(e);
  return head.length > 40 ? `${head.slice(0, 39)}…` : head;
}

const CardLine = memo(function CardLine({ id }: { id: string }) {
  const card = useEditor((s) => s.nodes[id]);
  if (!card) return null;
  const cite = card.evidence ? flowCite(card.evidence) : "";
  return (
    <li
      className="fc-card"
      title={card.evidence ? `${card.title}\n\n“${card.evidence.quote}”\n\n${card.evidence.cite}` : card.title}
    >
      — {card.evidence ? <b>{cite || "card"}</b> : <i className="muted">no quote yet</i>}{" "}
      <span className="fc-card-tag">{card.title}</span>
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
