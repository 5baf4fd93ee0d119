"use client";
import { memo } from "react";
import { SourceCardItem } from "./source-card-item";
import type { SourceCard } from "./use-source-cards";

/** The cards cut from the open source, in the order of their passages; a click shows one. */
function SourceCardsImpl({
  cards,
  canEdit,
  onShow,
}: {
  cards: SourceCard[];
  canEdit: boolean;
  onShow: (id: string) => void;
}) {
  const orphans = cards.filter((c) => c.evidence.status === "orphaned").length;
  return (
    <details className="reader-cards" open data-testid="reader-cards">
      <summary>
        Cards from this source <span className="badge">{cards.length}</span>
        {orphans > 0 && <span className="badge anchor-badge anchor-orphaned">{orphans} orphaned</span>}
      </summary>
      {cards.length === 0 ? (
        <p className="muted small">
          {canEdit
            ? "No cards yet. Select a passage below, then “Cut card”."
            : "No cards have been cut from this source yet."}
        </p>
      ) : (
        <ul>
          {cards.map((c) => (
            <SourceCardItem key={c.id} id={c.id} evidence={c.evidence} color={c.color} onShow={onShow} />
          ))}
        </ul>
      )}
    </details>
  );
}

export const SourceCards = memo(SourceCardsImpl);
