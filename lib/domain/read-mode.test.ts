import { describe, expect, it } from "vitest";
import {
  clampWpm,
  countWords,
  DEFAULT_WPM,
  formatReadTime,
  markLabel,
  readableCard,
  readSeconds,
  readTotals,
  shortCiteOf,
} from "./read-mode";
import { shortCiteOf as mapShortCite } from "./cite";

const quote = "Warming is not reversible and the damage will compound for centuries to come.";
const at = (word: string) => ({ start: quote.indexOf(word), end: quote.indexOf(word) + word.length });
const card = (extra: Record<string, unknown> = {}) => ({
  id: "n1",
  title: "Warming is irreversible",
  evidence: { quote, cite: "Swerdlow 15 — professor, MIT", highlights: [at("Warming is not reversible")], ...extra },
});

describe("readableCard", () => {
  it("keeps only the tag, the short cite and the highlighted words", () => {
    const r = readableCard(card({ highlights: [at("Warming is not reversible"), at("compound for centuries")] }));
    expect(r.tag).toBe("Warming is irreversible");
    expect(r.shortCite).toBe("Swerdlow 15");
    expect(r.groups.map((g) => g.map((s) => s.text).join(""))).toEqual([
      "Warming is not reversible",
      "compound for centuries",
    ]);
    // 3 tag words + 2 cite words + 4 + 3 highlighted words
    expect(r.words).toBe(12);
    expect(r.unhighlighted).toBe(false);
  });

  it("reads the whole quote of a card with no highlighting and says so", () => {
    const r = readableCard(card({ highlights: [] }));
    expect(r.unhighlighted).toBe(true);
    expect(r.words).toBe(3 + 2 + countWords(quote));
  });

  it("marks the second highlight colour and joins touching runs of both layers", () => {
    const first = at("Warming is ");
    const second = at("not reversible");
    const r = readableCard(card({ highlights: [first], highlights2: [second] }));
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]).toEqual([
      { text: "Warming is ", layer: 1 },
      { text: "not reversible", layer: 2 },
    ]);
  });

  it("reads bracketed insertions that sit in a highlighted run", () => {
    const h = at("the damage will compound");
    const r = readableCard(
      card({
        highlights: [h],
        insertions: [
          { at: h.start + 4, text: "climate" },
          { at: 0, text: "x" },
        ],
      }),
    );
    expect(r.groups[0]!.map((s) => s.text).join("")).toBe("the [climate]damage will compound");
    expect(r.groups[0]![1]).toEqual({ text: "[climate]", layer: "insertion" });
  });

  it("counts an analytic's tag only", () => {
    const r = readableCard({ id: "a", title: "They drop the perm", evidence: null });
    expect(r).toMatchObject({ isAnalytic: true, words: 4, shortCite: "", groups: [] });
  });

  it("clamps ranges that run past the quote", () => {
    const r = readableCard(card({ highlights: [{ start: quote.length - 3, end: quote.length + 50 }] }));
    expect(r.groups[0]![0]!.text).toBe("me.");
  });
});

describe("a marked copy", () => {
  it("reads up to the mark and says where it stopped", () => {
    const h = at("Warming is not reversible and the damage will compound");
    const r = readableCard(card({ highlights: [h] }), { markedAt: quote.indexOf(" and") });
    expect(r.groups.map((g) => g.map((s) => s.text).join(""))).toEqual(["Warming is not reversible"]);
    expect(r.mark).toBe('marked at "Warming is not reversible"');
    expect(r.words).toBe(3 + 2 + 4);
    expect(markLabel(quote, quote.indexOf(" for"))).toBe('marked at "…and the damage will compound"');
    expect(markLabel(quote, 0)).toBe("marked at the start");
  });
});

describe("shortCiteOf", () => {
  const ev = (cite: string, citeFields?: Record<string, string>) => ({ quote: "q", cite, highlights: [], citeFields });
  it("prefers the card's own short cite, then the cite fields, then the one-line cite", () => {
    expect(shortCiteOf(ev("Lemon 15 — x", { shortCite: "Lemon 6/21" }))).toBe("Lemon 6/21");
    expect(shortCiteOf(ev("whatever", { authors: "Edward Lemon and Ann Roe", date: "June 2015" }))).toBe(
      "Lemon & Roe 15",
    );
    expect(shortCiteOf(ev("Swerdlow 2015, Journal of Things"))).toBe("Swerdlow 15");
    expect(shortCiteOf(ev("Lemon 15 — researcher, University of Exeter"))).toBe("Lemon 15");
  });

  it("reads as the map does: an organisation as author whole (the demo's Defense One card read 'One 15')", () => {
    const fields = { authors: "Defense One", publication: "Defense One", date: "20 July 2015" };
    expect(shortCiteOf(ev("Defense One 15 — op-ed", fields))).toBe("Defense One 15");
    expect(shortCiteOf(ev("Defense One 15 — op-ed", fields))).toBe(mapShortCite({ cite: "x", citeFields: fields }));
  });
});

describe("read time", () => {
  it("converts words to time at a words-per-minute rate", () => {
    expect(readSeconds(250)).toBe(60);
    expect(readSeconds(125, 250)).toBe(30);
    expect(formatReadTime(65)).toBe("1:05");
    expect(formatReadTime(0)).toBe("0:00");
    expect(readTotals([{ words: 200 }, { words: 100 }], 300)).toEqual({ words: 300, seconds: 60, time: "1:00" });
  });

  it("keeps a typed rate within bounds and falls back to the default", () => {
    expect(clampWpm("320")).toBe(320);
    expect(clampWpm(5)).toBe(50);
    expect(clampWpm(10_000)).toBe(600);
    expect(clampWpm("abc")).toBe(DEFAULT_WPM);
    expect(clampWpm(undefined)).toBe(DEFAULT_WPM);
  });
});
