"use client";
import { useReactFlow } from "@xyflow/react";
import { useEditor, useEditorStore } from "@/lib/flow/editor-context";
import { addArgument, autoLayout, deleteSelection } from "@/lib/flow/node-actions";
import { SourcesToggle } from "@/components/source-reader/sources-toggle";

/** The map's actions, each with its shortcut in the tooltip. */
export function Toolbar({ children }: { children?: React.ReactNode }) {
  const store = useEditorStore();
  const rf = useReactFlow();
  const canEdit = useEditor((s) => s.canEdit);
  const canUndo = useEditor((s) => s.undoStack.length > 0);
  const canRedo = useEditor((s) => s.redoStack.length > 0);
  const hasSelection = useEditor((s) => !!(s.selectedNodeId || s.selectedEdgeId));
  const saving = useEditor((s) => s.inFlight > 0);
  return (
    <div className="toolbar" role="toolbar" aria-label="Map tools">
      {children}
      {canEdit ? (
        <>
          <div className="tool-group">
            <button className="btn" onClick={() => addArgument(store, rf, "claim")} title="Add a claim (C)">+ Claim</button>
            <button className="btn" onClick={() => addArgument(store, rf, "rebuttal")} title="Add a rebuttal answering the selection (R)">+ Rebuttal</button>
            <button className="btn" onClick={() => addArgument(store, rf, "evidence")} title="Add evidence (E)">+ Evidence</button>
          </div>
          <div className="tool-group">
            <button className="btn" onClick={() => store.getState().undo()} disabled={!canUndo} title="Undo (Ctrl+Z)">Undo</button>
            <button className="btn" onClick={() => store.getState().redo()} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">Redo</button>
            <button className="btn" onClick={() => deleteSelection(store)} disabled={!hasSelection} title="Delete the selection (Delete)">Delete</button>
          </div>
          <div className="tool-group">
            <button className="btn" onClick={() => autoLayout(store, rf)} title="Lay out the map again (L)">Auto-layout</button>
            <button className="btn" onClick={() => rf.fitView({ padding: 0.08, duration: 300 })} title="Fit the map (F)">Fit</button>
          </div>
          <SourcesToggle />
          <span className="save-state" aria-live="polite" data-testid="save-state">{saving ? "Saving…" : "All changes saved"}</span>
        </>
      ) : (
        <>
          <button className="btn" onClick={() => rf.fitView({ padding: 0.08, duration: 300 })} title="Fit the map (F)">Fit</button>
          <SourcesToggle />
          <span className="readonly-note" data-testid="readonly-note">Read-only — you can view this debate but not change it.</span>
        </>
      )}
    </div>
  );
}
