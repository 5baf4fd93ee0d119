"use client";
import { fitMap } from "@/lib/client/editor/fit-map";
import { useReactFlow } from "@xyflow/react";
import { useState } from "react";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { addAndName, deleteSelection } from "@/lib/client/editor/node-actions";
import { ViewTabs as DebateViewTabs } from "@/components/ui/view-tabs";
import { SourcesToggle } from "@/components/source-reader/sources-toggle";
import { useMapView } from "@/lib/client/editor/map-view";
import { ExportMenu } from "@/components/import-export/export-menu";
import { MapFilters } from "./map-filters";
import { HistoryButton } from "@/components/collab/history-toggle";
import { SaveStatus } from "@/components/collab/save-status";
import { UndoRedo } from "@/components/collab/undo-redo";
import { PresenceBar } from "./presence-bar";
import { useCollabRole } from "@/lib/client/collab/collab-context";
import { LayoutMenu } from "./layout-menu";
import type { NodeKind } from "@/lib/domain/vocabulary";
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
    <div className="tool-group tool-secondary">
      <MapFilters />
      <button
        className={`btn${ballotOpen ? " btn-active" : ""}`}
        aria-pressed={ballotOpen}
        onClick={toggleBallot}
        data-panel-toggle="ballot"
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
 * On a phone, the tools unfolded behind More fold again once one has done its work (Sources,
 * Ballot, Fit…), so the map gets its rows back; a button that opens a menu or a popover (Filter,
 * Export, the layouts) leaves them open, and so does a choice in one (an export's progress and
 * errors are shown beside its button).
 */
function foldAfterAction(e: React.MouseEvent, setMore: (more: boolean) => void) {
  const button = (e.target as HTMLElement).closest("button");
  if (!button?.closest(".tool-secondary") || button.hasAttribute("aria-expanded")) return;
  if (button.closest('[role="menu"], [role="dialog"]')) return;
  setMore(false);
  // The button pressed folds away with the rest: the focus goes to More, not to the page.
  if (document.activeElement === button) e.currentTarget.querySelector<HTMLElement>(".tool-more")?.focus();
}

/**
 * On a phone (≤ 720 px, app/map-chrome.css) the tools a person reaches for less often wait behind
 * this toggle: shown, the toolbar took five rows and a quarter of the screen.
 */
function MoreTools({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button
      className={`btn btn-icon tool-more${open ? " btn-active" : ""}`}
      aria-expanded={open}
      aria-label="More tools"
      title={open ? "Fewer tools" : "More tools: delete, layout, fit, filter, ballot, sources, history, export"}
      onClick={onToggle}
    >
      <span aria-hidden="true">⋯</span>
    </button>
  );
}

/**
 * The map's actions, each with its shortcut in the tooltip. One row at 1440 px (compact buttons,
 * the layouts behind one menu, who is here at the end); on a narrow screen its groups wrap whole,
 * and on a phone all but adding and undoing fold behind "More tools".
 */
export function Toolbar({ children }: { children?: React.ReactNode }) {
  const store = useEditorStore();
  const rf = useReactFlow();
  const canEdit = useEditor((s) => s.canEdit);
  const role = useCollabRole();
  const hasSelection = useEditor((s) => !!(s.selectedNodeId || s.selectedEdgeId));
  const editTitle = useMapView((s) => s.editTitle);
  const add = (kind: NodeKind) => addAndName(store, rf, kind, editTitle);
  const [more, setMore] = useState(false);
  const toggleMore = () => setMore((m) => !m);
  const fit = (
    <button className="btn" onClick={() => fitMap(rf, store.getState())} title="Fit the map (F)">
      Fit
    </button>
  );
  return (
    <div
      className={`toolbar${more ? " toolbar-more" : ""}`}
      role="toolbar"
      aria-label="Map tools"
      onClick={more ? (e) => foldAfterAction(e, setMore) : undefined}
    >
      <ViewTabs />
      {children}
      {canEdit ? (
        <>
          <div className="tool-group">
            <button className="btn" onClick={() => add("claim")} title="Add a claim (C)">
              + Claim
            </button>
            <button className="btn" onClick={() => add("rebuttal")} title="Add a rebuttal answering the selection (R)">
              + Rebuttal
            </button>
            <button className="btn" onClick={() => add("evidence")} title="Add evidence (E)">
              + Evidence
            </button>
          </div>
          <UndoRedo className="tool-group" />
          <MoreTools open={more} onToggle={toggleMore} />
          <div className="tool-group tool-secondary">
            <button
              className="btn"
              onClick={() => deleteSelection(store)}
              disabled={!hasSelection}
              title="Delete the selection (Delete)"
            >
              Delete
            </button>
          </div>
          <div className="tool-group tool-secondary">
            <LayoutMenu />
            {fit}
          </div>
          <ViewTools />
          <SaveStatus className="save-state" />
        </>
      ) : (
        <>
          <MoreTools open={more} onToggle={toggleMore} />
          <div className="tool-group tool-secondary">{fit}</div>
          <ViewTools />
          <span className="readonly-note" data-testid="readonly-note">
            Read-only
            <span className="readonly-more">
              {role === "commenter"
                ? " — you can comment on its arguments but not change them."
                : " — you can view this debate but not change it."}
            </span>
          </span>
        </>
      )}
      <PresenceBar />
    </div>
  );
}
