import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { handVerbatimDocx, plainWordDocx } from "./fixtures";
import { readVerbatimDocx } from "./read";
import type { VerbatimCard, VerbatimDoc, VerbatimItem } from "./types";
import { writeVerbatimDocx } from "./write";

/** The text under each layer, character for character, so a shifted range fails. */
function layers(c: VerbatimCard) {
  const under = (rs: { start: number; end: number }[]) => rs.map((r) => c.body.slice(r.start, r.end));
  return {
    underline: under(c.underline),
    emphasis: under(c.emphasis),
    highlights: c.highlights.map((h) => [h.color, c.body.slice(h.start, h.end)]),
  };
}

/** Everything but paragraph numbers (the writer lays paragraphs out its own way). */
const content = (d: VerbatimDoc) => d.items.map(({ paragraph: _p, ...rest }) => rest);

async function roundTrip(bytes: Uint8Array) {
  const first = readVerbatimDocx(bytes);
  const second = readVerbatimDocx(await writeVerbatimDocx(first.items));
  return { first, second };
}

/** A Verbatim-like file made with the docx package, with styles by Verbatim's ids. */
async function docxPackageFixture(): Promise<Uint8Array> {
  const doc = new Document({
    styles: {
      paragraphStyles: [{ id: "Heading4", name: "heading 4", basedOn: "Normal", run: { bold: true, size: 26 } }],
      characterStyles: [
        { id: "Style13ptBold", name: "Style 13 pt Bold", run: { bold: true, size: 26 } },
        { id: "StyleUnderline", name: "Style Underline", run: { underline: {} } },
        { id: "Emphasis", name: "Emphasis", run: { bold: true, underline: {} } },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Neg")] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Case")] }),
          new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun("A2 Warming")] }),
          new Paragraph({ style: "Heading4", children: [new TextRun("No extinction")] }),
          new Paragraph({
            children: [new TextRun({ text: "Nordhaus 18", style: "Style13ptBold" }), new TextRun(" [William, Yale]")],
          }),
          new Paragraph({
            children: [
              new TextRun({ text: "Models ", size: 16 }),
              new TextRun({ text: "show ", style: "StyleUnderline" }),
              new TextRun({ text: "adaptation", style: "Emphasis", highlight: "yellow" }),
              new TextRun({ text: " [is] " }),
              new TextRun({ text: "likely", style: "StyleUnderline", highlight: "cyan" }),
              new TextRun({ text: " bold-only", bold: true }),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: "next para", highlight: "yellow" })] }),
          new Paragraph({ style: "Heading4", children: [new TextRun("Extend the turn")] }),
        ],
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}

