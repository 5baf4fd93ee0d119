"use client";
import { memo } from "react";
import type { SourceSummaryDto } from "@/lib/domain/schemas";

/** One source in the library: title, who and where, how many cards quote it, and its rights. */
function SourceListItemImpl({
  source,
  cards,
  onOpen,
}: {
  source: SourceSummaryDto;
  cards: number;
  onOpen: (id: string) => void;
}) {
  const byline = [source.author, source.publication, source.date].filter(Boolean).join(" · ");
  return (
    <li>
      <button
        type="button"
        className="source-item"
        onClick={() => onOpen(source.id)}
        data-testid="source-item"
        data-source-id={source.id}
      >
        <span className="source-item-title">{source.title}</span>
        {byline && <span className="small muted">{byline}</span>}
        <span className="row small">
          <span className="badge" data-testid="source-card-count">
            {cards === 1 ? "1 card" : `${cards} cards`}
          </span>
          <span className="muted">{Math.max(1, Math.round(source.length / 1000))}k characters</span>
        </span>
        {source.attribution && <span className="source-item-attribution small muted">{source.attribution}</span>}
      </button>
    </li>
  );
}

export const SourceListItem = memo(SourceListItemImpl);
