import { describe, expect, it } from "vitest";
import { findSnippet } from "./find-snippet";

describe("findSnippet", () => {
  const text = "Intro.\n\nFor starters, most recipients of U.S. training\ndo not join ISIS. Most recipients agree.";

  it("finds the first match in its context, across collapsed whitespace", () => {
    const at = findSnippet(text, [
      { text: "…starters, most ", match: false },
      { text: "recipients", match: true },
      { text: " of U.S. training do not…", match: false },
    ]);
    expect(at).toEqual({ start: text.indexOf("recipients"), end: text.indexOf("recipients") + 10 });
  });

  it("falls back to the matching words alone, ignoring case", () => {
    const at = findSnippet(text, [
      { text: "the context changed ", match: false },
      { text: "ISIS", match: true },
    ]);
    expect(at).toEqual({ start: text.indexOf("ISIS"), end: text.indexOf("ISIS") + 4 });
    expect(findSnippet(text, [{ text: "nothing", match: false }])).toBeNull();
    expect(findSnippet(text, [{ text: "absent", match: true }])).toBeNull();
  });
});
