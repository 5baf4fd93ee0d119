import { describe, expect, it } from "vitest";
import { snippetParts, toFts5Query } from "./search-snippet";

describe("snippetParts", () => {
  it("splits marked snippets into plain and matching parts", () => {
    expect(snippetParts("…most \u0001recipients\u0002 of U.S. \u0001training\u0002 do not…")).toEqual([
      { text: "…most ", match: false },
      { text: "recipients", match: true },
      { text: " of U.S. ", match: false },
      { text: "training", match: true },
      { text: " do not…", match: false },
    ]);
  });
  it("survives stray markers and empty input", () => {
    expect(snippetParts("")).toEqual([]);
    expect(snippetParts("a\u0002b")).toEqual([{ text: "ab", match: false }]);
  });
});

describe("toFts5Query", () => {
  it("quotes every word and makes the last a prefix", () => {
    expect(toFts5Query("Russia gives")).toBe('"Russia" "gives"*');
  });
  it("neutralises FTS5 syntax", () => {
    expect(toFts5Query('NEAR(a b) OR "x" -y ^z')).toBe('"NEAR" "a" "b" "OR" "x" "y" "z"*');
    expect(toFts5Query('*** () ""')).toBeNull();
  });
});
