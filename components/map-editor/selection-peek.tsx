"use client";
import { useEditor } from "@/lib/client/editor/editor-context";
import { useMapView } from "@/lib/client/editor/map-view";
import { KIND_LABEL } from "./labels";

/**
 * On a phone the panel starts hidden (it would cover the map), so a tapped argument showed only
 * its border: this one line names it and opens its panel. Shown only on a narrow screen
 * (globals.css), while an argument is selected and the panel is hidden.
 */
export function SelectionPeek() {
  const open = useMapView((s) => s.inspectorOpen);
  const setOpen = useMapView((s) => s.setInspectorOpen);
  const node = useEditor((s) => (s.selectedNodeId ? s.nodes[s.selectedNodeId] : undefined));
  if (open || !node) return null;
  return (
    <div className="selection-peek" role="region" aria-label="Selected argument" data-testid="selection-peek">
      <span className="peek-title">
        <span className="muted small">{KIND_LABEL[node.kind]} · </span>
        {node.title || "Untitled"}
      </span>
      <button type="button" className="btn btn-primary small" onClick={() => setOpen(true)}>
        Details
      </button>
    </div>
  );
}
