// Clash → format → Clash for a small debate with a card: every format gives back what it can hold
// (the card as a card, its cite, quote and layers, the claim it backs, sides and speeches), and
// what it cannot hold is named in the export's notes.
import { describe, expect, it } from "vitest";
import type { NodeDto } from "../schemas";
import { importDocx } from "./docx";
import { encodeDownload } from "./download";
import { exportWithNotes, importFile } from "./index";
import type { ExportableDebate, ImportedGraph, ImportedNode } from "./types";

const SOURCE_TEXT =
  "Carbon taxes are the most cost-effective way to reduce emissions. British Columbia's carbon tax reduced fuel use by 16 percent per capita between 2008 and 2014, while the economy grew faster than the rest of Canada.\n\nCritics argue otherwise.";
const QUOTE =
  "British Columbia's carbon tax reduced fuel use by 16 percent per capita between 2008 and 2014, while the economy grew faster than the rest of Canada.";
const START = SOURCE_TEXT.indexOf(QUOTE);
const CITE =
  'Economist 24 — professor of economics, MIT; "Carbon pricing works," Energy Policy Journal, 3 March 2024, https://example.org/carbon';

const node = (over: Partial<NodeDto> & Pick<NodeDto, "id" | "kind" | "title">): NodeDto => ({
  side: "neutral",
  role: null,
  speech: null,
  responseType: null,
  body: "",
  position: { x: 0, y: 0 },
  version: 1,
  evidence: null,
  groupId: null,
  tags: [],
  ...over,
});

function carbonDebate(): ExportableDebate {
  return {
    id: "d",
    title: "Carbon tax debate",
    resolution: "The United States should adopt a carbon tax.",
    description: "A practice round.",
    nodes: [
      node({
        id: "claim",
        kind: "claim",
        title: "A carbon tax cuts emissions efficiently",
        side: "aff",
        role: "thesis",
        speech: "1AC",
      }),
      node({
        id: "card",
        kind: "evidence",
        title: "BC carbon tax cut fuel use 16% with no growth hit",
        side: "aff",
        speech: "1AC",
        position: { x: 370, y: 0 },
        evidence: {
          sourceId: "src",
          quote: QUOTE,
          start: START,
          end: START + QUOTE.length,
          prefix: SOURCE_TEXT.slice(Math.max(0, START - 32), START),
          suffix: SOURCE_TEXT.slice(START + QUOTE.length, START + QUOTE.length + 32),
          cite: CITE,
          highlights: [{ start: 50, end: 60 }],
          underline: [{ start: 0, end: 60 }],
          emphasis: [{ start: 50, end: 52 }],
          highlights2: [{ start: 0, end: 7 }],
          citeFields: {
            authors: "Jane Economist",
            qualifications: "professor of economics, MIT",
            date: "3 March 2024",
            title: "Carbon pricing works",
            publication: "Energy Policy Journal",
            url: "https://example.org/carbon",
          },
        },
      }),
      node({
        id: "reb",
        kind: "rebuttal",
        title: "Carbon taxes are regressive",
        side: "neg",
        speech: "1NC",
        responseType: "turn",
        position: { x: 0, y: 200 },
      }),
    ],
    edges: [
      { id: "e1", source: "card", target: "claim", relation: "supports", version: 1 },
      { id: "e2", source: "reb", target: "claim", relation: "rebuts", version: 1 },
    ],
    sources: [
      {
        id: "src",
        title: "Carbon pricing works",
        author: "Jane Economist",
        qualifications: "professor of economics, MIT",
        publication: "Energy Policy Journal",
        date: "3 March 2024",
        url: "https://example.org/carbon",
        attribution: "",
        text: SOURCE_TEXT,
        version: 1,
      },
    ],
    groups: [],
  };
}

const byTitle = (g: ImportedGraph, title: string): ImportedNode => {
  const n = g.nodes.find((x) => x.title === title);
  if (!n) throw new Error(`no node “${title}” in ${g.nodes.map((x) => x.title).join(", ")}`);
  return n;
};
/** Edges by titles, so keys of any format compare. */
const edgesOf = (g: ImportedGraph) =>
  g.edges
    .map((e) => {
      const t = (k: string) => g.nodes.find((n) => n.key === k)!.title;
      return `${t(e.from)} -${e.relation}-> ${t(e.to)}`;
    })
    .sort();
const EDGES = [
  "BC carbon tax cut fuel use 16% with no growth hit -supports-> A carbon tax cuts emissions efficiently",
  "Carbon taxes are regressive -rebuts-> A carbon tax cuts emissions efficiently",
];
/** The text under each range, so a shifted range fails. */
const under = (quote: string, rs: readonly { start: number; end: number }[] | undefined) =>
  (rs ?? []).map((r) => quote.slice(r.start, r.end));

/** What every format keeps: kinds, sides, speeches, the connections, and the card's quote and cite anchored in its source. */
function expectCommon(g: ImportedGraph, d: ExportableDebate) {
  expect(edgesOf(g)).toEqual(EDGES);
  for (const n of d.nodes) {
    const back = byTitle(g, n.title);
    expect([back.kind, back.side, back.speech], n.title).toEqual([n.kind, n.side, n.speech]);
  }
  const card = byTitle(g, d.nodes[1]!.title);
  expect(card.evidence).toMatchObject({ quote: QUOTE, cite: CITE });
  const source = g.sources.find((s) => s.key === card.evidence!.sourceKey)!;
  expect(source.text.slice(card.evidence!.start, card.evidence!.end)).toBe(QUOTE);
  expect(under(QUOTE, card.evidence!.highlights)).toEqual(["16 percent"]);
  return card;
}

