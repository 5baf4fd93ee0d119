import { describe, expect, it } from "vitest";
import { markCuts, marksInSource, markRuns, readerTarget, sourceToQuote, type PlacedCard } from "./reader-markup";

const TEXT = "Intro sentence. Most recipients never join ISIS. Closing words here.";
const QUOTE = "Most recipients never join ISIS.";
const START = TEXT.indexOf(QUOTE);
const card = (over: Partial<PlacedCard> = {}): PlacedCard => ({
  id: "c1",
  start: START,
  end: START + QUOTE.length,
  quote: QUOTE,
  highlights: [],
  ...over,
});
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

describe("sourceToQuote", () => {
  it("maps a selection inside the card to quote offsets", () => {
    const r = sourceToQuote(card(), at("never"))!;
    expect(QUOTE.slice(r.start, r.end)).toBe("never");
  });
  it("clips a selection that starts before the card", () => {
    const r = sourceToQuote(card(), { start: TEXT.indexOf("sentence"), end: at("recipients").end })!;
    expect(r).toEqual({ start: 0, end: "Most recipients".length });
  });
  it("clips a selection that ends after the card", () => {
    const r = sourceToQuote(card(), { start: at("join").start, end: TEXT.length })!;
    expect(QUOTE.slice(r.start, r.end)).toBe("join ISIS.");
  });
  it("is null for a selection outside the card, including one touching its end", () => {
    expect(sourceToQuote(card(), at("Intro"))).toBeNull();
    expect(sourceToQuote(card(), { start: START + QUOTE.length, end: START + QUOTE.length + 3 })).toBeNull();
  });
});

describe("readerTarget", () => {
  it("targets the card under the selection, flagging a clipped selection", () => {
    expect(readerTarget([card()], TEXT, at("never"))).toEqual({
      ok: true,
      cardId: "c1",
      range: { start: QUOTE.indexOf("never"), end: QUOTE.indexOf("never") + 5 },
      clipped: false,
    });
    const partial = readerTarget([card()], TEXT, { start: 0, end: at("Most").end });
    expect(partial).toMatchObject({ ok: true, range: { start: 0, end: 4 }, clipped: true });
  });
  it("says why no card can be marked", () => {
    expect(readerTarget([card()], TEXT, at("Closing"))).toEqual({ ok: false, reason: "outside" });
    expect(readerTarget([], TEXT, at("Closing"))).toEqual({ ok: false, reason: "outside" });
    // a fuzzy anchor's quote is not the text at its span: offsets would land on the wrong words
    const fuzzy = card({ quote: "Most recipients never joined ISIS.", status: "fuzzy" });
    expect(readerTarget([fuzzy], TEXT, at("never"))).toEqual({ ok: false, reason: "inexact" });
    expect(readerTarget([card({ status: "orphaned" })], TEXT, at("never"))).toEqual({ ok: false, reason: "outside" });
  });
  it("prefers the card the selection overlaps most, then the innermost", () => {
    const outer = card({ id: "outer", start: 0, end: TEXT.length, quote: TEXT });
    const inner = card({ id: "inner" });
    expect(readerTarget([outer, inner], TEXT, at("never"))).toMatchObject({
      cardId: "inner",
      range: { start: QUOTE.indexOf("never") },
    });
    expect(readerTarget([inner, outer], TEXT, at("never"))).toMatchObject({ cardId: "inner" });
    // most of the selection lies outside the inner card: the outer one gets all of it
    const wide = { start: 0, end: at("Most").end };
    expect(readerTarget([inner, outer], TEXT, wide)).toEqual({
      ok: true,
      cardId: "outer",
      range: wide,
      clipped: false,
    });
  });
});

describe("marksInSource and markRuns", () => {
  const q = (w: string) => ({ start: QUOTE.indexOf(w), end: QUOTE.indexOf(w) + w.length });
  const c = card({
    underline: [q("Most recipients never join")],
    emphasis: [q("never")],
    highlights: [q("Most")],
    highlights2: [q("ISIS")],
  });

  it("moves each layer to source offsets", () => {
    const m = marksInSource([c], TEXT);
    expect(m.underline).toEqual([at("Most recipients never join")]);
    expect(m.emphasis).toEqual([at("never")]);
    expect(m.highlights).toEqual([at("Most")]);
    expect(m.highlights2).toEqual([at("ISIS")]);
  });

  it("leaves out cards whose quote is not the text at their span, and clamps ranges to the quote", () => {
    const m = marksInSource([card({ quote: "other", underline: [{ start: 0, end: 3 }] })], TEXT);
    expect(m.underline).toEqual([]);
    const long = marksInSource([card({ underline: [{ start: 20, end: 999 }] })], TEXT);
    expect(long.underline).toEqual([{ start: START + 20, end: START + QUOTE.length }]);
  });

  it("cuts a stretch of text into runs with their marks", () => {
    const m = marksInSource([c], TEXT);
    const runs = markRuns(m, markCuts(m), 0, TEXT.length);
    expect(runs.map((r) => TEXT.slice(r.start, r.end)).join("")).toBe(TEXT);
    const of = (w: string) => runs.find((r) => TEXT.slice(r.start, r.end) === w);
    expect(of("Most")).toMatchObject({ underline: true, highlight: 1, emphasis: false });
    expect(of("never")).toMatchObject({ underline: true, emphasis: true, highlight: 0 });
    expect(of("ISIS")).toMatchObject({ underline: false, highlight: 2 });
    expect(runs[0]).toMatchObject({ start: 0, underline: false, highlight: 0 });
    // a stretch starting inside a mark
    const mid = markRuns(m, markCuts(m), at("recipients").start, at("never").end);
    expect(mid.map((r) => [TEXT.slice(r.start, r.end), r.emphasis])).toEqual([
      ["recipients ", false],
      ["never", true],
    ]);
  });
});
