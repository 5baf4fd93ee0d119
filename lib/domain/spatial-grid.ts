/** A uniform grid over node boxes: which nodes touch a rectangle, in time proportional to the answer. */
export type Box = { id: string; x: number; y: number; w: number; h: number };
export type Rect = { x0: number; y0: number; x1: number; y1: number };

/**
 * A grid cell as one number, not a "cx,cy" string: a string per box made up most of building the
 * grid of a 20,000-argument map. Exact for cells within ±2^20 of the origin (maps are far smaller).
 */
export const cellKey = (cx: number, cy: number) => (cx + 2 ** 20) * 2 ** 21 + cy + 2 ** 20;

export class SpatialGrid {
  private cells = new Map<number, Box[]>();
  constructor(
    boxes: readonly Box[],
    private readonly cell = 800,
  ) {
    for (const b of boxes) {
      for (let cx = Math.floor(b.x / cell); cx <= Math.floor((b.x + b.w) / cell); cx++)
        for (let cy = Math.floor(b.y / cell); cy <= Math.floor((b.y + b.h) / cell); cy++) {
          const k = cellKey(cx, cy);
          const list = this.cells.get(k);
          if (list) list.push(b);
          else this.cells.set(k, [b]);
        }
    }
  }

  /** Ids of boxes intersecting `r` (each once). */
  query(r: Rect): Set<string> {
    const out = new Set<string>();
    const c = this.cell;
    for (let cx = Math.floor(r.x0 / c); cx <= Math.floor(r.x1 / c); cx++)
      for (let cy = Math.floor(r.y0 / c); cy <= Math.floor(r.y1 / c); cy++)
        for (const b of this.cells.get(cellKey(cx, cy)) ?? [])
          if (b.x < r.x1 && b.x + b.w > r.x0 && b.y < r.y1 && b.y + b.h > r.y0) out.add(b.id);
    return out;
  }

  /** The box under a point, if any (topmost = last added). */
  at(x: number, y: number): string | null {
    const list = this.cells.get(cellKey(Math.floor(x / this.cell), Math.floor(y / this.cell))) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const b = list[i]!;
      if (x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h) return b.id;
    }
    return null;
  }
}
