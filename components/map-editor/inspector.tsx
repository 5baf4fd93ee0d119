"use client";
import { useEditor } from "@/lib/client/editor/editor-context";
import { useMapView } from "@/lib/client/editor/map-view";
import { useEffect, useRef } from "react";
import { ShortcutList } from "./shortcut-list";
import { MapLegend } from "./map-legend";

// The editing forms stay in the map's bundle: an editor who goes offline right after opening the
// map must still be able to edit (a deferred chunk cannot be fetched offline).
import { NodeInspector } from "./node-inspector";
import { EdgeInspector } from "./edge-inspector";

/**
 * The right-hand panel: the selected argument or connection, or the legend and shortcuts. It can be
 * hidden (its × button or I) to give the map the window's width, down to a rail whose button (or I,
 * or Enter on an argument to edit it) brings it back.
 */
export function Inspector({ resolution }: { resolution: string }) {
  const open = useMapView((s) => s.inspectorOpen);
  const setOpen = useMapView((s) => s.setInspectorOpen);
  // The button pressed is gone with the state it toggled: its counterpart takes the focus it had
  // (not when the page opens: nothing was pressed).
  const shown = useRef(open);
  useEffect(() => {
    if (shown.current === open) return;
    shown.current = open;
    if (document.activeElement === document.body)
      document.querySelector<HTMLElement>(open ? ".inspector-hide" : ".inspector-show")?.focus();
  }, [open]);
  if (!open)
    return (
      <aside className="inspector-rail" aria-label="Inspector (hidden)" data-testid="inspector-rail">
        <button
          type="button"
          className="inspector-show"
          onClick={() => setOpen(true)}
          aria-expanded={false}
          aria-label="Show the panel"
          title="Show the panel (I)"
        >
          <span aria-hidden="true">‹</span>
        </button>
      </aside>
    );
  return <OpenInspector resolution={resolution} onHide={() => setOpen(false)} />;
}

function OpenInspector({ resolution, onHide }: { resolution: string; onHide: () => void }) {
  const nodeId = useEditor((s) => s.selectedNodeId);
  const edgeId = useEditor((s) => s.selectedEdgeId);
  const canEdit = useEditor((s) => s.canEdit);
  return (
    // Focusable so keyboard users can scroll it when it holds no control (the legend, a long card).
    <aside className="inspector" aria-label="Inspector" data-testid="inspector" tabIndex={0}>
      <button
        type="button"
        className="inspector-hide"
        onClick={onHide}
        aria-expanded={true}
        aria-label="Hide the panel"
        title="Hide the panel (I)"
      >
        <span aria-hidden="true">›</span>
      </button>
      {nodeId ? (
        <NodeInspector key={nodeId} id={nodeId} />
      ) : edgeId ? (
        <EdgeInspector key={edgeId} id={edgeId} />
      ) : (
        <div className="stack">
          <h2>Resolution</h2>
          <p className="resolution">{resolution || <span className="muted">No resolution yet.</span>}</p>
          <h3>Legend</h3>
          <MapLegend />
          {canEdit ? (
            <p className="muted small">
              Select an argument to edit it. Drag from the dot on an argument’s left edge to the dot on the right edge
              of what it answers.
            </p>
          ) : (
            <p className="muted small">
              Select an argument to read it here: its evidence, what answers it and why it stands or falls.
            </p>
          )}
          <ShortcutList canEdit={canEdit} />
        </div>
      )}
    </aside>
  );
}