describe("read → write → read", () => {
  it("keeps every tag, cite, body and layer of a hand-written Verbatim file", async () => {
    const { first, second } = await roundTrip(handVerbatimDocx());
    expect(content(second)).toEqual(content(first));
    expect(second.report.counts).toEqual(first.report.counts);
    const c = second.items.find((i): i is VerbatimCard => i.type === "card")!;
    expect(layers(c)).toEqual({
      underline: ["will not survive", "linked", "cyan"],
      emphasis: [" survive"],
      highlights: [
        ["yellow", "not survive"],
        ["00FFFF", " end"],
        ["cyan", "cyan"],
      ],
    });
  });

  it("keeps a plain Word file's cards once read", async () => {
    const { first, second } = await roundTrip(plainWordDocx());
    expect(content(second)).toEqual(content(first));
  });

  it("keeps a file made with the docx package", async () => {
    const { first, second } = await roundTrip(await docxPackageFixture());
    expect(first.items.map((i) => i.type)).toEqual(["pocket", "hat", "block", "card", "analytic"]);
    const c = first.items[3] as VerbatimCard;
    expect(c).toMatchObject({ tag: "No extinction", shortCite: "Nordhaus 18", cite: "Nordhaus 18 [William, Yale]" });
    expect(c.body).toBe("Models show adaptation  likely bold-only\nnext para");
    expect(c.insertions).toEqual([{ at: "Models show adaptation ".length, text: "is" }]);
    expect(layers(c)).toEqual({
      underline: ["show adaptation", "likely"],
      emphasis: ["adaptation", " bold-only"],
      highlights: [
        ["yellow", "adaptation"],
        ["cyan", "likely"],
        ["yellow", "next para"],
      ],
    });
    expect(content(second)).toEqual(content(first));
  });

  it("writes emphasis outside underline, highlight outside underline, insertions at line ends and empty lines", async () => {
    const items: VerbatimItem[] = [
      { type: "hat", text: "Hat", paragraph: 0 },
      {
        type: "card",
        tag: "Tag",
        cite: "Roe 21, Author",
        shortCite: "Roe 21",
        body: "alpha beta gamma\n\ndelta",
        underline: [{ start: 0, end: 5 }],
        emphasis: [{ start: 6, end: 10 }],
        highlights: [
          { start: 11, end: 16, color: "yellow" },
          { start: 18, end: 23, color: "green" },
        ],
        insertions: [
          { at: 16, text: "sic" },
          { at: 18, text: "x" },
          { at: 23, text: "end" },
        ],
        paragraph: 0,
      },
      {
        type: "card",
        tag: "No cite",
        cite: "",
        shortCite: "",
        body: "only body",
        underline: [],
        emphasis: [],
        highlights: [],
        insertions: [],
        paragraph: 0,
      },
    ];
    const back = readVerbatimDocx(await writeVerbatimDocx(items));
    expect(content(back)).toEqual(items.map(({ paragraph: _p, ...rest }) => rest));
  });

  it("keeps every layer and insertion in place past emoji and other characters outside the BMP", async () => {
    const body = "🌍 warming 𝑥 kills\n\n🔥 fires spread";
    const at = (s: string) => ({ start: body.indexOf(s), end: body.indexOf(s) + s.length });
    const items: VerbatimItem[] = [
      {
        type: "card",
        tag: "Tag 🌍",
        cite: "Roe 21, Author",
        shortCite: "Roe 21",
        body,
        underline: [at("warming"), at("fires")],
        emphasis: [at("kills")],
        highlights: [{ ...at("𝑥 kills"), color: "yellow" }],
        insertions: [{ at: body.indexOf(" spread"), text: "wild" }],
        paragraph: 0,
      },
    ];
    const back = readVerbatimDocx(await writeVerbatimDocx(items));
    expect(content(back)).toEqual(items.map(({ paragraph: _p, ...rest }) => rest));
  });
});

describe("writeVerbatimDocx styles", () => {
  it("defines Verbatim's ids, names and aliases and uses them on tags, cites and layers", async () => {
    const { readZipEntries } = await import("./zip");
    const { parseXml, attr, child, children } = await import("./xml");
    const bytes = await writeVerbatimDocx([
      {
        type: "card",
        tag: "T",
        cite: "A 1 rest",
        shortCite: "A 1",
        body: "u e",
        underline: [{ start: 0, end: 1 }],
        emphasis: [{ start: 2, end: 3 }],
        highlights: [],
        insertions: [],
        paragraph: 0,
      },
    ]);
    const parts = readZipEntries(bytes, ["word/styles.xml", "word/document.xml"], 1e7);
    const styles = parseXml(parts.get("word/styles.xml")!, "styles.xml");
    const defs = Object.fromEntries(
      children(styles.documentElement, "style").map((s) => [
        attr(s, "styleId"),
        [attr(child(s, "name"), "val"), attr(child(s, "aliases"), "val")],
      ]),
    );
    expect(defs).toMatchObject({
      Heading1: ["heading 1", "Pocket"],
      Heading2: ["heading 2", "Hat"],
      Heading3: ["heading 3", "Block"],
      Heading4: ["heading 4", "Tag"],
      Style13ptBold: ["Style 13 pt Bold", "Cite"],
      StyleUnderline: ["Style Underline", "Underline"],
      Emphasis: ["Emphasis", null],
    });
    const xml = new TextDecoder().decode(parts.get("word/document.xml"));
    expect(xml).toContain(`<w:pStyle w:val="Heading4"/>`);
    expect(xml).toContain(`<w:rStyle w:val="Style13ptBold"/>`);
    expect(xml).toContain(`<w:rStyle w:val="StyleUnderline"/>`);
    expect(xml).toContain(`<w:rStyle w:val="Emphasis"/>`);
    // the unread space between the two layers is shrunk to 8 pt
    expect(xml).toContain(`<w:sz w:val="16"/>`);
    // US Letter, as Verbatim's template, not the docx package's A4
    expect(xml).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });
});
