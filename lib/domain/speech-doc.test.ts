import { describe, expect, it } from "vitest";
import { toCaselistMarkdown } from "./caselist";
import { speechDocCaselistEntries, speechDocToVerbatimItems, type SpeechDocLike } from "./speech-doc";

const card = (id: string, title: string, quote: string, groupId?: string) => ({
  id,
  title,
  body: "",
  groupId,
  evidence: { quote, cite: `${title} Author 20`, highlights: [{ start: 0, end: 4 }] },
});

const doc: SpeechDocLike = {
  name: "1AC",
  items: [
    { id: "i1", nodeId: "b", text: "", markedAt: 6 },
    { id: "i2", nodeId: null, text: "Extend the link", markedAt: null },
    { id: "i3", nodeId: "a", text: "", markedAt: null },
    { id: "i4", nodeId: "c", text: "", markedAt: null },
  ],
  nodes: [
    card("a", "Second", "alpha beta gamma", "g-block"),
    card("b", "First", "delta epsilon zeta"),
    { id: "c", title: "Perm do both", body: "", evidence: null },
  ],
};

describe("speechDocCaselistEntries", () => {
  it("lists the cards in the document's order, under their groups or the speech's name", () => {
    const groups = [
      { id: "g-pocket", kind: "pocket", title: "Aff" },
      { id: "g-hat", kind: "hat", title: "Adv 1", parentId: "g-pocket" },
      { id: "g-block", kind: "block", title: "Warming", parentId: "g-hat" },
    ];
    const entries = speechDocCaselistEntries(doc, groups);
    expect(entries.map((e) => [e.pocket, e.hat, e.block, e.tag])).toEqual([
      ["1AC", null, null, "First"],
      ["Aff", "Adv 1", "Warming", "Second"],
    ]);
    expect(toCaselistMarkdown(entries, { body: "full" })).toContain(
      "#### First\n\nFirst Author 20\n\ndelta epsilon zeta",
    );
  });
});

describe("speechDocToVerbatimItems", () => {
  it("opens with the speech as a pocket, then cards and analytics in order, with marks when asked", () => {
    const items = speechDocToVerbatimItems(doc, { marked: true });
    expect(items.map((i) => i.kind)).toEqual(["heading", "card", "analytic", "card", "analytic"]);
    expect(items[1]).toMatchObject({ tag: "First", shortCite: "First Author 20", mark: { at: 6 } });
    expect(items[2]).toEqual({ kind: "analytic", tag: "Extend the link" });
    expect(speechDocToVerbatimItems(doc)[1]).toMatchObject({ mark: null });
  });
});