describe("a debate with a card, round-tripped through each format", () => {
  const d = carbonDebate();

  it("Clash JSON keeps everything", () => {
    const g = importFile("json", exportWithNotes("json", d).text);
    const card = expectCommon(g, d);
    expect(card.evidence).toMatchObject({ citeFields: d.nodes[1]!.evidence!.citeFields, start: START });
    expect(g.sources[0]).toMatchObject({ title: "Carbon pricing works", author: "Jane Economist", text: SOURCE_TEXT });
    expect([g.resolution, g.description]).toEqual([d.resolution, d.description]);
  });

  it("Argdown keeps the card (quote, cite, highlights), roles and response types, and says what it cannot hold", () => {
    const { text } = exportWithNotes("argdown", d);
    const g = importFile("argdown", text);
    expectCommon(g, d);
    expect(byTitle(g, d.nodes[0]!.title).role).toBe("thesis");
    expect(byTitle(g, d.nodes[2]!.title).responseType).toBe("turn");
    expect(g.resolution).toBe(d.resolution);
    // Not held: the source, the other layers, the cite's parts; the file's closing comment says so.
    expect(text).toMatch(/What Argdown could not hold:[\s\S]*1 source with their full text/);
    expect(text).toContain("underline, emphasis, second highlight and insertions of 1 card");
    expect(text).toContain("the cite parts (author, date, qualifications…) of 1 card");
  });

  it("AIF keeps the card with its cite parts and every layer, and says the source is not held", () => {
    const { text } = exportWithNotes("aif", d);
    const g = importFile("aif", text);
    const card = expectCommon(g, d);
    const e = d.nodes[1]!.evidence!;
    expect(card.evidence).toMatchObject({ citeFields: e.citeFields });
    expect(under(QUOTE, card.evidence!.underline)).toEqual(under(QUOTE, e.underline));
    expect(under(QUOTE, card.evidence!.emphasis)).toEqual(under(QUOTE, e.emphasis));
    expect(under(QUOTE, card.evidence!.highlights2)).toEqual(under(QUOTE, e.highlights2));
    expect(byTitle(g, d.nodes[0]!.title).role).toBe("thesis");
    expect(byTitle(g, d.nodes[2]!.title).responseType).toBe("turn");
    expect([g.resolution, g.description]).toEqual([d.resolution, d.description]);
    const notes = (JSON.parse(text) as { clashNotExported: { what: string }[] }).clashNotExported.map((n) => n.what);
    expect(notes).toEqual(
      expect.arrayContaining([expect.stringMatching(/^sources/), expect.stringMatching(/^places of card quotes/)]),
    );
  });

  it("Word (.docx) keeps the card, the claim it backs under its block, roles, speeches and the resolution", async () => {
    const { body, notes } = await encodeDownload({ format: "docx", debate: d, selection: { kind: "debate" } });
    const g = importDocx(body as Uint8Array, "carbon-tax-debate.docx");
    const card = expectCommon(g, d);
    const e = d.nodes[1]!.evidence!;
    expect(under(QUOTE, card.evidence!.underline)).toEqual(under(QUOTE, e.underline));
    expect(under(QUOTE, card.evidence!.emphasis)).toEqual(under(QUOTE, e.emphasis));
    expect(under(QUOTE, card.evidence!.highlights2)).toEqual(under(QUOTE, e.highlights2));
    // The short cite Clash shows is set in the Cite style, so the cite line reads as a cite.
    expect(card.evidence!.citeFields).toEqual({ shortCite: "Economist 24" });
    expect(g.report.warnings.join(" ")).not.toMatch(/no cite line/);
    expect(byTitle(g, d.nodes[0]!.title).role).toBe("thesis");
    expect(byTitle(g, d.nodes[2]!.title).responseType).toBe("turn");
    expect([g.title, g.resolution, g.description]).toEqual([d.title, d.resolution, d.description]);
    // The claim is a block heading in the file, not a group, with its card under it.
    expect(g.groups).toEqual([]);
    expect(g.report.document).toMatchObject({ blocks: 1, cards: 1, analytics: 1 });
    expect(notes.map((n) => n.what)).toEqual(
      expect.arrayContaining([
        "positions on the map",
        "sources (title, author, date, address and full text)",
        "cite parts (author, qualifications, date, title…) of cards",
      ]),
    );
  });

  it("Word (.docx): a card added under a claim's block by hand (no Clash mark) backs that claim", async () => {
    const { readVerbatimDocx, writeVerbatimDocx, exportableToVerbatim, docxToImportedGraph } = await import("./docx");
    const items = exportableToVerbatim(d, { kind: "debate" });
    const at = items.findIndex((i) => i.type === "card");
    const card = items[at]!;
    if (card.type !== "card") throw new Error("no card");
    items.splice(at + 1, 0, { ...card, tag: "A card pasted in Word", marks: undefined });
    const g = docxToImportedGraph(readVerbatimDocx(await writeVerbatimDocx(items)));
    expect(edgesOf(g)).toContain("A card pasted in Word -supports-> A carbon tax cuts emissions efficiently");
  });
});
