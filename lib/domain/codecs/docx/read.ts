// Reading a Verbatim .docx into a VerbatimDoc: pockets, hats, blocks, cards (tag, cite, body and
// its underline, emphasis and highlight layers) and analytics, in file order. Plain Word files
// read too: bold one-line paragraphs are tags, direct underline, bold and highlight are the layers.
import type { Element } from "@xmldom/xmldom";
import { ImportError } from "../types";
import { StyleSheet, mergeRunProps, runProps, type CharRole, type ParagraphRole, type RunProps } from "./styles";
import {
  DOCX_LIMITS,
  type DocxHighlight,
  type DocxInsertion,
  type DocxRange,
  type VerbatimCard,
  type VerbatimDoc,
  type VerbatimItem,
  type VerbatimReport,
} from "./types";
import { attr, child, children, parseXml } from "./xml";
import { readZipEntries } from "./zip";

const DOCUMENT = "word/document.xml";
const STYLES = "word/styles.xml";

/** One character run of a paragraph with what the reader needs of its formatting. */
type Seg = {
  text: string;
  underline: boolean;
  bold: boolean;
  emphasis: boolean;
  cite: boolean;
  highlight: string | null;
};
type Para = { n: number; role: ParagraphRole | null; segs: Seg[]; text: string };

/** Containers whose runs show in the paragraph (links, fields, content controls, tracked insertions). */
const RUN_CONTAINERS = new Set([
  "hyperlink",
  "smartTag",
  "ins",
  "sdt",
  "sdtContent",
  "customXml",
  "fldSimple",
  "moveTo",
  "dir",
  "bdo",
]);
/** Containers of paragraphs in the body (tables, content controls). */
const BLOCK_CONTAINERS = new Set(["tbl", "tr", "tc", "sdt", "sdtContent", "customXml"]);

function runText(run: Element): string {
  let text = "";
  for (const c of children(run)) {
    switch (c.localName) {
      case "t":
        text += c.textContent ?? "";
        break;
      case "tab":
        text += "\t";
        break;
      case "br":
      case "cr":
        if ((attr(c, "type") ?? "textWrapping") === "textWrapping") text += "\n";
        break;
      case "noBreakHyphen":
        text += "-";
        break;
    }
  }
  return text;
}

function readParagraph(p: Element, n: number, styles: StyleSheet): Para {
  const pPr = child(p, "pPr");
  const styleId = attr(child(pPr, "pStyle"), "val") ?? styles.defaultParagraphStyle;
  const paraProps = styles.props(styleId);
  const segs: Seg[] = [];
  const walk = (el: Element) => {
    for (const c of children(el)) {
      if (c.localName === "r") {
        const text = runText(c);
        if (!text) continue;
        const rPr = child(c, "rPr");
        const charStyle = attr(child(rPr, "rStyle"), "val");
        const role: CharRole | null = styles.charRole(charStyle);
        const direct = runProps(rPr);
        const props: RunProps = mergeRunProps(mergeRunProps(paraProps, styles.props(charStyle)), direct);
        const underline = direct.underline ?? (role === "underline" || props.underline === true);
        segs.push({
          text,
          underline,
          bold: props.bold === true,
          // A style with a role of its own (Verbatim's underline is bold in some versions) is not emphasis by its boldness.
          emphasis: role === "emphasis" || direct.bold === true || (role === null && props.bold === true),
          cite: role === "cite",
          highlight: props.highlight ?? null,
        });
      } else if (RUN_CONTAINERS.has(c.localName ?? "")) walk(c);
    }
  };
  walk(p);
  return { n, role: styles.paragraphRole(styleId), segs, text: segs.map((s) => s.text).join("") };
}

function collectParagraphs(body: Element, out: Element[]): void {
  for (const c of children(body)) {
    if (c.localName === "p") out.push(c);
    else if (BLOCK_CONTAINERS.has(c.localName ?? "")) collectParagraphs(c, out);
    if (out.length > DOCX_LIMITS.maxParagraphs)
      throw new ImportError(
        "too_many",
        `the .docx file has more than ${DOCX_LIMITS.maxParagraphs.toLocaleString("en")} paragraphs`,
      );
  }
}

