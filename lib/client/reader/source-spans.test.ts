import { describe, expect, it } from "vitest";
import { layoutText, trimSpan } from "./source-spans";

/** Every segment's offsets, re-read from the text, rebuild each line exactly. */
function rebuild(text: string, spans: Parameters<typeof layoutText>[1]) {
  return layoutText(text, spans).map((p) =>
    p.lines.map((l) => l.segments.map((s) => text.slice(s.start, s.end)).join("")),
  );
}

describe("layoutText", () => {
  it("splits paragraphs at blank lines and lines at single breaks, keeping offsets", () => {
    const text = "One.\nStill one.\n\n\nTwo.\n  \nThree.";
    const paras = layoutText(text, []);
    expect(paras.map((p) => p.start)).toEqual([0, text.indexOf("Two."), text.indexOf("Three.")]);
    expect(rebuild(text, [])).toEqual([["One.", "Still one."], ["Two."], ["Three."]]);
  });

  it("cuts segments at card boundaries and lists the covering cards, outermost first", () => {
    const text = "aaaa bbbb cccc dddd";
    const paras = layoutText(text, [
      { id: "outer", start: 0, end: 14 },
      { id: "inner", start: 5, end: 9 },
      { id: "late", start: 10, end: 19 },
    ]);
    const segs = paras[0]!.lines[0]!.segments.map((s) => [text.slice(s.start, s.end), s.cards.join("+")]);
    expect(segs).toEqual([
      ["aaaa ", "outer"],
      ["bbbb", "outer+inner"],
      [" ", "outer"],
      ["cccc", "outer+late"],
      [" dddd", "late"],
    ]);
  });

  it("carries a card across line and paragraph breaks; clamps and ignores bad spans", () => {
    const text = "first line\nsecond line\n\nthird";
    const segs = layoutText(text, [
      { id: "c", start: 6, end: 28 },
      { id: "bad", start: 5, end: 5 },
      { id: "far", start: 27, end: 999 },
    ])
      .flatMap((p) => p.lines.flatMap((l) => l.segments))
      .filter((s) => s.cards.length)
      .map((s) => [text.slice(s.start, s.end), s.cards.join("+")]);
    expect(segs).toEqual([
      ["line", "c"],
      ["second line", "c"],
      ["thi", "c"],
      ["r", "c+far"],
      ["d", "far"],
    ]);
  });

  it("handles empty and whitespace-only texts", () => {
    expect(layoutText("", [])).toEqual([]);
    expect(layoutText("\n \n", [])).toEqual([]);
  });

  it("lays out a long document with many cards ", () => {
    // Hostile input finishes within the test timeout; how long it takes is measured in bench/.
    const text = Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i} has some words in it.`).join("\n\n");
    const spans = Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, start: i * 1000, end: i * 1000 + 300 }));
    const paras = layoutText(text, spans);
    expect(paras).toHaveLength(20_000);
  });
});

describe("trimSpan", () => {
  it("drops whitespace at both ends, or returns null for a blank span", () => {
    expect(trimSpan("  word  ", 0, 8)).toEqual({ start: 2, end: 6 });
    expect(trimSpan("a \n b", 1, 4)).toBeNull();
  });
});
