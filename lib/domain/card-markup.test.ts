import { describe, expect, it } from "vitest";
import {
  type CardLayers,
  applyLayer,
  cardSegments,
  clampLayers,
  layerCovers,
  markupOf,
  mergeRanges,
  subtractRange,
} from "./card-markup";
import { Evidence } from "./schemas";

describe("ranges", () => {
  it("merges overlapping and touching ranges, clamped", () => {
    expect(
      mergeRanges(
        [
          { start: 5, end: 9 },
          { start: 0, end: 3 },
          { start: 3, end: 4 },
          { start: 8, end: 20 },
        ],
        12,
      ),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 12 },
    ]);
  });

  it("subtracts a selection, splitting a range it falls inside", () => {
    expect(subtractRange([{ start: 0, end: 10 }], { start: 3, end: 5 })).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ]);
    expect(subtractRange([{ start: 2, end: 4 }], { start: 0, end: 10 })).toEqual([]);
  });
});

describe("applyLayer", () => {
  const card: CardLayers = { highlights: [{ start: 0, end: 3 }] };

  it("applies one layer over a selection and leaves the others alone", () => {
    const next = applyLayer(card, "underline", { start: 2, end: 8 }, true, 20);
    expect(next.underline).toEqual([{ start: 2, end: 8 }]);
    expect(next.highlights).toEqual([{ start: 0, end: 3 }]);
    const more = applyLayer(next, "underline", { start: 6, end: 30 }, true, 20);
    expect(more.underline).toEqual([{ start: 2, end: 20 }]);
  });

  it("clears a layer over a selection", () => {
    const next = applyLayer(card, "highlights", { start: 1, end: 2 }, false, 20);
    expect(next.highlights).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 3 },
    ]);
  });

  it("ignores an empty selection and knows when a selection is already covered", () => {
    expect(applyLayer(card, "emphasis", { start: 4, end: 4 }, true, 20)).toBe(card);
    expect(layerCovers(card, "highlights", { start: 1, end: 3 })).toBe(true);
    expect(layerCovers(card, "highlights", { start: 1, end: 4 })).toBe(false);
    expect(layerCovers(card, "underline", { start: 1, end: 2 })).toBe(false);
  });
});

describe("cardSegments", () => {
  const quote = "Aid does not cause war.";

  it("shrinks text that is not underlined, once the card is underlined", () => {
    const segs = cardSegments(quote, {
      underline: [{ start: 0, end: 18 }],
      emphasis: [{ start: 9, end: 12 }],
      highlights: [{ start: 0, end: 3 }],
      highlights2: [{ start: 13, end: 18 }],
    });
    expect(segs.map((s) => [s.text, s.underline, s.emphasis, s.highlight, s.shrunk])).toEqual([
      ["Aid", true, false, 1, false],
      [" does ", true, false, 0, false],
      ["not", true, true, 0, false],
      [" ", true, false, 0, false],
      ["cause", true, false, 2, false],
      [" war.", false, false, 0, true],
    ]);
  });

  it("keeps a highlight outside underline, unshrunk, and shrinks nothing on an unmarked card", () => {
    const segs = cardSegments(quote, { underline: [{ start: 0, end: 3 }], highlights: [{ start: 19, end: 22 }] });
    expect(segs.find((s) => s.text === "war")).toMatchObject({ highlight: 1, shrunk: false, underline: false });
    expect(cardSegments(quote, { highlights: [] })).toEqual([
      expect.objectContaining({ text: quote, shrunk: false, highlight: 0 }),
    ]);
  });

  it("shows insertions in brackets at their offset, main highlight winning over the second", () => {
    const segs = cardSegments(quote, {
      highlights: [{ start: 0, end: 3 }],
      highlights2: [{ start: 0, end: 8 }],
      insertions: [
        { at: 4, text: "U.S." },
        { at: 23, text: "sic" },
      ],
    });
    expect(segs.map((s) => s.text)).toEqual(["Aid", " ", "[U.S.]", "does", " not cause war.", "[sic]"]);
    expect(segs[0]!.highlight).toBe(1);
    expect(segs[1]!.highlight).toBe(2);
    expect(segs[2]).toMatchObject({ insertion: true, start: 4, end: 4 });
    expect(
      segs
        .filter((s) => !s.insertion)
        .map((s) => s.text)
        .join(""),
    ).toBe(quote);
  });
});

describe("storage", () => {
  it("stores only non-empty layers, and null when there are none", () => {
    expect(markupOf({ highlights: [{ start: 0, end: 1 }] })).toBeNull();
    expect(markupOf({ highlights: [], underline: [{ start: 0, end: 2 }], emphasis: [] })).toEqual({
      underline: [{ start: 0, end: 2 }],
    });
  });

  it("clamps layers to a shorter quote", () => {
    expect(
      clampLayers(
        { highlights: [{ start: 0, end: 9 }], underline: [{ start: 8, end: 12 }], insertions: [{ at: 9, text: "x" }] },
        5,
      ),
    ).toEqual({ highlights: [{ start: 0, end: 5 }], underline: [], insertions: [] });
  });

  it("the evidence schema refuses any layer outside the quote", () => {
    const base = {
      sourceId: "s1",
      quote: "abcdef",
      start: 0,
      end: 6,
      prefix: "",
      suffix: "",
      cite: "",
      highlights: [],
    };
    expect(Evidence.safeParse({ ...base, underline: [{ start: 0, end: 6 }] }).success).toBe(true);
    const bad = Evidence.safeParse({ ...base, emphasis: [{ start: 2, end: 7 }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["emphasis"]);
    expect(Evidence.safeParse({ ...base, insertions: [{ at: 7, text: "x" }] }).success).toBe(false);
    expect(Evidence.safeParse({ ...base, citeFields: { initials: "x".repeat(21) } }).success).toBe(false);
  });
});
