// Writing a Verbatim .docx with the `docx` package and Verbatim's own styles part: headings as
// Heading1–3, tags (and analytics) as Heading4, the short cite in the Cite style, underline and
// emphasis as Verbatim's character styles, highlight as Word's direct highlight, unread text shrunk.
import { Bookmark, Document, Packer, Paragraph, ShadingType, TextRun } from "docx";
import type { DocxHighlight, DocxRange, VerbatimCard, VerbatimItem } from "./types";
import { VERBATIM_STYLE_IDS as IDS, VERBATIM_STYLES_XML } from "./verbatim-styles";

/** Word's highlight colours (w:highlight); any other colour is written as a shading fill. */
export const WORD_HIGHLIGHTS = new Set([
  "yellow",
  "green",
  "cyan",
  "magenta",
  "blue",
  "red",
  "darkBlue",
  "darkCyan",
  "darkGreen",
  "darkMagenta",
  "darkRed",
  "darkYellow",
  "darkGray",
  "lightGray",
  "black",
  "white",
]);

export type WriteOptions = {
  /** shrink text that is neither underlined nor highlighted (Verbatim's condensed look); default true */
  shrinkUnread?: boolean;
  /** the size of shrunk text in points; default 8 */
  unreadPoints?: number;
  /** document title in the file's properties */
  title?: string;
  /** the file's subject and comments (File › Info in Word): a debate's resolution and description */
  subject?: string;
  description?: string;
};

const inRanges = (rs: DocxRange[], i: number) => rs.some((r) => r.start <= i && i < r.end);

function bodyRuns(card: VerbatimCard, start: number, end: number, opts: Layout): TextRun[] {
  const points = new Set<number>([start, end]);
  for (const r of [...card.underline, ...card.emphasis, ...card.highlights]) {
    if (r.start > start && r.start < end) points.add(r.start);
    if (r.end > start && r.end < end) points.add(r.end);
  }
  const cuts = [...points].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  const insertionsAt = (at: number) => {
    for (const ins of card.insertions) if (ins.at === at) runs.push(new TextRun({ text: `[${ins.text}]` }));
  };
  for (let k = 0; k < cuts.length - 1; k++) {
    const a = cuts[k]!;
    const b = cuts[k + 1]!;
    // Insertions inside a segment split it where they stand.
    const inner = card.insertions.filter((x) => x.at > a && x.at < b).map((x) => x.at);
    const stops = [...new Set([a, ...inner, b])].sort((x, y) => x - y);
    for (let s = 0; s < stops.length - 1; s++) {
      const from = stops[s]!;
      const to = stops[s + 1]!;
      insertionsAt(from);
      const u = inRanges(card.underline, from);
      const e = inRanges(card.emphasis, from);
      const h: DocxHighlight | undefined = card.highlights.find((r) => r.start <= from && from < r.end);
      const style = e ? IDS.emphasis : u ? IDS.underline : undefined;
      runs.push(
        new TextRun({
          text: card.body.slice(from, to),
          ...(style ? { style } : {}),
          ...(e && !u ? { underline: { type: "none" as const } } : {}),
          ...(h
            ? WORD_HIGHLIGHTS.has(h.color)
              ? { highlight: h.color as "yellow" }
              : { shading: { type: ShadingType.CLEAR, color: "auto", fill: h.color } }
            : {}),
          ...(!u && !e && !h && opts.shrinkUnread ? { size: opts.unreadPoints * 2 } : {}),
        }),
      );
    }
  }
  insertionsAt(end);
  return runs;
}

function citeRuns(card: VerbatimCard): TextRun[] {
  const short = card.shortCite.trim();
  if (!short) return [new TextRun({ text: card.cite })];
  const at = card.cite.indexOf(short);
  if (at < 0)
    return [new TextRun({ text: short, style: IDS.cite }), new TextRun({ text: card.cite ? ` ${card.cite}` : "" })];
  const runs = [new TextRun({ text: short, style: IDS.cite })];
  if (at > 0) runs.unshift(new TextRun({ text: card.cite.slice(0, at) }));
  const rest = card.cite.slice(at + short.length);
  if (rest) runs.push(new TextRun({ text: rest }));
  return runs;
}

const LETTER_MARGINS = { top: 1440, right: 1440, bottom: 1440, left: 1440 };

type Layout = Required<Omit<WriteOptions, "title" | "subject" | "description">>;

/** A heading or tag paragraph: its text, after an empty bookmark per Clash mark (clash-marks.ts). */
function headingParagraph(style: string, text: string, marks: readonly string[] = []): Paragraph {
  return new Paragraph({
    style,
    children: [...marks.map((id) => new Bookmark({ id, children: [] })), new TextRun({ text })],
  });
}

function paragraphs(item: VerbatimItem, opts: Layout): Paragraph[] {
  switch (item.type) {
    case "pocket":
    case "hat":
    case "block":
      return [headingParagraph(IDS[item.type], item.text, item.marks)];
    case "analytic":
      return [headingParagraph(IDS.tag, item.text, item.marks)];
    case "card": {
      const out = [headingParagraph(IDS.tag, item.tag, item.marks)];
      if (item.cite.trim() || item.shortCite.trim()) out.push(new Paragraph({ children: citeRuns(item) }));
      let start = 0;
      if (item.body !== "")
        for (const line of item.body.split("\n")) {
          const end = start + line.length;
          out.push(new Paragraph({ children: bodyRuns(item, start, end, opts) }));
          start = end + 1;
        }
      return out;
    }
  }
}

/** A Verbatim .docx of the items, in order. */
export async function writeVerbatimDocx(items: VerbatimItem[], options: WriteOptions = {}): Promise<Uint8Array> {
  const opts = { shrinkUnread: options.shrinkUnread ?? true, unreadPoints: options.unreadPoints ?? 8 };
  const doc = new Document({
    ...(options.title ? { title: options.title } : {}),
    ...(options.subject ? { subject: options.subject } : {}),
    ...(options.description ? { description: options.description } : {}),
    externalStyles: VERBATIM_STYLES_XML,
    // US Letter with 1" margins, as Verbatim's template (the docx package's default is A4).
    sections: [
      {
        properties: { page: { size: { width: 12240, height: 15840 }, margin: LETTER_MARGINS } },
        children: items.flatMap((item) => paragraphs(item, opts)),
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}
