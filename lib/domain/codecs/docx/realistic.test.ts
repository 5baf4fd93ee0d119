import { describe, expect, it } from "vitest";
import { docxToImportedGraph } from "./clash";
import { readVerbatimDocx } from "./read";
import { REALISTIC, realisticVerbatimDocx } from "./realistic-fixture";
import type { VerbatimCard, VerbatimDoc } from "./types";
import { writeVerbatimDocx } from "./write";

/** Where `words` lie in `body` (the first time they occur after `from`). */
const at = (body: string, words: string, from = 0) => {
  const start = body.indexOf(words, from);
  if (start < 0) throw new Error(`“${words}” is not in the body`);
  return { start, end: start + words.length };
};
const under = (body: string, rs: readonly { start: number; end: number }[]) =>
  rs.map((r) => body.slice(r.start, r.end));

describe("a file shaped like a real Verbatim file", () => {
  const doc = readVerbatimDocx(realisticVerbatimDocx());
  const cards = doc.items.filter((i): i is VerbatimCard => i.type === "card");

  it("reads the Pocket → Hat → Block → Tag outline and the analytic; the TOC heading (based on Heading 1, outline 9) is no pocket", () => {
    expect(doc.items.map((i) => [i.type, i.type === "card" ? i.tag : i.text])).toEqual([
      ["pocket", REALISTIC.pocket],
      ["hat", REALISTIC.hat],
      ["block", REALISTIC.blocks[0]],
      ["card", REALISTIC.tags[0]],
      ["analytic", REALISTIC.analytic],
      ["card", REALISTIC.tags[1]],
      ["block", REALISTIC.blocks[1]],
      ["card", REALISTIC.tags[2]],
    ]);
    expect(doc.report.counts).toEqual({ pockets: 1, hats: 1, blocks: 2, cards: 3, analytics: 1 });
    // The table of contents is text before any tag: reported, never a group or a card.
    expect(doc.report.notUnderstood.map((n) => n.text)).toEqual([
      "Contents",
      `${REALISTIC.pocket} 1`,
      `${REALISTIC.blocks[0]} 2`,
      `${REALISTIC.tags[0]} 2`,
    ]);
    expect(doc.report.warnings).toEqual([]);
  });

  it("reads each cite: the Cite-styled short cite (split runs joined) and the whole line as the full cite", () => {
    expect(cards.map((c) => c.cite)).toEqual(REALISTIC.cites);
    expect(cards.map((c) => c.shortCite)).toEqual(REALISTIC.shortCites);
  });

  it("reads the bodies through bookmarks, proofing marks, page breaks, smart tags and hyperlinks, without the text box", () => {
    expect(cards.map((c) => c.body)).toEqual(REALISTIC.bodies);
    expect(cards.every((c) => c.insertions.length === 0)).toBe(true);
  });

  it("puts underline, emphasis and both highlight colours on exactly the right characters", () => {
    const [a, b, c] = cards as [VerbatimCard, VerbatimCard, VerbatimCard];
    // the paragraph mark's StyleUnderline underlines nothing; the shrunk text carries no layer
    expect(under(a.body, a.underline)).toEqual([
      "warming past two degrees",
      "trigger cascading tipping points",
      "the Arctic and Amazon",
      "Each tipping point feeds the next",
      "extinction follows",
    ]);
    expect(under(a.body, a.emphasis)).toEqual(["trigger cascading tipping points", "feeds the next"]);
    expect(a.highlights).toEqual([
      { ...at(a.body, " past two degrees"), color: "yellow" },
      { ...at(a.body, "trigger cascading tipping points"), color: "yellow" },
      { ...at(a.body, "the Arctic"), color: "yellow" },
      { ...at(a.body, " and Amazon"), color: "cyan" },
      { ...at(a.body, "extinction follows"), color: "yellow" },
    ]);
    expect(under(b.body, b.underline)).toEqual(["Emissions cuts this decade", "the only lever"]);
    expect(under(b.body, b.emphasis)).toEqual(["the only lever"]);
    expect(b.highlights).toEqual([
      { ...at(b.body, "Emissions cuts this decade"), color: "yellow" },
      { ...at(b.body, "the only lever"), color: "cyan" },
    ]);
    expect(under(c.body, c.underline)).toEqual(["Solar is now the cheapest power in history"]);
    expect(under(c.body, c.emphasis)).toEqual(["the cheapest"]);
    expect(c.highlights).toEqual([{ ...at(c.body, "Solar is now the cheapest power in history"), color: "yellow" }]);
  });

  it("becomes groups, evidence with its layers at quote offsets (yellow the main colour, cyan the second) and a claim", () => {
    const g = docxToImportedGraph(doc, { fileName: "1AC Warming.docx" });
    expect(g.groups).toEqual([
      { key: "g1", title: REALISTIC.pocket, kind: "pocket" },
      { key: "g2", title: REALISTIC.hat, kind: "hat", parentKey: "g1" },
      { key: "g3", title: REALISTIC.blocks[0], kind: "block", parentKey: "g2" },
      { key: "g4", title: REALISTIC.blocks[1], kind: "block", parentKey: "g2" },
    ]);
    expect(g.nodes.map((n) => [n.title, n.kind, n.groupKey])).toEqual([
      [REALISTIC.tags[0], "evidence", "g3"],
      [REALISTIC.analytic, "claim", "g3"],
      [REALISTIC.tags[1], "evidence", "g3"],
      [REALISTIC.tags[2], "evidence", "g4"],
    ]);
    const first = g.nodes[0]!.evidence!;
    const text = g.sources.find((s) => s.key === first.sourceKey)!.text;
    expect(text.slice(first.start, first.end)).toBe(first.quote);
    expect(first.quote).toBe(REALISTIC.bodies[0]);
    expect(first.cite).toBe(REALISTIC.cites[0]);
    expect(under(first.quote, first.highlights)).toEqual([
      " past two degrees",
      "trigger cascading tipping points",
      "the Arctic",
      "extinction follows",
    ]);
    expect(under(first.quote, first.highlights2 ?? [])).toEqual([" and Amazon"]);
    expect(under(first.quote, first.emphasis ?? [])).toEqual(["trigger cascading tipping points", "feeds the next"]);
    const second = g.nodes[2]!.evidence!;
    expect(under(second.quote, second.highlights2 ?? [])).toEqual(["the only lever"]);
    expect(g.report.document).toEqual({ pockets: 1, hats: 1, blocks: 2, cards: 3, analytics: 1 });
  });
});

describe("the realistic file through Clash's writer", () => {
  it("reads back with every tag, cite, body and layer (paragraph numbers aside)", async () => {
    const first = readVerbatimDocx(realisticVerbatimDocx());
    const second = readVerbatimDocx(await writeVerbatimDocx(first.items));
    const content = (d: VerbatimDoc) => d.items.map(({ paragraph: _p, ...rest }) => rest);
    expect(content(second)).toEqual(content(first));
    expect(second.report.counts).toEqual(first.report.counts);
  });
});
