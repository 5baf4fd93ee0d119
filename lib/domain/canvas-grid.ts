/**
 * The map canvas's dot grid and the minimap's view frame, as geometry: pure, so that the screen's
 * grid and the ground a dragged map carries (components/map-editor/dot-grid.tsx) put their dots in
 * the same places, and the minimap's frame (overview-map.tsx) sits where the view is.
 */

/** The grid's spacing in the map's units at zoom 1. */
export const GRID_GAP = 24;

/** The closest the grid's dots come on screen: closer, the grid coarsens (a grey wash otherwise). */
const MIN_GAP = 12;

/** The grid's spacing in the map's units at zoom `z`: GRID_GAP, coarser by fours where the dots would crowd. */
export function gridUnits(z: number): number {
  let units = GRID_GAP;
  while (units * z < MIN_GAP) units *= 4;
  return units;
}

/** The grid's spacing on screen at zoom `z`. */
export function gridGap(z: number): number {
  return gridUnits(z) * z;
}

/** How far a zoom may scale the screen grid's drawn tile up before it is drawn again. */
export const GRID_MAX_SCALE = 2;

/**
 * The screen's dot grid at the view (tx, ty, z), given the zoom its tile was last drawn for
 * (`drawn`; null: never, or to be drawn again for `z` exactly, as when the zoom rests). The drawn
 * tile is scaled up, which the compositor does without a repaint, as long as `z` is at most
 * GRID_MAX_SCALE times the drawn zoom and at the same spacing in the map's units. It is never
 * scaled down (the layer would shrink off the pane's edges): a zoom out draws it again, for a zoom
 * below `z` (half, or the spacing's own lowest), so that the next notches out scale it. `x`, `y`: the
 * layer's offset, within one gap before the pan's origin, so that its dots fall where a tile drawn
 * for `z` would put them.
 */
export function placeGrid(
  drawn: number | null,
  [tx, ty, z]: readonly [number, number, number],
): { drawn: number; scale: number; x: number; y: number } {
  const units = gridUnits(z);
  const keep = drawn !== null && z >= drawn && z <= drawn * GRID_MAX_SCALE && units === gridUnits(drawn);
  let at = keep ? drawn : z;
  if (!keep && drawn !== null && z < drawn) {
    const ahead = Math.max(z / GRID_MAX_SCALE, (MIN_GAP / units) * (1 + 1e-9));
    if (gridUnits(ahead) === units) at = ahead;
  }
  const scale = z / at;
  const gap = gridGap(at) * scale;
  const before = (v: number) => (((v % gap) + gap) % gap) - gap;
  return { drawn: at, scale, x: before(tx), y: before(ty) };
}

/** A dot's radius on screen at zoom `z`. */
export function dotRadius(z: number): number {
  return Math.max(0.5, z / 2);
}

/** Half the side of the ground under a dragged map, in the map's units, at least. */
export const GROUND_HALF = 50_000;

/**
 * The ground under a dragged map: the zoom it is drawn for, its centre (on a corner of the grid's
 * tiles) and half its side, all in the map's units.
 */
export type Ground = { zoom: number; x: number; y: number; half: number };

/**
 * The ground to keep under a map whose view is centred on (cx, cy) (map units) at `zoom`, in a pane
 * whose longer side is `span` px: the same one while the zoom holds and the view stays within a
 * quarter of its side of its centre, so that a pan never writes to it; otherwise a new one centred
 * on the grid tile's corner nearest the view, large enough to cover the pane twice over however far
 * out the view is zoomed.
 */
export function groundFor(ground: Ground | null, cx: number, cy: number, zoom: number, span: number): Ground {
  if (
    ground &&
    ground.zoom === zoom &&
    Math.abs(cx - ground.x) < ground.half / 2 &&
    Math.abs(cy - ground.y) < ground.half / 2 &&
    ground.half >= (2 * span) / zoom
  )
    return ground;
  const g = gridGap(zoom) / zoom;
  const half = Math.max(GROUND_HALF, (2 * span) / zoom);
  return { zoom, x: Math.round(cx / g) * g, y: Math.round(cy / g) * g, half };
}

/**
 * The ground's box and its grid, in the map's units: tiles of `tile` with their first whole one
 * `offset` in from the box's corner, so that every tile's corner falls on a multiple of `tile` (as
 * the screen's grid, whose dots sit at half a gap from the pan's origin).
 */
export function groundBox(ground: Ground): { left: number; top: number; side: number; tile: number; offset: number } {
  const tile = gridGap(ground.zoom) / ground.zoom;
  return {
    left: ground.x - ground.half,
    top: ground.y - ground.half,
    side: 2 * ground.half,
    tile,
    offset: ground.half % tile,
  };
}

type Size = { width: number; height: number };

/**
 * Where the view's frame is in the minimap, in the minimap's pixels: the pane's rectangle in the
 * map's units, mapped as the minimap's SVG maps its view box `box` (scaled to fit and centred:
 * preserveAspectRatio's default, xMidYMid meet).
 */
export function minimapFrame(
  box: { x: number; y: number; w: number; h: number },
  svg: Size,
  [tx, ty, zoom]: [number, number, number],
  pane: Size,
): { x: number; y: number; width: number; height: number } {
  const s = Math.min(svg.width / box.w, svg.height / box.h);
  return {
    x: (svg.width - box.w * s) / 2 + (-tx / zoom - box.x) * s,
    y: (svg.height - box.h * s) / 2 + (-ty / zoom - box.y) * s,
    width: (pane.width / zoom) * s,
    height: (pane.height / zoom) * s,
  };
}
