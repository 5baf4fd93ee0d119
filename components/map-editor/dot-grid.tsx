"use client";
import { useStoreApi, ViewportPortal } from "@xyflow/react";
import { memo, useEffect, useRef, type CSSProperties } from "react";
import { dotRadius, gridGap, groundBox, groundFor, placeGrid, type Ground } from "@/lib/domain/canvas-grid";

const DOT = "#91919a";
/** The zoom has rested this long (no change): the grid's scaled tile is drawn again, sharp. */
const SETTLE_MS = 200;

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
 *
 * While the pane is dragged, the map's moving layer carries the same dots on an opaque ground of its
 * own (`.drag-ground`, app/globals.css), so that the map's drawings merge into that one layer. The
 * ground is drawn in the map's units and stands around the view: it is placed again when the zoom
 * changes or the view goes far from it (a style write on an element that is not displayed until a
 * drag). Only on a map that mounts all its cards (`ground`): on a big map, which mounts only the
 * cards on screen, Chromium's layers were no fewer with it and rastering the opaque ground cost more
 * than it saved (bench/pan-profile.md).
 *
 * A zoom scales the drawn tile up until the zoom rests (lib/domain/canvas-grid: placeGrid): drawn
 * again at every wheel notch, the pane-sized layer was painted and rastered each time, more than
 * anything else a zoom through a big map's levels does that bare React Flow does not
 * (bench/pan-profile.md).
 */
function DotGridImpl({ ground: withGround }: { ground: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const groundRef = useRef<HTMLDivElement>(null);
  const api = useStoreApi();
  useEffect(() => {
    let drawn: number | null = null;
    let settle: ReturnType<typeof setTimeout> | undefined;
    let ground: Ground | null = null;
    let groundEl: HTMLDivElement | null = null;
    const apply = (t: [number, number, number]) => {
      const el = ref.current;
      if (!el) return;
      const [tx, ty, z] = t;
      const place = placeGrid(drawn, t);
      if (place.drawn !== drawn) {
        // Zoomed far out the grid coarsens (four times the spacing per step), so the dots stay dots
        // instead of a grey wash.
        const gap = gridGap((drawn = place.drawn));
        el.style.backgroundImage = dots(gap, drawn, 1);
        el.style.backgroundSize = `${gap}px ${gap}px`;
        el.style.width = `calc(100% + ${2 * gap}px)`;
        el.style.height = `calc(100% + ${2 * gap}px)`;
      }
      const scale = place.scale === 1 ? "" : ` scale(${place.scale})`;
      el.style.transform = `translate3d(${place.x}px, ${place.y}px, 0)${scale}`;
      // A zoom scales the drawn tile (no repaint per wheel notch); it is drawn sharp for the zoom
      // it lands on once the zoom rests.
      clearTimeout(settle);
      if (scale)
        settle = setTimeout(() => {
          drawn = null;
          apply(api.getState().transform);
        }, SETTLE_MS);
      // The ground's element mounts once React Flow's viewport is there (a portal into it).
      if (groundRef.current !== groundEl) [groundEl, ground] = [groundRef.current, null];
      if (!groundEl) return;
      const { width, height } = api.getState();
      const next = groundFor(ground, (width / 2 - tx) / z, (height / 2 - ty) / z, z, Math.max(width, height));
      if (next !== ground) placeGround(groundEl, (ground = next));
    };
    apply(api.getState().transform);
    const off = api.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.paneDragging !== prev.paneDragging) apply(s.transform);
    });
    return () => {
      off();
      clearTimeout(settle);
    };
  }, [api]);
  return (
    <>
      <div style={frame} aria-hidden className="dot-grid">
        <div
          ref={ref}
          style={{ position: "absolute", top: 0, left: 0, willChange: "transform", transformOrigin: "0 0" }}
        />
      </div>
      {withGround && (
        <ViewportPortal>
          <div ref={groundRef} aria-hidden className="drag-ground" />
        </ViewportPortal>
      )}
    </>
  );
}

export const DotGrid = memo(DotGridImpl);

/** One dot in a `gap` square, for zoom `z`; `unit` is a screen pixel in the tile's units. */
function dots(gap: number, z: number, unit: number): string {
  const r = dotRadius(z);
  return `radial-gradient(circle at ${gap / 2}px ${gap / 2}px, ${DOT} ${r * unit}px, transparent ${(r + 0.5) * unit}px)`;
}

/** The same dots as the screen's grid, in the map's units, where the screen's grid has them. */
function placeGround(el: HTMLDivElement, ground: Ground): void {
  const { left, top, side, tile, offset } = groundBox(ground);
  Object.assign(el.style, {
    left: `${left}px`,
    top: `${top}px`,
    width: `${side}px`,
    height: `${side}px`,
    backgroundImage: dots(tile, ground.zoom, 1 / ground.zoom),
    backgroundSize: `${tile}px ${tile}px`,
    backgroundPosition: `${offset}px ${offset}px`,
  });
}
