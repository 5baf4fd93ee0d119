"use client";
import { memo, useState } from "react";
import type { HistoryEntryDto } from "@/lib/domain/changes";
import { relativeTime } from "@/lib/client/collab/relative-time";
import { ChangeDetails } from "./change-details";
import { RestoreButtons, type RestoreScope } from "./restore-buttons";

type Props = {
  entry: HistoryEntryDto;
  now: number;
  canRestore: boolean;
  onRestore: (scope: RestoreScope, entry: HistoryEntryDto) => Promise<void>;
};

/** One change in the timeline: who did what, when; opens to show before and after, and how to restore. */
function HistoryEntryImpl({ entry, now, canRestore, onRestore }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <li
      className={`history-entry action-${entry.action}${open ? " is-open" : ""}`}
      data-testid="history-entry"
      data-seq={entry.seq}
      data-entity={entry.entity}
      data-action={entry.action}
    >
      <button type="button" className="history-entry-head" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <span className="history-mark" aria-hidden="true" />
        <span className="history-summary">{entry.summary}</span>
        <time className="history-time" dateTime={entry.at} title={new Date(entry.at).toLocaleString()}>
          {relativeTime(entry.at, now)}
        </time>
      </button>
      {open && (
        <div className="history-details stack">
          <ChangeDetails entry={entry} />
          {canRestore && <RestoreButtons entry={entry} onRestore={onRestore} />}
        </div>
      )}
    </li>
  );
}

export const HistoryEntry = memo(HistoryEntryImpl);
