"use client";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { Dialog } from "@/components/ui/dialog";

/** A stale edit is never dropped silently: show both versions and let the user keep one. */
export function ConflictDialog() {
  const store = useEditorStore();
  const conflict = useEditor((s) => s.conflict);
  return (
    <Dialog
      open={!!conflict}
      onClose={() => store.getState().resolveConflict("theirs")}
      title="Someone else changed this argument"
    >
      {conflict && (
        <div className="stack" data-testid="conflict">
          <p>Your edit was not saved because the argument changed since you loaded it. Choose which version to keep.</p>
          <div className="conflict-grid">
            <section>
              <h3>Your version</h3>
              <p className="conflict-title">{conflict.mine.title}</p>
              <p className="small">{conflict.mine.body}</p>
            </section>
            <section>
              <h3>Their version (saved)</h3>
              <p className="conflict-title">{conflict.theirs.title}</p>
              <p className="small">{conflict.theirs.body}</p>
            </section>
          </div>
          <div className="row">
            <button className="btn" onClick={() => store.getState().resolveConflict("theirs")}>
              Keep theirs
            </button>
            <button className="btn btn-primary" onClick={() => store.getState().resolveConflict("mine")}>
              Keep mine
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
