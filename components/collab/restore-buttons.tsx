"use client";
import { useState } from "react";
import type { HistoryEntryDto } from "@/lib/domain/changes";

export type RestoreScope = "node" | "edge" | "debate";

/**
 * The restore choices for one change: the argument or connection it touched (a deletion is undone
 * to just before it), or the whole debate to just after it, which asks first.
 */
export function RestoreButtons({
  entry,
  onRestore,
}: {
  entry: HistoryEntryDto;
  onRestore: (scope: RestoreScope, entry: HistoryEntryDto) => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async (scope: RestoreScope) => {
    setBusy(true);
    try {
      await onRestore(scope, entry);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  const deleted = entry.action === "delete";
  const scope = entry.entity === "node" || entry.entity === "edge" ? entry.entity : null;
  const scoped = scope && (scope === "node" ? "argument" : "connection");
  if (confirming) {
    return (
      <div className="restore-confirm stack" role="group" aria-label="Restore the whole debate">
        <p className="small">
          Put the title, every argument and connection and the sources back as they were just after this change? Nothing
          is lost: the restore is recorded as new changes, which you can restore away again.
        </p>
        <div className="row">
          <button type="button" className="btn small" onClick={() => setConfirming(false)} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary small" disabled={busy} onClick={() => void run("debate")}>
            {busy ? "Restoring…" : "Yes, restore the debate"}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="row restore-buttons">
      {scope && scoped && (
        <button type="button" className="btn small" disabled={busy} onClick={() => void run(scope)}>
          {scoped === "argument"
            ? deleted
              ? "Restore this argument"
              : "Restore this argument to here"
            : "Restore this connection"}
        </button>
      )}
      <button type="button" className="btn small" disabled={busy} onClick={() => setConfirming(true)}>
        Restore the whole debate to here…
      </button>
    </div>
  );
}
