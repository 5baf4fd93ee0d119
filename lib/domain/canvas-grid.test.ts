import { describe, expect, it } from "vitest";
import { dotRadius, gridGap, groundBox, groundFor, GROUND_HALF, minimapFrame, placeGrid } from "./canvas-grid";

/** Distance from x to the nearest multiple of m. */
const offGrid = (x: number, m: number) => Math.abs(x - Math.round(x / m) * m);

describe("the dot grid", () => {
  it("coarsens by fours when zoomed out, so the dots never crowd closer than 12 px", () => {
    expect(gridGap(1)).toBe(24);
    expect(gridGap(0.5)).toBe(12);
    expect(gridGap(0.25)).toBe(24);
    expect(gridGap(0.1)).toBeCloseTo(38.4);
    for (const z of [0.02, 0.07, 0.3, 0.49, 1.7]) expect(gridGap(z)).toBeGreaterThanOrEqual(12);
    expect(dotRadius(0.2)).toBe(0.5);
    expect(dotRadius(2)).toBe(1);
  });

  it("scales its drawn tile up while the view zooms, and draws it again past twice or at a new spacing", () => {
    const first = placeGrid(null, [10, 20, 0.6]);
    expect(first).toMatchObject({ drawn: 0.6, scale: 1 });
    // A pan at the drawn zoom only moves it.
    expect(placeGrid(0.6, [300, -40, 0.6])).toMatchObject({ drawn: 0.6, scale: 1 });
    // Zooming in: the same tile, scaled.
    expect(placeGrid(0.6, [0, 0, 0.9])).toMatchObject({ drawn: 0.6, scale: 1.5 });
    expect(placeGrid(0.6, [0, 0, 1.2])).toMatchObject({ drawn: 0.6, scale: 2 });
    // Past twice: drawn again, for the zoom.
    expect(placeGrid(0.6, [0, 0, 1.3])).toMatchObject({ drawn: 1.3, scale: 1 });
    // Zooming in across a spacing (48 map units below 0.5, 24 above): drawn again.
    expect(placeGrid(0.3, [0, 0, 0.55])).toMatchObject({ drawn: 0.55, scale: 1 });
  });

  it("draws it again on a zoom out for a zoom below, so that the next notches out scale it up", () => {
    // Out from 1.6: drawn for half the zoom, and scaled up twice.
    const out = placeGrid(1.6, [0, 0, 1.4]);
    expect(out).toMatchObject({ drawn: 0.7, scale: 2 });
    expect(placeGrid(out.drawn, [0, 0, 1])).toMatchObject({ drawn: 0.7 });
    expect(placeGrid(out.drawn, [0, 0, 0.7])).toMatchObject({ drawn: 0.7, scale: 1 });
    // Never below the spacing's own lowest zoom (24 map units hold down to 0.5).
    const low = placeGrid(1, [0, 0, 0.8]);
    expect(low.drawn).toBeCloseTo(0.5, 6);
    expect(gridGap(low.drawn)).toBeCloseTo(12, 6);
    // Never scaled down: a zoom out past the drawn zoom draws it again.
    expect(placeGrid(0.7, [0, 0, 0.6]).scale).toBeGreaterThanOrEqual(1);
  });

  it("puts the scaled tile's dots where a tile drawn for the zoom would have them", () => {
    for (const [from, t] of [
      [0.6, [13.7, -250.2, 0.95]],
      [1, [-1234.5, 88.1, 1.9]],
      [0.13, [5000.3, 7.7, 0.2]],
    ] as const) {
      const scaled = placeGrid(from, t);
      const fresh = placeGrid(null, t);
      expect(scaled.drawn).toBe(from);
      const gap = gridGap(t[2]);
      // A dot of the scaled layer (the tile's centre, scaled) against the fresh layer's dots.
      for (const k of [0, 1, 7]) {
        const at = scaled.x + (k + 0.5) * gridGap(from) * scaled.scale;
        expect(offGrid(at - fresh.x - gap / 2, gap)).toBeLessThan(1e-6);
      }
      // Both within one gap before the origin, so the layer (a gap larger than the pane on each side) covers it.
      for (const p of [scaled, fresh]) expect(p.x).toBeGreaterThanOrEqual(-gap - 1e-9);
      expect(scaled.x).toBeLessThanOrEqual(0);
    }
  });
});

