import { describe, expect, it } from "vitest";
import { excerpt, toCaselistMarkdown } from "./caselist";

const text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";

describe("excerpt", () => {
  it("keeps the first and last few words", () => {
    expect(excerpt(text, 3)).toBe("one two three … twelve thirteen fourteen");
  });
  it("keeps a short text whole", () => {
    expect(excerpt("one  two\nthree", 3)).toBe("one two three");
  });
});

describe("toCaselistMarkdown", () => {
  const entries = [
    { pocket: "1AC", hat: "Advantage 1", block: "Warming", tag: "Warming is real", cite: "Swerdlow 15 — MIT", text },
    { pocket: "1AC", hat: "Advantage 1", block: "Warming", tag: "It is fast", cite: "Lemon 20", text: "short card" },
    { pocket: "1AC", hat: "Advantage 1", block: "Solvency", tag: "Plan solves", cite: "Roe 19", text: "solves it" },
    { pocket: "1AC", tag: "They drop\nthe perm" },
  ];

  it("writes pocket, hat, block and tag headings once each, then cite and an excerpt", () => {
    const md = toCaselistMarkdown(entries, { body: "excerpt", edgeWords: 2 });
    expect(md).toBe(
      [
        "# 1AC",
        "",
        "## Advantage 1",
        "",
        "### Warming",
        "",
        "#### Warming is real",
        "",
        "Swerdlow 15 — MIT",
        "",
        "one two … thirteen fourteen",
        "",
        "#### It is fast",
        "",
        "Lemon 20",
        "",
        "short card",
        "",
        "### Solvency",
        "",
        "#### Plan solves",
        "",
        "Roe 19",
        "",
        "solves it",
        "",
        "#### They drop the perm",
        "",
      ].join("\n"),
    );
  });

  it("writes the full text when asked", () => {
    const md = toCaselistMarkdown([{ tag: "T", cite: "C", text: "para one\n\n\n\npara two" }], { body: "full" });
    expect(md).toBe("#### T\n\nC\n\npara one\n\npara two\n");
  });

  it("repeats a hat under a new pocket", () => {
    const md = toCaselistMarkdown(
      [
        { pocket: "1AC", hat: "Adv", tag: "a" },
        { pocket: "2AC", hat: "Adv", tag: "b" },
      ],
      { body: "excerpt" },
    );
    expect(md.match(/^## Adv$/gm)).toHaveLength(2);
  });
});
