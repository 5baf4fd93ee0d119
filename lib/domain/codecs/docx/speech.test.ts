import { describe, expect, it } from "vitest";
import { readVerbatimDocx } from "./read";
import { speechItemsToVerbatim } from "./speech";
import { writeVerbatimDocx } from "./write";

describe("speechItemsToVerbatim", () => {
  it("writes a speech as a pocket with its cards, layers and the reading mark in brackets", async () => {
    const quote = "Warming is not reversible at all";
    const items = speechItemsToVerbatim([
      { kind: "heading", level: 1, text: "1AC" },
      { kind: "analytic", tag: "They drop the impact" },
      {
        kind: "card",
        tag: "Warming is irreversible",
        shortCite: "Swerdlow 15",
        cite: "Swerdlow 15, MIT",
        quote,
        highlights: [{ start: 0, end: 7 }],
        highlights2: [{ start: 11, end: 14 }],
        underline: [{ start: 0, end: 25 }],
        emphasis: [{ start: 11, end: 14 }],
        insertions: [],
        mark: { at: 14, label: "marked at “not”" },
      },
    ]);
    expect(items.map((i) => i.type)).toEqual(["pocket", "analytic", "card"]);
    const back = readVerbatimDocx(await writeVerbatimDocx(items));
    const card = back.items.find((i) => i.type === "card");
    if (card?.type !== "card") throw new Error("no card read back");
    expect(card.body).toBe(quote);
    expect(card.shortCite).toBe("Swerdlow 15");
    const at = (r: { start: number; end: number }) => quote.slice(r.start, r.end);
    expect(card.underline.map(at)).toEqual(["Warming is not reversible"]);
    expect(card.emphasis.map(at)).toEqual(["not"]);
    expect(card.highlights.map((h) => [h.color, at(h)])).toEqual([
      ["yellow", "Warming"],
      ["cyan", "not"],
    ]);
    expect(card.insertions).toEqual([{ at: 14, text: "marked at “not”" }]);
  });
});