/** Consecutive characters with the same value of `key` become one range; null values are gaps. */
function ranges<T>(values: (T | null)[]): { start: number; end: number; value: T }[] {
  const out: { start: number; end: number; value: T }[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    const last = out[out.length - 1];
    if (last && last.end === i && last.value === v) last.end = i + 1;
    else out.push({ start: i, end: i + 1, value: v });
  }
  return out;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

type CardDraft = { tag: Para; cite: Para | null; body: Para[] };

/** Build a card's body, its layers and its [bracketed] insertions from its paragraphs. */
function buildCard(d: CardDraft): VerbatimCard {
  const paras = [...d.body];
  while (paras.length && paras[0]!.text.trim() === "") paras.shift();
  while (paras.length && paras[paras.length - 1]!.text.trim() === "") paras.pop();
  type Ch = { c: string; u: boolean; e: boolean; h: string | null };
  let chars: Ch[] = [];
  const insertions: DocxInsertion[] = [];
  paras.forEach((p, i) => {
    if (i > 0) chars.push({ c: "\n", u: false, e: false, h: null });
    const line: Ch[] = [];
    for (const s of p.segs)
      for (const c of s.text.replace(/\n/g, " ")) line.push({ c, u: s.underline, e: s.emphasis, h: s.highlight });
    // Words in [brackets] are the debater's, not the author's: kept aside as insertions.
    const kept: Ch[] = [];
    for (let k = 0; k < line.length; k++) {
      if (line[k]!.c === "[") {
        let close = -1;
        for (let j = k + 1; j < line.length; j++) {
          if (line[j]!.c === "[") break;
          if (line[j]!.c === "]") {
            close = j;
            break;
          }
        }
        if (close > 0) {
          insertions.push({
            at: chars.length + kept.length,
            text: line
              .slice(k + 1, close)
              .map((x) => x.c)
              .join(""),
          });
          k = close;
          continue;
        }
      }
      kept.push(line[k]!);
    }
    chars = chars.concat(kept);
  });
  const toRanges = (vals: (true | null)[]): DocxRange[] => ranges(vals).map(({ start, end }) => ({ start, end }));
  const cite = d.cite ? oneLine(d.cite.text) : "";
  const shortCite = d.cite
    ? oneLine(
        d.cite.segs
          .filter((s) => s.cite)
          .map((s) => s.text)
          .join(""),
      )
    : "";
  return {
    type: "card",
    tag: oneLine(d.tag.text),
    cite,
    shortCite,
    body: chars.map((x) => x.c).join(""),
    underline: toRanges(chars.map((x) => (x.u ? true : null))),
    emphasis: toRanges(chars.map((x) => (x.e ? true : null))),
    highlights: ranges(chars.map((x) => x.h)).map(({ start, end, value }): DocxHighlight => ({
      start,
      end,
      color: value,
    })),
    insertions,
    paragraph: d.tag.n,
  };
}

/** The short cite of a plain Word cite line: its leading bold words ("Smith 20"). */
function plainShortCite(p: Para): string {
  let out = "";
  for (const s of p.segs) {
    if (!s.bold) {
      if (s.text.trim() === "" && out === "") continue;
      break;
    }
    out += s.text;
  }
  return oneLine(out);
}

const hasMarks = (p: Para) => p.segs.some((s) => s.text.trim() !== "" && (s.underline || s.highlight !== null));
const allBold = (p: Para) => p.text.trim() !== "" && p.segs.every((s) => s.text.trim() === "" || s.bold);

/**
 * Read a Verbatim (or plain Word) .docx. Refuses with ImportError: "malformed" (HTTP 422) for a
 * file that is not a .docx, is encrypted, damaged or has no document, "too_large" (413) when it
 * inflates beyond DOCX_LIMITS.maxDecompressedBytes. Macros (vbaProject.bin) are never read.
 */
export function readVerbatimDocx(bytes: Uint8Array, limits: { maxDecompressedBytes?: number } = {}): VerbatimDoc {
  const parts = readZipEntries(
    bytes,
    [DOCUMENT, STYLES],
    limits.maxDecompressedBytes ?? DOCX_LIMITS.maxDecompressedBytes,
  );
  const docBytes = parts.get(DOCUMENT);
  if (!docBytes)
    throw new ImportError("malformed", "the file is a zip but not a Word document (it has no word/document.xml)");
  const stylesBytes = parts.get(STYLES);
  const styles = new StyleSheet(stylesBytes ? parseXml(stylesBytes, "styles.xml") : null);
  const doc = parseXml(docBytes, "document.xml");
  const body = child(doc.documentElement, "body");
  if (!body) throw new ImportError("malformed", "the .docx file is damaged: its document has no body");
  const elements: Element[] = [];
  collectParagraphs(body, elements);
  const paras = elements.map((p, i) => readParagraph(p, i + 1, styles));
  return interpret(paras, styles.hasCharRole("cite"));
}

function interpret(paras: Para[], verbatimStyles: boolean): VerbatimDoc {
  const items: VerbatimItem[] = [];
  const report: VerbatimReport = {
    counts: { pockets: 0, hats: 0, blocks: 0, cards: 0, analytics: 0 },
    notUnderstood: [],
    warnings: [],
  };
  const notUnderstood = (p: Para, why: string) => {
    if (report.notUnderstood.length < 500)
      report.notUnderstood.push({ paragraph: p.n, text: oneLine(p.text).slice(0, 120), why });
  };
  let card: CardDraft | null = null;
  let citeless = 0;
  let bodiless = 0;
  const flush = () => {
    if (!card) return;
    const built = buildCard(card);
    if (built.body === "" && card.cite === null) {
      items.push({ type: "analytic", text: built.tag, paragraph: built.paragraph });
      report.counts.analytics++;
    } else {
      if (built.body === "") bodiless++;
      if (card.cite === null) citeless++;
      items.push(built);
      report.counts.cards++;
    }
    card = null;
  };
  for (const p of paras) {
    const empty = p.text.trim() === "";
    const role: ParagraphRole | null =
      p.role ??
      (!verbatimStyles &&
      !empty &&
      allBold(p) &&
      p.text.length <= 500 &&
      !(card && card.cite === null && card.body.length === 0)
        ? "tag"
        : null);
    if (role === "pocket" || role === "hat" || role === "block") {
      flush();
      if (empty) continue;
      items.push({ type: role, text: oneLine(p.text), paragraph: p.n });
      report.counts[role === "pocket" ? "pockets" : role === "hat" ? "hats" : "blocks"]++;
      continue;
    }
    if (role === "tag") {
      flush();
      if (!empty) card = { tag: p, cite: null, body: [] };
      continue;
    }
    const current = card;
    if (!current) {
      if (!empty) notUnderstood(p, "text outside a card (no tag above it)");
      continue;
    }
    if (current.cite === null && current.body.length === 0) {
      if (empty) continue;
      const citeRun = p.segs.some((s) => s.cite && s.text.trim() !== "");
      // The first paragraph under a tag is its cite when it has the Cite style, or (in a file
      // without Verbatim's styles) when nothing in it is underlined or highlighted.
      if (citeRun || (!verbatimStyles && !hasMarks(p))) {
        current.cite = citeRun
          ? p
          : {
              ...p,
              segs: p.segs.map((s, i) => ({
                ...s,
                cite: s.bold && p.segs.slice(0, i).every((x) => x.bold || x.text.trim() === ""),
              })),
            };
        if (!citeRun && plainShortCite(p) === "") current.cite = p;
        continue;
      }
    }
    current.body.push(p);
  }
  flush();
  if (citeless > 0) report.warnings.push(`${citeless} cards have no cite line`);
  if (bodiless > 0) report.warnings.push(`${bodiless} cards have a cite but no card text`);
  return { items, report };
}
