/** A uniform grid over node boxes: which nodes touch a rectangle, in time proportional to the answer. */
export type Box = { id: string; x: number; y: number; w: number; h: number };
export type Rect = { x0: number; y0: number; x1: number; y1: number };

export class SpatialGrid {
  private cells = new Map<string, Box[]>();
  constructor(
    boxes: readonly Box[],
    private readonly cell = 800,
  ) {
    for (const b of boxes) {
      for (let cx = Math.floor(b.x / cell); cx <= Math.floor((b.x + b.w) / cell); cx++)
        for (let cy = Math.floor(b.y / cell); cy <= Math.floor((b.y + b.h) / cell); cy++) {
          const key = `${cx},${cy}`;
          const list = this.cells.get(key);
          if (list) list.push(b);
          else this.cells.set(key, [b]);
        }
    }
  }

  /** Ids of boxes intersecting `r` (each once). */
  query(r: Rect): Set<string> {
    const out = new Set<string>();
    const c = this.cell;
    for (let cx = Math.floor(r.x0 / c); cx <= Math.floor(r.x1 / c); cx++)
      for (let cy = Math.floor(r.y0 / c); cy <= Math.floor(r.y1 / c); cy++)
        for (const b of this.cells.get(`${cx},${cy}`) ?? [])
          if (b.x < r.x1 && b.x + b.w > r.x0 && b.y < r.y1 && b.y + b.h > r.y0) out.add(b.id);
    return out;
  }

  /** The box under a point, if any (topmost = last added). */
  at(x: number, y: number): string | null {
    const list = this.cells.get(`${Math.floor(x / this.cell)},${Math.floor(y / this.cell)}`) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const b = list[i]!;
      if (x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h) return b.id;
    }
    return null;
  }
}
