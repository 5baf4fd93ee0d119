"use client";
import { useShallow } from "zustand/react/shallow";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { focusGrid, useFlowUi } from "@/lib/client/flowsheet/flow-ui";
import { SaveStatus } from "@/components/collab/save-status";
import { UndoRedo } from "@/components/collab/undo-redo";
import { groupThousands } from "@/lib/domain/group-thousands";

const EDIT_KEYS: [string, string][] = [
  ["↑↓←→", "move"],
  ["Enter", "edit"],
  ["Tab", "answer"],
  ["Shift+Enter", "add below"],
  ["N", "new thread"],
  ["Del", "delete"],
  ["Ctrl+Z", "undo"],
  ["W", "why"],
  ["Esc", "deselect"],
];
const VIEW_KEYS: [string, string][] = [
  ["↑↓←→", "move"],
  ["W", "why"],
  ["Esc", "deselect"],
];

/** The bottom line: the keys, a note when a key did nothing, and whether edits are saved. */
export function FlowStatus() {
  const { canEdit, error } = useEditor(useShallow((s) => ({ canEdit: s.canEdit, error: s.error })));
  const message = useFlowUi((s) => s.message);
  const rest = useFlowUi((s) => s.rest);
  const shown = useEditor((s) => s.order.length);
  const weighing = useFlowUi((s) => !s.statusesShown) && !rest;
  const store = useEditorStore();
  return (
    <div className="flow-status">
      <span className="flow-keys keys-hint" aria-label="Keyboard shortcuts">
        {(canEdit ? EDIT_KEYS : VIEW_KEYS).map(([k, what]) => (
          <span key={k}>
            <kbd>{k}</kbd> {what}
          </span>
        ))}
      </span>
      {rest && (
        <span className="flow-message" role="status" data-testid="flow-rest">
          Showing the first {groupThousands(shown)} of {groupThousands(rest.total)} arguments; loading the rest…
        </span>
      )}
      {weighing && (
        <span className="flow-message" role="status">
          Weighing the arguments…
        </span>
      )}
      {message && (
        <span className="flow-message" role="status">
          {message}
        </span>
      )}
      {error && (
        <span className="flow-error" role="alert" data-testid="error-toast">
          {error}{" "}
          <button type="button" className="btn btn-ghost icon" onClick={() => store.getState().dismissError()}>
            Dismiss
          </button>
        </span>
      )}
      {rest ? (
        <span className="flow-save" data-testid="save-state">
          Loading
        </span>
      ) : canEdit ? (
        <>
          <UndoRedo className="flow-undo" after={focusGrid} />
          <SaveStatus className="flow-save" />
        </>
      ) : (
        <span className="flow-save" data-testid="save-state">
          Read-only
        </span>
      )}
    </div>
  );
}
