"use client";
import { useState } from "react";
import { useShallow } from "zustand/shallow";
import { seminarActions } from "@/lib/client/seminar/seminar-actions";
import { useSeminar, useSeminarStore } from "@/lib/client/seminar/seminar-store";
import { countOf } from "@/lib/domain/group-thousands";

/** End the seminar (after a confirmation), and download its contributions and feedback. */
export function EndAndExport() {
  const store = useSeminarStore();
  const { id, open, busy, count } = useSeminar(
    useShallow((s) => ({
      id: s.view.id,
      open: s.view.status === "open",
      busy: s.busy,
      count: s.view.contributions.length,
    })),
  );
  const [confirming, setConfirming] = useState(false);
  const base = `/api/seminars/${encodeURIComponent(id)}/export`;
  return (
    <div className="row end-export">
      <a className="btn" href={`${base}?format=csv`} download data-testid="export-csv">
        Export CSV
      </a>
      <a className="btn" href={`${base}?format=md`} download data-testid="export-md">
        Export Markdown
      </a>
      {open &&
        (confirming ? (
          <span className="row confirm-end" role="group" aria-label="Confirm ending">
            <span className="small">End for everyone? The code stops working.</span>
            <button
              className="btn btn-danger"
              disabled={busy}
              onClick={() => void seminarActions.end(store).then(() => setConfirming(false))}
            >
              End seminar
            </button>
            <button className="btn btn-ghost" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button
            className="btn"
            onClick={() => setConfirming(true)}
            title={`${countOf(count, "contribution")} so far`}
          >
            End seminar…
          </button>
        ))}
    </div>
  );
}
