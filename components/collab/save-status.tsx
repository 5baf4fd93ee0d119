"use client";
import { useShallow } from "zustand/react/shallow";
import { useEditor } from "@/lib/client/editor/editor-context";
import { useOfflineSync } from "@/lib/client/editor/use-offline-sync";

/**
 * Whether the editor's changes are saved, in the map's toolbar and the flow's status line: saving,
 * saved, or (while the server cannot be reached) how many edits are kept here, not yet saved.
 * It also sends those edits when the connection returns and warns before closing the tab.
 */
export function SaveStatus({ className }: { className: string }) {
  useOfflineSync();
  const { unsaved, offline } = useEditor(useShallow((s) => ({ unsaved: s.inFlight, offline: s.offline })));
  const text = offline
    ? `${unsaved} ${unsaved === 1 ? "edit" : "edits"} not yet saved (offline)`
    : unsaved > 0
      ? "Saving…"
      : "All changes saved";
  return (
    <span
      className={offline ? `${className} save-state-offline` : className}
      role="status"
      aria-live="polite"
      data-testid="save-state"
      title={offline ? "Kept in this browser and sent when the connection returns" : undefined}
    >
      {text}
    </span>
  );
}
