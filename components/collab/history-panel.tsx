"use client";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { HistoryEntryDto } from "@/lib/domain/changes";
import type { RestoreInput } from "@/lib/domain/schemas";
import { ApiError } from "@/lib/client/api";
import { useCollabRights, useHistoryPanel } from "@/lib/client/collab/collab-context";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { pointBefore, restore } from "@/lib/client/collab/history-actions";
import { useHistory } from "@/lib/client/collab/use-history";
import { HistoryEntry } from "./history-entry";
import { HistoryGroup } from "./history-group";
import { groupHistory } from "@/lib/domain/history-groups";
import type { RestoreScope } from "./restore-buttons";

/** Re-render relative times ("5 min ago") every half minute. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

/** The timeline of every change to the debate, with restore for editors. */
export function HistoryPanel() {
  const editor = useEditorStore();
  const setOpen = useHistoryPanel((s) => s.setHistoryOpen);
  const { debateId, canEdit } = useCollabRights();
  const selected = useEditor((s) => s.selectedNodeId ?? s.selectedEdgeId);
  const selectedIsEdge = useEditor((s) => !s.selectedNodeId && !!s.selectedEdgeId);
  const [onlySelected, setOnlySelected] = useState(false);
  const filterId = onlySelected ? selected : null;
  const { entries, next, status, error, loadMore, refresh } = useHistory(debateId, filterId);
  // An auto-layout or a multi-delete reads as one entry, its rows one click away.
  const items = useMemo(() => groupHistory(entries), [entries]);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const now = useNow();

  const onRestore = useCallback(
    async (scope: RestoreScope, entry: HistoryEntryDto) => {
      setNotice(null);
      try {
        const seq = entry.action === "delete" && scope !== "debate" ? await pointBefore(debateId, entry) : entry.seq;
        const input: RestoreInput = scope === "debate" ? { scope, seq } : { scope, entityId: entry.entityId, seq };
        const applied = await restore(editor, debateId, input);
        const what = scope === "debate" ? "The debate" : scope === "node" ? "The argument" : "The connection";
        setNotice({
          text: applied
            ? `${what} is restored (${applied} ${applied === 1 ? "change" : "changes"}).`
            : `${what} is already as it was then.`,
        });
        await refresh();
      } catch (err) {
        setNotice({
          text: err instanceof ApiError ? `Could not restore: ${err.message}.` : "Could not restore; try again.",
          error: true,
        });
      }
    },
    [debateId, editor, refresh],
  );

  return (
    <aside className="history-panel" aria-label="History" data-testid="history-panel">
      <div className="panel-head">
        <h2>History</h2>
        <button
          type="button"
          className="btn btn-ghost icon"
          onClick={() => setOpen(false)}
          aria-label="Close history"
          title="Close (H)"
        >
          ✕
        </button>
      </div>
      <label className="radio history-filter" title={selected ? undefined : "Select an argument on the map first"}>
        <input
          type="checkbox"
          checked={onlySelected && !!selected}
          disabled={!selected}
          onChange={(e) => setOnlySelected(e.target.checked)}
        />
        {selectedIsEdge ? "This connection only" : "This argument only"}
      </label>
      {notice && (
        <p className={notice.error ? "form-error" : "history-notice"} role={notice.error ? "alert" : "status"}>
          {notice.text}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!canEdit && <p className="muted small">You can read the history; restoring needs editor access.</p>}
      <ol className="history-list" aria-label="Changes, newest first">
        {items.map((item) =>
          item.kind === "group" ? (
            <HistoryGroup
              key={`g${item.key}`}
              summary={item.summary}
              at={item.at}
              entries={item.entries}
              now={now}
              canRestore={canEdit}
              onRestore={onRestore}
            />
          ) : (
            <HistoryEntry
              key={item.entry.seq}
              entry={item.entry}
              now={now}
              canRestore={canEdit}
              onRestore={onRestore}
            />
          ),
        )}
      </ol>
      {status === "loading" && <p className="muted small">Loading…</p>}
      {status !== "loading" && entries.length === 0 && !error && <p className="muted small">No changes yet.</p>}
      {next !== null && entries.length > 0 && (
        <button
          type="button"
          className="btn history-more"
          onClick={() => void loadMore()}
          disabled={status !== "ready"}
        >
          {status === "more" ? "Loading…" : "Load more"}
        </button>
      )}
    </aside>
  );
}
