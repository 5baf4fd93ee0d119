import { describe, expect, it } from "vitest";
import { docxToImportedGraph, exportableToVerbatim, mainHighlightColor, type VerbatimExportable } from "./clash";
import { handVerbatimDocx } from "./fixtures";
import { readVerbatimDocx } from "./read";
import type { VerbatimCard, VerbatimDoc } from "./types";
import { writeVerbatimDocx } from "./write";

const card = (tag: string, cite: string, body: string, color = "yellow"): VerbatimCard => ({
  type: "card",
  tag,
  cite,
  shortCite: cite.split(" [")[0]!,
  body,
  underline: [{ start: 0, end: body.length }],
  emphasis: [],
  highlights: [{ start: 0, end: 2, color }],
  insertions: [],
  paragraph: 1,
});

const doc: VerbatimDoc = {
  items: [
    { type: "pocket", text: "Aff", paragraph: 1 },
    { type: "hat", text: "Case", paragraph: 2 },
    { type: "block", text: "Adv 1", paragraph: 3 },
    card("First", "Smith 20 [A]", "alpha beta"),
    card("Second", "Smith 20 [A]", "gamma delta", "cyan"),
    { type: "analytic", text: "They drop it", paragraph: 9 },
    { type: "pocket", text: "Neg", paragraph: 10 },
    card("Third", "", "uncited"),
    { ...card("Bare", "Roe 19 [B]", ""), underline: [], highlights: [] },
  ],
  report: {
    counts: { pockets: 2, hats: 1, blocks: 1, cards: 4, analytics: 1 },
    notUnderstood: [{ paragraph: 12, text: "stray", why: "text outside a card (no tag above it)" }],
    warnings: [],
  },
};

