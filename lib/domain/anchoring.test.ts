import { describe, expect, it } from "vitest";
import { anchorUniqueQuote, describeSpan } from "./anchoring";

const text = "Alpha beta gamma. Delta epsilon zeta. Alpha again.";

describe("describeSpan", () => {
  it("keeps the quote, offsets and up to 32 characters of context", () => {
    const a = describeSpan(text, 18, 36);
    expect(a.quote).toBe("Delta epsilon zeta");
    expect(a.prefix).toBe("Alpha beta gamma. ");
    expect(a.suffix).toBe(". Alpha again.");
  });
  it("refuses spans outside the text or empty", () => {
    expect(() => describeSpan(text, 10, 10)).toThrow(RangeError);
    expect(() => describeSpan(text, 0, 999)).toThrow(RangeError);
  });
});

describe("anchorUniqueQuote", () => {
  it("finds a unique quote and refuses an ambiguous or missing one", () => {
    expect(anchorUniqueQuote(text, "epsilon")?.start).toBe(24);
    expect(anchorUniqueQuote(text, "Alpha")).toBeNull();
    expect(anchorUniqueQuote(text, "omega")).toBeNull();
  });
});
