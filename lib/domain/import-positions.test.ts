import { describe, expect, it } from "vitest";
import { carriedPositions } from "./import-positions";

describe("carriedPositions", () => {
  it("keeps a file's positions when every argument has one and they differ", () => {
    expect(
      carriedPositions([
        { x: 0, y: 0 },
        { x: 300, y: 120 },
      ]),
    ).toBe("file");
    expect(carriedPositions([{ x: 40, y: 40 }])).toBe("file");
  });
  it("lays out a file where any argument lacks a position", () => {
    expect(carriedPositions([{ x: 0, y: 0 }, null])).toBe("none");
    expect(carriedPositions([undefined, { x: 1, y: 2 }])).toBe("none");
    expect(carriedPositions([])).toBe("none");
  });
  it("lays out a file whose arguments all sit on one point (no layout at all)", () => {
    expect(carriedPositions(Array.from({ length: 5 }, () => ({ x: 0, y: 0 })))).toBe("none");
  });
  it("refuses non-finite coordinates", () => {
    expect(
      carriedPositions([
        { x: Number.NaN, y: 0 },
        { x: 1, y: 1 },
      ]),
    ).toBe("none");
  });
});
