"use client";
import { useStoreApi } from "@xyflow/react";
import { memo, useEffect, useRef, type CSSProperties } from "react";

const GAP = 24;
const DOT = "#91919a";

const frame: CSSProperties = {
  position: "absolute",
  inset: 0,
  overflow: "hidden",
  pointerEvents: "none",
  zIndex: -1,
};

/**
 * The canvas's dot grid. React Flow's <Background> re-renders (and the browser repaints a
 * full-pane SVG pattern) on every pan frame; this layer is one painted tile pattern, one gap larger
 * than the pane on each side, that a pan only shifts by a transform (compositor work, no React
 * render). It is repainted only when the zoom changes the gap.
 */
function DotGridImpl() {
  const ref = useRef<HTMLDivElement>(null);
  const api = useStoreApi();
  useEffect(() => {
    let zoom = -1;
    const apply = ([tx, ty, z]: [number, number, number]) => {
      const el = ref.current;
      if (!el) return;
      // Zoomed far out the grid coarsens (four times the spacing per step), so the dots stay dots
      // instead of a grey wash.
      let gap = GAP * z;
      while (gap < 12) gap *= 4;
      if (z !== zoom) {
        zoom = z;
        const r = Math.max(0.5, z / 2);
        el.style.backgroundImage = `radial-gradient(circle at ${gap / 2}px ${gap / 2}px, ${DOT} ${r}px, transparent ${r + 0.5}px)`;
        el.style.backgroundSize = `${gap}px ${gap}px`;
        el.style.width = `calc(100% + ${2 * gap}px)`;
        el.style.height = `calc(100% + ${2 * gap}px)`;
      }
      const x = (((tx % gap) + gap) % gap) - gap;
      const y = (((ty % gap) + gap) % gap) - gap;
      el.style.transform = `translate3d(${x}px, ${y}px, 0)`;
    };
    apply(api.getState().transform);
    return api.subscribe((s, prev) => {
      if (s.transform !== prev.transform) apply(s.transform);
    });
  }, [api]);
  return (
    <div style={frame} aria-hidden className="dot-grid">
      <div ref={ref} style={{ position: "absolute", top: 0, left: 0, willChange: "transform" }} />
    </div>
  );
}

export const DotGrid = memo(DotGridImpl);
