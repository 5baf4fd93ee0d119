import { describe, expect, it } from "vitest";
import { SpatialGrid, type Box } from "./spatial-grid";

const boxes: Box[] = Array.from({ length: 2_000 }, (_, i) => ({
  id: `n${i}`,
  x: (i % 50) * 400,
  y: Math.floor(i / 50) * 200,
  w: 280,
  h: 120,
}));

describe("SpatialGrid", () => {
  const grid = new SpatialGrid(boxes);
  it("finds exactly the boxes intersecting a rectangle (checked against a full scan)", () => {
    for (const r of [
      { x0: 0, y0: 0, x1: 1000, y1: 500 },
      { x0: 5_123, y0: 3_001, x1: 9_000, y1: 4_000 },
      { x0: -100, y0: -100, x1: -1, y1: -1 },
    ]) {
      const scan = boxes
        .filter((b) => b.x < r.x1 && b.x + b.w > r.x0 && b.y < r.y1 && b.y + b.h > r.y0)
        .map((b) => b.id)
        .sort();
      expect([...grid.query(r)].sort()).toEqual(scan);
    }
  });
  it("hit-tests a point", () => {
    expect(grid.at(410, 10)).toBe("n1");
    expect(grid.at(390, 10)).toBeNull();
  });
});
