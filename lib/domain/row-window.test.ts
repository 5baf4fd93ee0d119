import { describe, expect, it } from "vitest";
import { nextRowHeight, rowWindow, scrollTopForRow } from "./row-window";

describe("rowWindow", () => {
  it("keeps the rows under the viewport and a margin, and pads the rest", () => {
    const w = rowWindow({ count: 20_000, scrollTop: 4_000, viewport: 800, rowHeight: 40, overscan: 5 });
    expect(w.first).toBe(95);
    expect(w.last).toBe(125);
    expect(w.padTop).toBe(95 * 40);
    expect(w.padBottom).toBe((20_000 - 1 - 125) * 40);
    // rows in the DOM + spacers = the whole list's height
    expect(w.padTop + (w.last - w.first + 1) * 40 + w.padBottom).toBe(20_000 * 40);
  });

  it("starts at the top and stops at the last row", () => {
    expect(rowWindow({ count: 100, scrollTop: 0, viewport: 400, rowHeight: 40, overscan: 3 })).toEqual({
      first: 0,
      last: 13,
      padTop: 0,
      padBottom: 86 * 40,
    });
    const end = rowWindow({ count: 100, scrollTop: 1e9, viewport: 400, rowHeight: 40, overscan: 3 });
    expect(end.last).toBe(99);
    expect(end.padBottom).toBe(0);
    expect(end.first).toBe(99);
  });

  it("is empty for no rows and survives a zero height", () => {
    expect(rowWindow({ count: 0, scrollTop: 0, viewport: 400, rowHeight: 40, overscan: 3 }).last).toBe(-1);
    const w = rowWindow({ count: 10, scrollTop: 5, viewport: 0, rowHeight: 0, overscan: 0 });
    expect(w.first).toBe(5);
    expect(w.last).toBe(5);
  });
});

describe("scrollTopForRow", () => {
  it("puts the row a third of the way down", () => {
    expect(scrollTopForRow(1_000, 40, 900)).toBe(40_000 - 300);
    expect(scrollTopForRow(2, 40, 900)).toBe(0);
  });
});

describe("nextRowHeight", () => {
  it("moves only when the estimate is off by more than a tenth", () => {
    expect(nextRowHeight(40, 30 * 42, 30)).toBe(40);
    expect(nextRowHeight(40, 30 * 60, 30)).toBe(60);
    expect(nextRowHeight(40, 0, 0)).toBe(40);
  });
});
