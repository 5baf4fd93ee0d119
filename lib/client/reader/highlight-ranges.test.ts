import { describe, expect, it } from "vitest";
import { addRange, highlightedParts, mergeRanges, removeRangeAt } from "./highlight-ranges";

describe("highlight ranges", () => {
  it("merges overlapping and touching ranges and clamps them to the quote", () => {
    expect(
      mergeRanges(
        [
          { start: 8, end: 12 },
          { start: 0, end: 3 },
          { start: 2, end: 5 },
          { start: 5, end: 6 },
          { start: 11, end: 40 },
        ],
        20,
      ),
    ).toEqual([
      { start: 0, end: 6 },
      { start: 8, end: 20 },
    ]);
  });

  it("adds a range, merging it into the ones it overlaps", () => {
    expect(
      addRange(
        [
          { start: 0, end: 4 },
          { start: 10, end: 14 },
        ],
        { start: 3, end: 11 },
      ),
    ).toEqual([{ start: 0, end: 14 }]);
  });

  it("removes the highlight under an offset", () => {
    expect(
      removeRangeAt(
        [
          { start: 0, end: 4 },
          { start: 10, end: 14 },
        ],
        12,
      ),
    ).toEqual([{ start: 0, end: 4 }]);
    expect(removeRangeAt([{ start: 0, end: 4 }], 4)).toEqual([{ start: 0, end: 4 }]);
  });

  it("lists the highlighted words of a quote", () => {
    const quote = "most recipients of U.S. training do not join ISIS";
    expect(
      highlightedParts(quote, [
        { start: 33, end: 44 },
        { start: 0, end: 4 },
      ]),
    ).toEqual(["most", "do not join"]);
    expect(highlightedParts(quote, [])).toBeNull();
  });
});
