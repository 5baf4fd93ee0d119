"use client";
import { memo, useState } from "react";
import type { HistoryEntryDto } from "@/lib/domain/changes";
import { relativeTime } from "@/lib/client/collab/relative-time";
import { HistoryEntry } from "./history-entry";
import type { RestoreScope } from "./restore-buttons";

type Props = {
  summary: string;
  at: string;
  entries: HistoryEntryDto[];
  now: number;
  canRestore: boolean;
  onRestore: (scope: RestoreScope, entry: HistoryEntryDto) => Promise<void>;
};

/** One write that touched many rows (an auto-layout, a multi-delete): one line, its rows inside. */
function HistoryGroupImpl({ summary, at, entries, now, canRestore, onRestore }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <li className={`history-entry history-group${open ? " is-open" : ""}`} data-testid="history-group">
      <button type="button" className="history-entry-head" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <span className="history-mark" aria-hidden="true" />
        <span className="history-summary">{summary}</span>
        <time className="history-time" dateTime={at} title={new Date(at).toLocaleString()}>
          {relativeTime(at, now)}
        </time>
      </button>
      {open && (
        <ol className="history-list history-group-list" aria-label={summary}>
          {entries.map((e) => (
            <HistoryEntry key={e.seq} entry={e} now={now} canRestore={canRestore} onRestore={onRestore} />
          ))}
        </ol>
      )}
    </li>
  );
}

export const HistoryGroup = memo(HistoryGroupImpl);
