"use client";
import { useState } from "react";
import type { SourceSummaryDto } from "@/lib/domain/schemas";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { useReaderStore } from "@/lib/client/reader/reader-context";
import { deleteSource, type CardRef } from "@/lib/client/reader/source-actions";
import { Dialog } from "@/components/ui/dialog";

/** Confirm deleting a source; when cards quote it, name them and offer to delete them with it. */
export function DeleteSourceDialog({ source, onClose }: { source: SourceSummaryDto; onClose: () => void }) {
  const reader = useReaderStore();
  const editor = useEditorStore();
  const [blockedBy, setBlockedBy] = useState<CardRef[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (withCards: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const res = await deleteSource(reader, editor, source.id, withCards);
      if (res) setBlockedBy(res.blockedBy);
      else onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : "the source could not be deleted");
    } finally {
      setBusy(false);
    }
  };

  const n = blockedBy?.length ?? 0;
  return (
    <Dialog open title="Delete source" onClose={onClose}>
      <div className="stack" data-testid="delete-source">
        {!blockedBy ? (
          <p>
            Delete <b>{source.title}</b> from this debate’s library? This cannot be undone.
          </p>
        ) : (
          <>
            <p>
              {n === 1 ? "1 card quotes" : `${n} cards quote`} this source. Deleting it deletes{" "}
              {n === 1 ? "that card" : "those cards"} and their connections too:
            </p>
            <ul className="blocked-cards">
              {blockedBy.map((c) => (
                <li key={c.id}>{c.title || "Untitled card"}</li>
              ))}
            </ul>
          </>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="row dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {blockedBy ? "Keep the source" : "Cancel"}
          </button>
          {!blockedBy ? (
            <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void run(false)}>
              {busy ? "Deleting…" : "Delete source"}
            </button>
          ) : (
            <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void run(true)}>
              {busy ? "Deleting…" : `Delete the source and its ${n === 1 ? "card" : `${n} cards`}`}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
