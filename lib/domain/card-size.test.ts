import { describe, expect, it } from "vitest";
import { badgeRows, cardHeight, statusFits, type SizedNode } from "./card-size";
import { STATUS_MARK, type Status } from "./evaluation";

const claim: SizedNode = { title: "Short", kind: "claim", side: "aff", evidence: null };
const TITLE_LINE = 13 * 1.3;

describe("cardHeight", () => {
  it("is the card's chrome, one row of badges and the title's lines", () => {
    // Borders and padding 18, badges 16 and 4 below, one line of 13 px bold at line-height 1.3.
    expect(cardHeight(claim)).toBe(Math.ceil(18 + 16 + 4 + TITLE_LINE));
    expect(cardHeight({ ...claim, title: "" })).toBe(cardHeight(claim));
  });

  it("grows by one line for each line the title wraps to", () => {
    const one = cardHeight({ ...claim, title: "Aid conditioned on reform" });
    const long = "The U.S. should condition its security assistance to Tajikistan on governance reform";
    // 254 px of DejaVu Sans Bold at 13 px holds about 30 characters: three lines.
    expect(cardHeight({ ...claim, title: long })).toBe(Math.ceil(one - TITLE_LINE + 3 * TITLE_LINE));
  });

  it("reserves a row for the badges that do not fit the first, as tall as its tallest badge", () => {
    expect(badgeRows(claim)).toBe(1);
    // A speech adds its badge and the room for "not extended" (dashed, 18 px): a second row.
    const spoken = { ...claim, speech: "1AC" as const, role: "internal-link" as const };
    expect(badgeRows(spoken)).toBe(2);
    expect(cardHeight(spoken)).toBe(cardHeight(claim) + 3 + 18);
  });

  it("keeps one chip width that every status fits", () => {
    for (const s of Object.keys(STATUS_MARK) as Status[]) expect(statusFits(s)).toBe(true);
  });

  it("adds an evidence card's cite and up to three lines of its quote", () => {
    const card = (quote: string, cite = "Smith 24 — Professor") => ({
      ...claim,
      kind: "evidence" as const,
      evidence: { quote, cite },
    });
    const top = 18 + 16 + 4 + TITLE_LINE;
    const oneLine = cardHeight(card("Aid works."));
    // The card's rule, margins and padding 15, one cite line (11 px at 1.4), quote lines (12 px at 1.4).
    expect(oneLine).toBe(Math.ceil(top + 15 + 11 * 1.4 + 12 * 1.4));
    const long = "Security assistance builds the capacity of the services that repress. ".repeat(8);
    expect(cardHeight(card(long))).toBe(Math.ceil(top + 15 + 11 * 1.4 + 3 * 12 * 1.4));
    // A long short cite wraps.
    expect(cardHeight(card("Aid works.", "A".repeat(60)))).toBeGreaterThan(oneLine);
  });

  it("keeps a line for an evidence argument with no quote yet (its card says so)", () => {
    const top = 18 + 16 + 4 + TITLE_LINE;
    // The card's rule, margin and padding 11, and the one line in the cite's type.
    expect(cardHeight({ ...claim, kind: "evidence" })).toBe(Math.ceil(top + 11 + 11 * 1.4));
    expect(cardHeight({ ...claim, kind: "claim" })).toBe(Math.ceil(top));
  });

  it("adds the scheme's lines", () => {
    expect(cardHeight({ ...claim, kind: "argument", scheme: "Modus ponens" })).toBe(
      Math.ceil(18 + 16 + 4 + TITLE_LINE + 2 + 12 * 1.4),
    );
  });
});
