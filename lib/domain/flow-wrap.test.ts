import { describe, expect, it } from "vitest";
import { breaksAnywhere, LONGEST_WORD, titleSegments } from "./flow-wrap";

describe("breaksAnywhere", () => {
  it("keeps words whole, however long their pieces between hyphens stay under the limit", () => {
    expect(breaksAnywhere("Fleischküche")).toBe(false);
    expect(breaksAnywhere("UNESCO-Weltkulturerbe.")).toBe(false);
    expect(breaksAnywhere("Weltbevölkerungs-Argument-Ernährungsmangel-Einwand")).toBe(false);
    expect(breaksAnywhere("x".repeat(LONGEST_WORD))).toBe(false);
  });

  it("lets URLs, paths and words longer than the limit break anywhere", () => {
    expect(breaksAnywhere("https://www.example.org/reports/2024/annual.pdf")).toBe(true);
    expect(breaksAnywhere("www.bundesgesundheitsministerium.de")).toBe(true);
    expect(breaksAnywhere("Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz")).toBe(true);
    expect(breaksAnywhere("x".repeat(LONGEST_WORD + 1))).toBe(true);
    // short URLs fit a column as they are
    expect(breaksAnywhere("https://x.org")).toBe(false);
  });
});

describe("titleSegments", () => {
  it("gives the title back, with only the long runs apart", () => {
    const title = "See https://www.example.org/reports/2024/annual.pdf  for the Fleischküche data";
    const segments = titleSegments(title);
    expect(segments.map((s) => s.text).join("")).toBe(title);
    expect(segments).toEqual([
      { text: "See ", anywhere: false },
      { text: "https://www.example.org/reports/2024/annual.pdf", anywhere: true },
      { text: "  for the Fleischküche data", anywhere: false },
    ]);
  });

  it("is one ordinary segment for an ordinary title, and nothing for an empty one", () => {
    expect(titleSegments("Die französische Küche ist z.B. UNESCO-Weltkulturerbe.")).toEqual([
      { text: "Die französische Küche ist z.B. UNESCO-Weltkulturerbe.", anywhere: false },
    ]);
    expect(titleSegments("")).toEqual([]);
  });
});
