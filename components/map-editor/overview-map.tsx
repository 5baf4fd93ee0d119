"use client";
import { useReactFlow, useStoreApi } from "@xyflow/react";
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { minimapFrame } from "@/lib/domain/canvas-grid";
import { estimateSize } from "@/lib/domain/layout";
import { readStored, writeStored } from "@/lib/client/stored";
import { useEditor } from "@/lib/client/editor/editor-context";

const FILL = { aff: "#2563eb", neg: "#dc2626", neutral: "#64748b" } as const;

/**
 * The minimap. React Flow's <MiniMap> re-renders and re-lays its SVG on every pan frame (its view
 * box follows the viewport); here the arguments are drawn once per change of the map, and a pan
 * only moves the view's frame from a store subscription (no React render). The frame is an element
 * of its own over the SVG, moved by a transform: the compositor moves it, where a frame drawn in the
 * SVG repainted the minimap on every frame of a pan (bench/pan-profile.md). Drag or click in it to
 * move the view there. It lives in the map's dock, beside the canvas, never over it.
 */
function OverviewMapImpl() {
  const nodes = useEditor((s) => s.nodes);
  const api = useStoreApi();
  const rf = useReactFlow();
  const svg = useRef<SVGSVGElement>(null);
  const frame = useRef<HTMLDivElement>(null);

  const { rects, box } = useMemo(() => {
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    const rects = Object.values(nodes).map((n) => {
      const s = estimateSize(n);
      x0 = Math.min(x0, n.position.x);
      y0 = Math.min(y0, n.position.y);
      x1 = Math.max(x1, n.position.x + s.width);
      y1 = Math.max(y1, n.position.y + s.height);
      return { id: n.id, x: n.position.x, y: n.position.y, w: s.width, h: s.height, side: n.side };
    });
    if (!rects.length) return { rects, box: { x: 0, y: 0, w: 1000, h: 750 } };
    const pad = Math.max(x1 - x0, y1 - y0) * 0.1;
    return { rects, box: { x: x0 - pad, y: y0 - pad, w: x1 - x0 + 2 * pad, h: y1 - y0 + 2 * pad } };
  }, [nodes]);

  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    // The SVG's size, from its observer (never read in the pan's frames: that would force a layout).
    let size = { width: 0, height: 0 };
    let sized = "";
    const place = () => {
      const { transform, width, height } = api.getState();
      const r = frame.current;
      if (!r || !size.width || !size.height) return;
      const f = minimapFrame(box, size, transform, { width, height });
      // A pan moves the frame only; its size changes with the zoom (a repaint of the frame alone).
      const [w, h] = [Math.round(f.width), Math.round(f.height)];
      if (`${w} ${h}` !== sized) {
        sized = `${w} ${h}`;
        r.style.width = `${w}px`;
        r.style.height = `${h}px`;
        r.style.visibility = "visible";
      }
      // Whole pixels: a frame moved to a fraction of one draws its border blurred.
      r.style.transform = `translate(${Math.round(f.x)}px, ${Math.round(f.y)}px)`;
    };
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      size = { width: entry.contentRect.width, height: entry.contentRect.height };
      place();
    });
    observer.observe(el);
    const unsubscribe = api.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) place();
    });
    return () => {
      observer.disconnect();
      unsubscribe();
    };
  }, [api, box]);

  const moveTo = (e: React.PointerEvent<SVGSVGElement>) => {
    const ctm = svg.current?.getScreenCTM();
    if (!ctm) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    void rf.setCenter(p.x, p.y, { zoom: rf.getZoom() });
  };

  return (
    <div className="react-flow__minimap map-dock-minimap">
      <svg
        ref={svg}
        // The dock's whole height: a tall map's minimap is as tall as the dock lets it be.
        width="100%"
        height="100%"
        viewBox={`${box.x} ${box.y} ${box.w} ${box.h}`}
        role="img"
        aria-label="Minimap"
        data-testid="minimap"
        style={{ display: "block", cursor: "pointer" }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) moveTo(e);
        }}
      >
        {rects.map((r) => (
          <rect key={r.id} x={r.x} y={r.y} width={r.w} height={r.h} rx={8} fill={FILL[r.side]} />
        ))}
      </svg>
      <div ref={frame} className="minimap-frame" aria-hidden data-testid="minimap-frame" />
    </div>
  );
}

export const OverviewMap = memo(OverviewMapImpl);

const DOCK_KEY = "clash:map-dock";

/** Below this many arguments a map fits the view well enough that the dock would only take room. */
const DOCK_MIN_ARGUMENTS = 30;
/** A window narrower than this keeps the canvas for the map unless the person opened the dock. */
const DOCK_MIN_WINDOW = 1280;

/**
 * Whether the overview dock is open. The person's choice is remembered per browser; until they
 * choose, it opens only where it helps: a map of some size in a wide window (a small map or a
 * student's narrow view keeps its width for the arguments, so it opens on full cards). Decided in a
 * layout effect, before the canvas is measured for the opening view.
 */
export function useDockOpen(argumentCount: number): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  const decided = useRef(false);
  useLayoutEffect(() => {
    if (decided.current || argumentCount === 0) return;
    decided.current = true;
    const stored = readStored(DOCK_KEY);
    setOpen(
      stored === "open" ||
        (stored !== "closed" && argumentCount >= DOCK_MIN_ARGUMENTS && window.innerWidth >= DOCK_MIN_WINDOW),
    );
  }, [argumentCount]);
  const set = useCallback((next: boolean) => {
    decided.current = true;
    setOpen(next);
    writeStored(DOCK_KEY, next ? "open" : "closed");
  }, []);
  return [open, set];
}

/**
 * The overview dock: a column beside the canvas holding the minimap, so that panning never slides
 * an argument under it (issue 12: the minimap docks, the canvas leaves room). It can be closed;
 * the zoom controls then offer to open it again.
 */
export const MapDock = memo(function MapDock({ onClose }: { onClose: () => void }) {
  return (
    <aside className="map-dock" aria-label="Map overview" data-testid="map-dock">
      <div className="map-dock-head">
        <span>Overview</span>
        <button type="button" className="map-dock-close" onClick={onClose} aria-label="Hide the overview">
          ×
        </button>
      </div>
      <OverviewMap />
    </aside>
  );
});
