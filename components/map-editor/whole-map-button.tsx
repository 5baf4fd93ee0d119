"use client";
import { Panel, useReactFlow } from "@xyflow/react";
import { memo } from "react";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { fitMap } from "@/lib/client/editor/fit-map";

/**
 * The map opens on its resolution at a readable zoom; this always-visible control (also F and the
 * toolbar's Fit) shows the whole map. It sits in the corner beside the zoom buttons, where the
 * canvas's other view controls are, not over the middle of the map the reader is looking at.
 */
export const WholeMapButton = memo(function WholeMapButton() {
  const store = useEditorStore();
  const rf = useReactFlow();
  return (
    <Panel position="bottom-left" className="whole-map-panel">
      <button
        type="button"
        className="btn whole-map-btn"
        data-testid="see-whole-map"
        onClick={() => fitMap(rf, store.getState())}
        title="See the whole map (F)"
      >
        See whole map
      </button>
    </Panel>
  );
});
