"use client";
import { useEditor } from "@/lib/client/editor/editor-context";
import { useReader, useReaderStore } from "@/lib/client/reader/reader-context";

/**
 * An evidence argument with no quote yet (made with + Evidence or E, or imported without one): how
 * to give it its words. Cutting a passage while it is selected fills it (cut-card-dialog.tsx).
 */
export function CardToCut() {
  const reader = useReaderStore();
  const canEdit = useEditor((s) => s.canEdit);
  const open = useReader((s) => s.open);
  return (
    <section className="stack claim-evidence" aria-label="Card" data-testid="card-to-cut">
      <h3>Card</h3>
      <p className="muted small">
        No quote yet.
        {canEdit &&
          (open
            ? " Select the card’s words in a source and press Enter: they fill this card."
            : " Open the sources, select the card’s words in a document and press Enter: they fill this card.")}
      </p>
      {canEdit && !open && (
        <button type="button" className="btn" onClick={() => reader.getState().toggle(true)}>
          Open the sources
        </button>
      )}
    </section>
  );
}
