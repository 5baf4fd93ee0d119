import { describe, expect, it } from "vitest";
import { toCaselistMarkdown } from "./caselist";
import {
  blockOf,
  groupReadingOrder,
  speechDocCaselistEntries,
  speechDocToVerbatimItems,
  type SpeechDocLike,
} from "./speech-doc";

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

describe("sending a block", () => {
  const groups = [
    { id: "pocket", parentId: null, kind: "pocket", order: 0 },
    { id: "hat", parentId: "pocket", kind: "hat", order: 0 },
    { id: "block", parentId: "hat", kind: "block", order: 1 },
    { id: "other", parentId: "hat", kind: "block", order: 0 },
    { id: "sub2", parentId: "block", kind: "heading", order: 2 },
    { id: "sub1", parentId: "block", kind: "heading", order: 1 },
  ];
  const nodes = [
    { id: "n1", groupId: "block" },
    { id: "n2", groupId: "sub2" },
    { id: "n3", groupId: "sub1" },
    { id: "n4", groupId: "block" },
    { id: "n5", groupId: "other" },
    { id: "n6", groupId: null },
  ];

  it("reads a block's own nodes, then the groups under it in file order", () => {
    expect(groupReadingOrder("block", groups, nodes)).toEqual(["n1", "n4", "n3", "n2"]);
    expect(groupReadingOrder("hat", groups, nodes)).toEqual(["n5", "n1", "n4", "n3", "n2"]);
    expect(groupReadingOrder("missing", groups, nodes)).toEqual([]);
  });

  it("finds the block a node's group sits in, or keeps the group when no block holds it", () => {
    expect(blockOf("sub1", groups)).toBe("block");
    expect(blockOf("block", groups)).toBe("block");
    expect(blockOf("hat", groups)).toBe("hat");
  });

  it("does not loop on a cycle of groups", () => {
    const cyclic = [
      { id: "a", parentId: "b", kind: "heading", order: 0 },
      { id: "b", parentId: "a", kind: "heading", order: 0 },
    ];
    expect(blockOf("a", cyclic)).toBe("a");
    expect(groupReadingOrder("a", cyclic, [{ id: "x", groupId: "b" }])).toEqual(["x"]);
  });
});