describe("docxToImportedGraph", () => {
  const g = docxToImportedGraph(doc, { fileName: "Aff.docx" });

  it("makes groups for pockets, hats and blocks with their parents, and puts nodes in the innermost one", () => {
    expect(g.groups).toEqual([
      { key: "g1", title: "Aff", kind: "pocket" },
      { key: "g2", title: "Case", kind: "hat", parentKey: "g1" },
      { key: "g3", title: "Adv 1", kind: "block", parentKey: "g2" },
      { key: "g4", title: "Neg", kind: "pocket" },
    ]);
    expect(g.nodes.map((n) => [n.title, n.kind, n.groupKey])).toEqual([
      ["First", "evidence", "g3"],
      ["Second", "evidence", "g3"],
      ["They drop it", "claim", "g3"],
      ["Third", "evidence", "g4"],
      ["Bare", "claim", "g4"],
    ]);
    expect(g.title).toBe("Aff");
  });

  it("shares a source between cards with the same full cite, each card anchored exactly at its offsets", () => {
    expect(g.sources.map((s) => [s.key, s.title, s.text])).toEqual([
      ["s1", "Smith 20 [A]", "alpha beta\n\ngamma delta"],
      ["s2", "Card without a cite", "uncited"],
    ]);
    for (const n of g.nodes.filter((x) => x.evidence)) {
      const e = n.evidence!;
      const text = g.sources.find((s) => s.key === e.sourceKey)!.text;
      expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(g.nodes[1]!.evidence).toMatchObject({ start: 12, end: 23, prefix: "alpha beta\n\n", suffix: "" });
  });

  it("splits highlights by colour: the file's main colour, then the second", () => {
    expect(mainHighlightColor(doc)).toBe("yellow");
    expect(g.nodes[0]!.evidence).toMatchObject({
      cite: "Smith 20 [A]",
      citeFields: { shortCite: "Smith 20" },
      highlights: [{ start: 0, end: 2 }],
      highlights2: [],
      underline: [{ start: 0, end: 10 }],
    });
    expect(g.nodes[1]!.evidence).toMatchObject({ highlights: [], highlights2: [{ start: 0, end: 2 }] });
  });

  it("keeps a tag with a cite and no text as a claim holding the cite, and reports counts and stray paragraphs", () => {
    expect(g.nodes[4]).toMatchObject({ kind: "claim", body: "Roe 19 [B]", evidence: null });
    expect(g.report.warnings[0]).toBe("read 2 pockets, 1 hat, 1 block, 4 cards and 1 analytic");
    expect(g.report.warnings).toContain(
      "paragraph 12 was not understood (text outside a card (no tag above it)): “stray”",
    );
  });
});

describe("exportableToVerbatim", () => {
  const ev = (quote: string) => ({
    sourceId: "s",
    quote,
    start: 0,
    end: quote.length,
    prefix: "",
    suffix: "",
    cite: "Smith 20 [A]",
    highlights: [{ start: 0, end: 2 }],
    highlights2: [{ start: 3, end: 4 }],
    underline: [{ start: 0, end: 4 }],
    citeFields: { shortCite: "Smith 20" },
  });
  const node = (id: string, kind: "claim" | "evidence", groupId: string | null, speech: string | null) => ({
    id,
    kind,
    side: "aff" as const,
    role: null,
    speech,
    responseType: null,
    title: `T ${id}`,
    body: "",
    position: { x: 0, y: 0 },
    evidence: kind === "evidence" ? ev(`quote ${id}`) : null,
    groupId,
  });
  const debate = {
    id: "d",
    title: "D",
    resolution: "",
    description: "",
    edges: [],
    sources: [],
    groups: [
      { id: "p", parentId: null, kind: "pocket", title: "Aff", order: 0 },
      { id: "b2", parentId: "p", kind: "block", title: "Second block", order: 2 },
      { id: "b1", parentId: "p", kind: "block", title: "First block", order: 1 },
    ],
    nodes: [node("a", "evidence", "b2", "1AC"), node("b", "claim", "b1", "1AC"), node("c", "evidence", null, "2NC")],
  } as unknown as VerbatimExportable;

  it("exports a whole debate in group order, cards with both highlight colours, claims as analytics", () => {
    const items = exportableToVerbatim(debate, { kind: "debate" });
    expect(items.map((i) => [i.type, "text" in i ? i.text : i.tag])).toEqual([
      ["card", "T c"],
      ["pocket", "Aff"],
      ["block", "First block"],
      ["analytic", "T b"],
      ["block", "Second block"],
      ["card", "T a"],
    ]);
    expect(items[5]).toMatchObject({
      shortCite: "Smith 20",
      body: "quote a",
      highlights: [
        { start: 0, end: 2, color: "yellow" },
        { start: 3, end: 4, color: "cyan" },
      ],
    });
  });

  it("exports one speech, one group, or chosen cards, with the groups above them", () => {
    const types = (s: Parameters<typeof exportableToVerbatim>[1]) =>
      exportableToVerbatim(debate, s).map((i) => ("text" in i ? i.text : i.tag));
    expect(types({ kind: "speech", speech: "2NC" })).toEqual(["T c"]);
    expect(types({ kind: "group", groupId: "b2" })).toEqual(["Aff", "Second block", "T a"]);
    expect(types({ kind: "nodes", ids: ["b"] })).toEqual(["Aff", "First block", "T b"]);
  });
});

describe("a debate built in Clash (no groups) as a Word file", () => {
  const arg = (id: string, side: "aff" | "neg" | "neutral", speech: string | null, kind = "claim") => ({
    id,
    kind,
    side,
    role: null,
    speech,
    responseType: null,
    title: `T ${id}`,
    body: "",
    position: { x: 0, y: 0 },
    evidence: null,
    groupId: null,
  });
  const debate = {
    id: "d",
    title: "Built here",
    resolution: "R",
    description: "",
    sources: [],
    groups: [],
    nodes: [arg("n1", "neg", "1NC", "rebuttal"), arg("res", "neutral", null), arg("a1", "aff", "1AC")],
    edges: [{ id: "e", source: "n1", target: "a1", relation: "rebuts", version: 1 }],
  } as unknown as VerbatimExportable;

  it("is a pocket per speech in the round's order, the speechless arguments first; read back, no group", async () => {
    const items = exportableToVerbatim(debate, { kind: "debate" });
    expect(items.map((i) => [i.type, "text" in i ? i.text : i.tag])).toEqual([
      ["analytic", "T res"],
      ["pocket", "1AC — First Affirmative Constructive"],
      ["analytic", "T a1"],
      ["pocket", "1NC — First Negative Constructive"],
      ["analytic", "T n1"],
    ]);
    // One speech's file needs no pocket for it.
    expect(exportableToVerbatim(debate, { kind: "speech", speech: "1NC" }).map((i) => i.type)).toEqual(["analytic"]);

    const g = docxToImportedGraph(readVerbatimDocx(await writeVerbatimDocx(items)));
    expect(g.groups).toEqual([]);
    expect(g.report.document).toMatchObject({ pockets: 0 });
    expect(g.nodes.map((n) => [n.title, n.side, n.speech ?? null, n.groupKey ?? null])).toEqual([
      ["T res", "neutral", null, null],
      ["T a1", "aff", "1AC", null],
      ["T n1", "neg", "1NC", null],
    ]);
    expect(g.edges).toHaveLength(1);
  });
});

describe("docx → Clash → docx", () => {
  it("keeps tags, cites, bodies and the characters under each layer", async () => {
    const first = readVerbatimDocx(handVerbatimDocx());
    const g = docxToImportedGraph(first);
    const groups = g.groups.map((x, i) => ({
      id: x.key,
      parentId: x.parentKey ?? null,
      kind: x.kind,
      title: x.title,
      order: i,
    }));
    const debate = {
      id: "d",
      title: g.title,
      resolution: "",
      description: "",
      edges: [],
      sources: [],
      groups,
      nodes: g.nodes.map((n) => ({
        ...n,
        id: n.key,
        groupId: n.groupKey ?? null,
        evidence: n.evidence ? { ...n.evidence, sourceId: n.evidence.sourceKey } : null,
      })),
    } as unknown as VerbatimExportable;
    const again = readVerbatimDocx(await writeVerbatimDocx(exportableToVerbatim(debate, { kind: "debate" })));
    // Clash's own marks (its hidden bookmarks) are new in the exported file: compared apart.
    const strip = (d: VerbatimDoc) =>
      d.items.map(({ paragraph: _p, marks: _m, ...rest }) =>
        rest.type === "card"
          ? { ...rest, highlights: rest.highlights.map((h) => rest.body.slice(h.start, h.end)) }
          : rest,
      );
    expect(strip(again)).toEqual(strip(first));
  });
});
