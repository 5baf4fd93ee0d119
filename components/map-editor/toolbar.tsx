"use client";
import { fitMap } from "@/lib/client/editor/fit-map";
import { useReactFlow } from "@xyflow/react";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { addArgument, deleteSelection } from "@/lib/client/editor/node-actions";
import { ViewTabs as DebateViewTabs } from "@/components/ui/view-tabs";
import { SourcesToggle } from "@/components/source-reader/sources-toggle";
import { useMapView } from "@/lib/client/editor/map-view";
import { ExportMenu } from "@/components/import-export/export-menu";
import { MapFilters } from "./map-filters";
import { HistoryButton } from "@/components/collab/history-toggle";
import { SaveStatus } from "@/components/collab/save-status";
import { PresenceBar } from "./presence-bar";
import { LayoutMenu } from "./layout-menu";
import "@/app/map-chrome.css";

/** The shared view tabs; Focus opens on the selected argument. */
function ViewTabs() {
  const id = useEditor((s) => s.debateId);
  const node = useEditor((s) => s.selectedNodeId);
  return <DebateViewTabs debateId={id} current="map" node={node} />;
}

/** Tools that change what is shown, not the debate: for viewers too. */
function ViewTools() {
  const ballotOpen = useMapView((s) => s.ballotOpen);
  const toggleBallot = useMapView((s) => s.toggleBallot);
  return (
    <div className="tool-group">
      <MapFilters />
      <button
        className={`btn${ballotOpen ? " btn-active" : ""}`}
        aria-pressed={ballotOpen}
        onClick={toggleBallot}
        title="What each side still has standing (B)"
      >
        Ballot
      </button>
      <SourcesToggle />
      <HistoryButton />
      <ExportMenu />
    </div>
  );
}

/**
 * The map's actions, each with its shortcut in the tooltip. One row at 1440 px (compact buttons,
 * the layouts behind one menu, who is here at the end); on a narrow screen its groups wrap whole.
 */
export function Toolbar({ children }: { children?: React.ReactNode }) {
  const store = useEditorStore();
  const rf = useReactFlow();
  const canEdit = useEditor((s) => s.canEdit);
  const canUndo = useEditor((s) => s.undoStack.length > 0);
  const canRedo = useEditor((s) => s.redoStack.length > 0);
  const hasSelection = useEditor((s) => !!(s.selectedNodeId || s.selectedEdgeId));
  return (
    <div className="toolbar" role="toolbar" aria-label="Map tools">
      <ViewTabs />
      {children}
      {canEdit ? (
        <>
          <div className="tool-group">
            <button className="btn" onClick={() => addArgument(store, rf, "claim")} title="Add a claim (C)">
              + Claim
            </button>
            <button
              className="btn"
              onClick={() => addArgument(store, rf, "rebuttal")}
              title="Add a rebuttal answering the selection (R)"
            >
              + Rebuttal
            </button>
            <button className="btn" onClick={() => addArgument(store, rf, "evidence")} title="Add evidence (E)">
              + Evidence
            </button>
          </div>
          <div className="tool-group">
            <button
              className="btn btn-icon"
              onClick={() => store.getState().undo()}
              disabled={!canUndo}
              title="Undo (Ctrl+Z)"
              aria-label="Undo"
            >
              <span aria-hidden="true">↶</span>
            </button>
            <button
              className="btn btn-icon"
              onClick={() => store.getState().redo()}
              disabled={!canRedo}
              title="Redo (Ctrl+Shift+Z)"
              aria-label="Redo"
            >
              <span aria-hidden="true">↷</span>
            </button>
            <button
              className="btn"
              onClick={() => deleteSelection(store)}
              disabled={!hasSelection}
              title="Delete the selection (Delete)"
            >
              Delete
            </button>
          </div>
          <div className="tool-group">
            <LayoutMenu />
            <button className="btn" onClick={() => fitMap(rf, store.getState())} title="Fit the map (F)">
              Fit
            </button>
          </div>
          <ViewTools />
          <SaveStatus className="save-state" />
        </>
      ) : (
        <>
          <button className="btn" onClick={() => fitMap(rf, store.getState())} title="Fit the map (F)">
            Fit
          </button>
          <ViewTools />
          <span className="readonly-note" data-testid="readonly-note">
            Read-only — you can view this debate but not change it.
          </span>
        </>
      )}
      <PresenceBar />
    </div>
  );
}
