"use client";
import { ControlButton, useReactFlow, useStore } from "@xyflow/react";
import { memo } from "react";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { fitMap } from "@/lib/client/editor/fit-map";

/**
 * The canvas's zoom buttons (in React Flow's Controls, with its classes and names): they zoom
 * through useSteadyZoom, so what is at the view's centre stays there across the overview's levels,
 * and Fit frames the whole map as See whole map does.
 */
export const ZoomButtons = memo(function ZoomButtons({ zoomBy }: { zoomBy: (factor: number) => void }) {
  const store = useEditorStore();
  const rf = useReactFlow();
  const limit = useStore((s) => (s.transform[2] >= s.maxZoom ? "max" : s.transform[2] <= s.minZoom ? "min" : ""));
  return (
    <>
      <ControlButton
        className="react-flow__controls-zoomin"
        onClick={() => zoomBy(1.2)}
        title="Zoom In"
        aria-label="Zoom In"
        disabled={limit === "max"}
      >
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" aria-hidden="true">
          <path d="M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z" />
        </svg>
      </ControlButton>
      <ControlButton
        className="react-flow__controls-zoomout"
        onClick={() => zoomBy(1 / 1.2)}
        title="Zoom Out"
        aria-label="Zoom Out"
        disabled={limit === "min"}
      >
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 5" aria-hidden="true">
          <path d="M0 0h32v4.2H0z" />
        </svg>
      </ControlButton>
      <ControlButton
        className="react-flow__controls-fitview"
        onClick={() => fitMap(rf, store.getState())}
        title="Fit View"
        aria-label="Fit View"
      >
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
          <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
        </svg>
      </ControlButton>
    </>
  );
});
