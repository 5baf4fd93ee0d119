"use client";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";

/**
 * Undo and redo for a pointer or a finger (Ctrl+Z and Ctrl+Shift+Z), on the map's toolbar and the
 * flow's bottom line. `after` runs after each: the flow gives its keys back to the grid.
 */
export function UndoRedo({ className, after }: { className: string; after?: () => void }) {
  const store = useEditorStore();
  const canUndo = useEditor((s) => s.undoStack.length > 0);
  const canRedo = useEditor((s) => s.redoStack.length > 0);
  const run = (redo: boolean) => {
    if (redo) store.getState().redo();
    else store.getState().undo();
    after?.();
  };
  return (
    <div className={className} role="group" aria-label="Undo and redo">
      <button
        type="button"
        className="btn btn-icon"
        onClick={() => run(false)}
        disabled={!canUndo}
        title="Undo (Ctrl+Z)"
        aria-label="Undo"
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        className="btn btn-icon"
        onClick={() => run(true)}
        disabled={!canRedo}
        title="Redo (Ctrl+Shift+Z)"
        aria-label="Redo"
      >
        <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}
