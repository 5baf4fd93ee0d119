import { describe, expect, it } from "vitest";
import { lineCount, textWidth } from "./text-width";

// Line widths are given in multiples of one character's width, so each case reads as a layout.
const x = textWidth("x", "sans", 10);
const space = textWidth(" ", "sans", 10);
const xs = (n: number) => "x".repeat(n);

describe("textWidth", () => {
  it("adds the characters' advances at the size asked", () => {
    expect(textWidth("", "sans", 13)).toBe(0);
    expect(textWidth("xx", "sans", 10)).toBeCloseTo(2 * x);
    expect(textWidth("x", "sans", 20)).toBeCloseTo(2 * x);
    expect(textWidth("Rebuttal", "sansBold", 11)).toBeGreaterThan(textWidth("Rebuttal", "sans", 11));
    // DejaVu Sans: "W" is wider than "i", whatever the size.
    expect(textWidth("W", "sans", 13)).toBeGreaterThan(2 * textWidth("i", "sans", 13));
  });

  it("takes a CJK character or an emoji as about an em, and an unknown letter as an average one", () => {
    expect(textWidth("漢字", "sans", 10)).toBeCloseTo(20);
    expect(textWidth("😀", "sans", 10)).toBeCloseTo(10);
    const greek = textWidth("λ", "sans", 10);
    expect(greek).toBeGreaterThan(textWidth("i", "sans", 10));
    expect(greek).toBeLessThan(textWidth("W", "sans", 10));
  });
});

describe("lineCount", () => {
  const width = 10 * x + 0.01;
  const lines = (text: string) => lineCount(text, "sans", 10, width);

  it("fills a line with words and starts the next with the word that does not fit", () => {
    expect(lines("")).toBe(1);
    expect(lines(xs(10))).toBe(1);
    expect(lines(`${xs(4)} ${xs(4)}`)).toBe(1);
    expect(lines(`${xs(5)} ${xs(5)}`)).toBe(2);
    expect(lines(`${xs(3)} ${xs(3)} ${xs(3)} ${xs(3)}`)).toBe(2);
  });

  it("counts a run of spaces as one, and none at a line's end", () => {
    expect(lines(`${xs(4)}      ${xs(4)}`)).toBe(1);
    expect(lines(`   ${xs(10)}   `)).toBe(1);
    expect(lineCount(`${xs(5)} ${xs(4)}`, "sans", 10, 9 * x + space + 0.01)).toBe(1);
  });

  it("breaks a word longer than a line wherever the line is full (overflow-wrap: anywhere)", () => {
    expect(lines(xs(25))).toBe(3);
    expect(lines(`${xs(2)} ${xs(25)}`)).toBe(4);
  });

  it("breaks after a hyphen before a letter, not before a digit", () => {
    // "xxxxxx xxx-xxx xxxxxx": the hyphen lets "xxx-" end the first line and the rest share the second.
    const h = textWidth("-", "sans", 10);
    const w = 6 * x + space + 4 * x + h;
    expect(lineCount(`${xs(6)} ${xs(3)}-${xs(3)} ${xs(5)}`, "sans", 10, w)).toBe(2);
    expect(lineCount(`${xs(6)} 123-456 ${xs(5)}`, "sans", 10, w)).toBe(3);
  });
});

describe("lineCount with a most", () => {
  it("counts up to the most and no further, whatever the text's length", () => {
    const width = 10 * x + 0.01;
    expect(lineCount(`${xs(4)} ${xs(4)}`, "sans", 10, width, 3)).toBe(1);
    expect(lineCount(`${xs(8)} ${xs(8)}`, "sans", 10, width, 3)).toBe(2);
    expect(lineCount(`${xs(8)} ${xs(8)} ${xs(8)} ${xs(8)}`, "sans", 10, width, 3)).toBe(3);
    expect(lineCount(`${xs(8)} `.repeat(500), "sans", 10, width, 3)).toBe(3);
    expect(lineCount(`${xs(8)} `.repeat(500), "sans", 10, width)).toBe(500);
  });
});