describe("the ground under a dragged map", () => {
  it("stays put while the zoom holds and the view is near its centre, so a pan never rewrites it", () => {
    const g = groundFor(null, 1000, -400, 0.8, 1440);
    expect(groundFor(g, 1000 + GROUND_HALF / 2 - 1, -400, 0.8, 1440)).toBe(g);
    expect(groundFor(g, 1000, -400 - GROUND_HALF / 2 + 1, 0.8, 1440)).toBe(g);
  });

  it("is placed again around the view when the view goes far from it or the zoom changes", () => {
    const g = groundFor(null, 0, 0, 1, 1440);
    const far = groundFor(g, 40_000, 0, 1, 1440);
    expect(far).not.toBe(g);
    expect(Math.abs(far.x - 40_000)).toBeLessThanOrEqual(24);
    const zoomed = groundFor(g, 0, 0, 0.9, 1440);
    expect(zoomed).not.toBe(g);
    expect(zoomed.zoom).toBe(0.9);
  });

  it("draws its dots where the screen's grid has them, at any zoom and place", () => {
    for (const [cx, cy, z] of [
      [0, 0, 1],
      [12_345.6, -9_876.5, 0.923077],
      [-250_000, 31_000, 0.13],
      [77, 5, 2.5],
    ] as const) {
      const b = groundBox(groundFor(null, cx, cy, z, 1440));
      // The screen's grid: dots at half a gap from the pan's origin, i.e. at (k + 1/2) gaps in map units.
      expect(b.tile).toBeCloseTo(gridGap(z) / z, 9);
      // The ground's tiles start `offset` in from its corner: each tile corner is on a multiple of the tile.
      expect(offGrid(b.left + b.offset, b.tile)).toBeLessThan(1e-6 * b.tile + 1e-6);
      expect(offGrid(b.top + b.offset, b.tile)).toBeLessThan(1e-6 * b.tile + 1e-6);
      // It covers the view around its centre, half its side each way.
      expect(b.left).toBeLessThan(cx - GROUND_HALF / 2);
      expect(b.left + b.side).toBeGreaterThan(cx + GROUND_HALF / 2);
    }
  });
  it("covers the pane twice over however far out the view is zoomed", () => {
    for (const z of [1, 0.05, 0.003]) {
      const b = groundBox(groundFor(null, 0, 0, z, 1440));
      expect(b.side * z).toBeGreaterThanOrEqual(4 * 1440);
    }
    // A pane grown wider than the ground was made for gets a new one.
    const g = groundFor(null, 0, 0, 0.003, 1000);
    expect(groundFor(g, 0, 0, 0.003, 1000)).toBe(g);
    expect(groundFor(g, 0, 0, 0.003, 2000)).not.toBe(g);
  });
});

describe("the minimap's view frame", () => {
  const box = { x: -100, y: -50, w: 2000, h: 4000 };
  const svg = { width: 160, height: 640 };

  it("covers the pane's rectangle mapped as the SVG maps its view box (fit and centred)", () => {
    // Fit: 160/2000 = 0.08 wide, 640/4000 = 0.16 tall: 0.08, centred vertically (320 px tall, 160 above).
    const f = minimapFrame(box, svg, [0, 0, 1], { width: 900, height: 800 });
    expect(f.x).toBeCloseTo(100 * 0.08);
    expect(f.y).toBeCloseTo(160 + 50 * 0.08);
    expect(f.width).toBeCloseTo(900 * 0.08);
    expect(f.height).toBeCloseTo(800 * 0.08);
  });

  it("moves opposite to the pan and grows as the view zooms out", () => {
    const at = minimapFrame(box, svg, [0, 0, 1], { width: 900, height: 800 });
    const panned = minimapFrame(box, svg, [-500, 200, 1], { width: 900, height: 800 });
    expect(panned.x - at.x).toBeCloseTo(500 * 0.08);
    expect(panned.y - at.y).toBeCloseTo(-200 * 0.08);
    expect(panned.width).toBe(at.width);
    const out = minimapFrame(box, svg, [0, 0, 0.5], { width: 900, height: 800 });
    expect(out.width).toBeCloseTo(2 * at.width);
  });
});
