// Reading a Verbatim .docx into a VerbatimDoc: pockets, hats, blocks, cards (tag, cite, body and
// its underline, emphasis and highlight layers) and analytics, in file order. Plain Word files
// read too: bold one-line paragraphs are tags, direct underline, bold and highlight are the layers.
import { plural } from "../../evaluation/text";
import { ImportError } from "../types";
import {
  StyleSheet,
  mergeRunProps,
  runProps,
  stackStyles,
  type CharRole,
  type ParagraphRole,
  type RunProps,
} from "./styles";
import {
  DOCX_LIMITS,
  type DocxHighlight,
  type DocxInsertion,
  type DocxProperties,
  type DocxRange,
  type VerbatimCard,
  type VerbatimDoc,
  type VerbatimItem,
  type VerbatimReport,
} from "./types";
import { isClashMark } from "./clash-marks";
import { corePropertiesPart, mainDocument, stylesPart } from "./package";
import { attr, child, children, onOff, parseXml, type XmlElement } from "./xml";
import { openZip } from "./zip";

/** One character run of a paragraph with what the reader needs of its formatting. */
type Seg = {
  text: string;
  underline: boolean;
  bold: boolean;
  /** bold set on the run itself, not by a style */
  directBold: boolean;
  emphasis: boolean;
  cite: boolean;
  /** the run's character style plays a role (cite, underline, emphasis) */
  styled: boolean;
  /** the heading role of the paragraph style the run's character style is linked to ("Heading 4 Char": tag) */
  linked: ParagraphRole | null;
  /** font size in half-points, when a style or the run sets one */
  size: number | null;
  highlight: string | null;
};
/** `marks`: the names of Clash's bookmarks in the paragraph (clash-marks.ts) */
type Para = { n: number; role: ParagraphRole | null; segs: Seg[]; text: string; marks: string[] };

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

/**
 * The complex fields open at a point of a paragraph, innermost last: true while in a field's
 * instruction (begin to separate), false in its result (separate to end). Only results show.
 */
type Fields = boolean[];

function fieldChar(c: XmlElement, fields: Fields): void {
  const type = attr(c, "fldCharType");
  if (type === "begin") fields.push(true);
  else if (type === "separate" && fields.length) fields[fields.length - 1] = false;
  else if (type === "end") fields.pop();
}

/**
 * Symbol fonts' characters in Unicode, from code 0x20 of the font. Symbol's are Adobe's Symbol
 * encoding (Greek, maths, arrows); Wingdings' only the ones debaters use (check marks, boxes,
 * bullets, arrows), the rest of it being pictures Unicode has no plain equivalent for.
 */
const SYMBOL_FONTS: Record<string, (code: number) => string | undefined> = {
  symbol: (code) =>
    code < 0x7f
      ? SYMBOL_LOW[code - 0x20]
      : code >= 0xa0 && code <= 0xe5
        ? SYMBOL_HIGH[code - 0xa0]
        : ({ 0xf1: "〉", 0xf2: "∫" } as Record<number, string>)[code],
  wingdings: (code) => WINGDINGS[code],
};
const SYMBOL_LOW = [
  ..." !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼",
];
const SYMBOL_HIGH = [..."€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑"];
const WINGDINGS: Record<number, string> = {
  0x20: " ",
  0x46: "☞",
  0x4a: "☺",
  0x4c: "☹",
  0x6c: "●",
  0x6e: "■",
  0x6f: "□",
  0x71: "❑",
  0x75: "◆",
  0x76: "❖",
  0x9e: "·",
  0x9f: "•",
  0xa0: "▪",
  0xa1: "○",
  0xa7: "▪",
  0xa8: "◻",
  0xab: "★",
  0xd8: "➢",
  0xdf: "←",
  0xe0: "→",
  0xe1: "↑",
  0xe2: "↓",
  0xe8: "➔",
  0xef: "⇦",
  0xf0: "⇨",
  0xfb: "✗",
  0xfc: "✓",
  0xfd: "☒",
  0xfe: "☑",
};

/**
 * A `w:sym` character (hex, "F0E0" or "2192"). A symbol font's character (F020–F0FF, or 20–FF
 * with the font named) is its Unicode equivalent, or nothing: a private-use character shows as
 * a box or a blank anywhere without the font, and Clash shows text in its own fonts.
 */
function symbol(c: XmlElement): string {
  const code = parseInt(attr(c, "char") ?? "", 16);
  if (!Number.isInteger(code) || code <= 0 || code > 0xffff) return "";
  const font = SYMBOL_FONTS[(attr(c, "font") ?? "").trim().toLowerCase()];
  const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  if (font && low >= 0x20 && low <= 0xff) return font(low) ?? "";
  return code >= 0xe000 && code <= 0xf8ff ? "" : String.fromCharCode(code);
}

function runText(run: XmlElement, fields: Fields): string {
  let text = "";
  for (const c of children(run)) {
    if (c.localName === "fldChar") fieldChar(c, fields);
    // A note reference with a custom mark ("*") shows the rest of its run as the mark, not as text.
    else if (isNoteReference(c) && ON.has(attr(c, "customMarkFollows") ?? "")) break;
    else if (!fields.includes(true)) text += runPiece(c);
  }
  return text;
}

const isNoteReference = (c: XmlElement) => c.localName === "footnoteReference" || c.localName === "endnoteReference";
const ON = new Set(["1", "true", "on"]);

/** A content control showing its placeholder ("Click or tap here to enter text."): empty, its text only a prompt. */
const showingPlaceholder = (sdt: XmlElement) => onOff(child(child(sdt, "sdtPr"), "showingPlcHdr")) === true;

/** The text one child of a run shows (instruction text, deleted text, drawings and marks show none). */
function runPiece(c: XmlElement): string {
  switch (c.localName) {
    case "t":
      return c.textContent ?? "";
    case "tab":
    case "ptab":
      return "\t";
    case "br":
    case "cr":
      // A page or column break parts the words around it as a line break does.
      return "\n";
    case "noBreakHyphen":
      return "-";
    case "sym":
      return symbol(c);
    default:
      // softHyphen too: it shows only where Word breaks the line.
      return "";
  }
}

/** The branch of `mc:AlternateContent` to read: the fallback (plain markup) or else the first choice, never both. */
function alternate(el: XmlElement): XmlElement | null {
  return child(el, "Fallback") ?? child(el, "Choice");
}

/** How deep tables, content controls and the like may nest before the file is refused (a real file nests a few deep). */
const MAX_DEPTH = 100;

function tooDeep(): ImportError {
  return new ImportError(
    "too_deep",
    `the .docx file nests tables, links or content controls more than ${MAX_DEPTH} deep, more than Clash reads`,
  );
}

/** What the paragraph's style and the run's own properties make of one run. */
function readRun(r: XmlElement, text: string, paraProps: RunProps, styles: StyleSheet): Seg {
  const rPr = child(r, "rPr");
  const charStyle = attr(child(rPr, "rStyle"), "val");
  const role: CharRole | null = styles.charRole(charStyle);
  const direct = runProps(rPr);
  const props: RunProps = mergeRunProps(stackStyles(paraProps, styles.props(charStyle)), direct);
  return {
    text,
    underline: direct.underline ?? (role === "underline" || props.underline === true),
    bold: props.bold === true,
    directBold: direct.bold === true,
    // A style with a role of its own (Verbatim's underline is bold in some versions) is not emphasis by its boldness.
    emphasis: role === "emphasis" || direct.bold === true || (role === null && props.bold === true),
    cite: role === "cite",
    styled: role !== null,
    linked: styles.linkedParagraphRole(charStyle),
    size: props.size ?? null,
    highlight: props.highlight ?? null,
  };
}

/** A heading level set on the paragraph itself (Word's Navigation Pane shows it): outline levels 0–3. */
function directRole(pPr: XmlElement | null): ParagraphRole | null {
  const level = attr(child(pPr, "outlineLvl"), "val");
  return level === null ? null : (OUTLINE_ROLES[Number(level)] ?? null);
}
const OUTLINE_ROLES: readonly ParagraphRole[] = ["pocket", "hat", "block", "tag"];

function readParagraph(p: XmlElement, n: number, styles: StyleSheet): Para {
  const pPr = child(p, "pPr");
  const styleId = attr(child(pPr, "pStyle"), "val") ?? styles.defaultParagraphStyle;
  const paraProps = styles.props(styleId);
  const segs: Seg[] = [];
  const marks: string[] = [];
  const fields: Fields = [];
  const walk = (el: XmlElement, depth: number) => {
    if (depth > MAX_DEPTH) throw tooDeep();
    for (const c of children(el)) {
      const name = c.localName ?? "";
      if (name === "bookmarkStart") {
        const mark = attr(c, "name") ?? "";
        if (isClashMark(mark) && marks.length < 100) marks.push(mark);
      } else if (name === "r") {
        const text = runText(c, fields);
        if (text) segs.push(readRun(c, text, paraProps, styles));
      } else if (name === "sdt" && showingPlaceholder(c)) continue;
      else if (RUN_CONTAINERS.has(name)) walk(c, depth + 1);
      else if (name === "AlternateContent") {
        const branch = alternate(c);
        if (branch) walk(branch, depth + 1);
      }
    }
  };
  walk(p, 0);
  const role = styles.paragraphRole(styleId) ?? directRole(pPr);
  return { n, role, segs, text: segs.map((s) => s.text).join(""), marks };
}

/** The paragraph's mark is deleted, or moved away, by a tracked change. */
function markDeleted(p: XmlElement): boolean {
  const rPr = child(child(p, "pPr"), "rPr");
  return child(rPr, "del") !== null || child(rPr, "moveFrom") !== null;
}

/**
 * A paragraph whose mark is deleted runs on into the next one: Word shows them as one, and
 * accepting the change makes them one. The joined paragraph keeps the first's number and role
 * (its text starts there), or the next's when the first has no text left (a deleted line).
 * Paragraphs join within one container only: Word never joins one out of a table cell.
 */
function joinDeletedMarks(elements: XmlElement[], paras: Para[]): Para[] {
  const out: Para[] = [];
  let open: Para | null = null;
  paras.forEach((p, i) => {
    const joined: Para = !open
      ? p
      : {
          ...(open.text.trim() === "" ? p : open),
          segs: [...open.segs, ...p.segs],
          text: open.text + p.text,
          marks: [...open.marks, ...p.marks],
        };
    const el = elements[i]!;
    const next = elements[i + 1];
    if (next && next.parentNode === el.parentNode && markDeleted(el)) open = joined;
    else {
      out.push(joined);
      open = null;
    }
  });
  return out;
}

function collectParagraphs(body: XmlElement, out: XmlElement[], depth = 0): void {
  if (depth > MAX_DEPTH) throw tooDeep();
  for (const c of children(body)) {
    const name = c.localName ?? "";
    if (name === "p") out.push(c);
    else if (name === "sdt" && showingPlaceholder(c)) continue;
    else if (BLOCK_CONTAINERS.has(name)) collectParagraphs(c, out, depth + 1);
    else if (name === "AlternateContent") {
      const branch = alternate(c);
      if (branch) collectParagraphs(branch, out, depth + 1);
    }
    if (out.length > DOCX_LIMITS.maxParagraphs)
      throw new ImportError(
        "too_many",
        `the .docx file has more than ${DOCX_LIMITS.maxParagraphs.toLocaleString("en")} paragraphs`,
      );
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** `undertags`: the lines under the tag before its cite (Verbatim 6's Undertag), read as part of the tag. */
type CardDraft = { tag: Para; undertags: Para[]; cite: Para | null; body: Para[] };

/** Add [start, end) to a layer, joined to its last range when they touch (and, for highlights, share a colour). */
function extend<R extends DocxRange & { color?: string }>(layer: R[], range: R): void {
  const last = layer[layer.length - 1];
  if (last && last.end === range.start && last.color === range.color) last.end = range.end;
  else layer.push(range);
}

/**
 * Build a card's body, its layers and its [bracketed] insertions from its paragraphs, run by run
 * (a card's characters are never objects of their own: a season's file has millions). Offsets are
 * the body's own (UTF-16, as everywhere in Clash), so an emoji before a layer does not shift it.
 */
function buildCard(d: CardDraft): VerbatimCard {
  const paras = [...d.body];
  while (paras.length && paras[0]!.text.trim() === "") paras.shift();
  while (paras.length && paras[paras.length - 1]!.text.trim() === "") paras.pop();
  let body = "";
  const underline: DocxRange[] = [];
  const emphasis: DocxRange[] = [];
  const highlights: DocxHighlight[] = [];
  const insertions: DocxInsertion[] = [];
  paras.forEach((p, i) => {
    if (i > 0) body += "\n";
    const line = p.segs.map((s) => s.text).join("");
    // Breaks at a paragraph's ends (a page break before its text, Shift+Enter after it) part
    // nothing; within it, they part words, as a space does in one line of text.
    let lo = 0;
    let hi = line.length;
    while (lo < hi && line[lo] === "\n") lo++;
    while (hi > lo && line[hi - 1] === "\n") hi--;
    const text = line.slice(lo, hi).replaceAll("\n", " ");
    // Each run's span of `text` (line offsets less lo), for the layers of the parts kept.
    const spans: { start: number; end: number; seg: Seg }[] = [];
    for (let at = -lo, k = 0; k < p.segs.length; k++) {
      const seg = p.segs[k]!;
      const start = Math.max(0, at);
      const end = Math.min(text.length, at + seg.text.length);
      if (end > start) spans.push({ start, end, seg });
      at += seg.text.length;
    }
    let next = 0; // the first span that may still hold kept text
    const keep = (from: number, to: number) => {
      if (to <= from) return;
      const base = body.length - from;
      body += text.slice(from, to);
      while (next < spans.length && spans[next]!.end <= from) next++;
      for (let k = next; k < spans.length && spans[k]!.start < to; k++) {
        const { start, end, seg } = spans[k]!;
        const a = base + Math.max(start, from);
        const b = base + Math.min(end, to);
        if (seg.underline) extend(underline, { start: a, end: b });
        if (seg.emphasis) extend(emphasis, { start: a, end: b });
        if (seg.highlight !== null) extend(highlights, { start: a, end: b, color: seg.highlight });
      }
    };
    // Words in [brackets] are the debater's, not the author's: kept aside as insertions. A bracket
    // with another "[" before its "]" is text.
    let from = 0;
    let close = -1;
    for (let k = text.indexOf("["); k >= 0; k = text.indexOf("[", k + 1)) {
      if (close <= k) close = text.indexOf("]", k + 1);
      if (close < 0) break;
      const open = text.indexOf("[", k + 1);
      if (open >= 0 && open < close) continue;
      keep(from, k);
      insertions.push({ at: body.length, text: text.slice(k + 1, close) });
      from = close + 1;
      k = close;
    }
    keep(from, text.length);
  });
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
    tag: oneLine([d.tag, ...d.undertags].map((p) => p.text).join(" ")),
    cite,
    shortCite,
    body,
    underline,
    emphasis,
    highlights,
    insertions,
    paragraph: d.tag.n,
    ...marksOf(d.tag),
  };
}

/** A paragraph's Clash marks for its item, only when it has some (other files' items stay as they were). */
const marksOf = (p: Para): { marks?: string[] } => (p.marks.length > 0 ? { marks: p.marks } : {});

/** What may stand before a short cite bolded by hand: nothing, or a first name or two ("Jeffrey **Swerdlow 15**"). */
const NAME_LEAD = /^\s*(?:[\p{L}'’.-]+\s*){0,2}$/u;

/**
 * The segments of a cite line's short cite bolded by hand: its first bold words, with at most a
 * first name before them ("**Smith 20**, Professor…"). A bold title later in the line is no short cite.
 */
function boldShortCite(p: Para): Set<number> {
  const out = new Set<number>();
  let lead = "";
  for (let i = 0; i < p.segs.length; i++) {
    const s = p.segs[i]!;
    if (s.bold && (out.size > 0 || s.text.trim() !== "")) out.add(i);
    else if (out.size > 0 || !NAME_LEAD.test((lead += s.text))) break;
  }
  return out;
}

/** A cite line without the Cite style, its short cite marked from its bold words. */
function withBoldShortCite(p: Para): Para {
  const short = boldShortCite(p);
  return { ...p, segs: p.segs.map((s, i) => ({ ...s, cite: short.has(i) })) };
}

const hasMarks = (p: Para) => p.segs.some((s) => s.text.trim() !== "" && (s.underline || s.highlight !== null));
const allBold = (p: Para) => p.text.trim() !== "" && p.segs.every((s) => s.text.trim() === "" || s.bold);

/** Tag size: Verbatim's tags are 13 pt, its card text 11 pt; 12 pt and up (24 half-points) is a tag's. */
const TAG_SIZE = 24;

/**
 * A tag formatted by hand in a file with Verbatim's styles (pasted from elsewhere, or typed
 * without the Tag style): bold by hand at tag size throughout, in no style of Verbatim's,
 * unmarked. (Bold by a style is not enough: Word's TOC Heading is bold and big.)
 */
const directTag = (p: Para) =>
  allBold(p) &&
  p.segs.every(
    (s) =>
      s.text.trim() === "" ||
      (s.directBold && !s.styled && !s.underline && s.highlight === null && (s.size ?? 0) >= TAG_SIZE),
  );

/** The heading role of the character style all of a paragraph's text is in, when it is linked to a heading style. */
function linkedRole(p: Para): ParagraphRole | null {
  const roles = new Set(p.segs.filter((s) => s.text.trim() !== "").map((s) => s.linked));
  const [only] = roles;
  return roles.size === 1 && only ? only : null;
}

/**
 * Read a Verbatim (or plain Word) .docx (or .docm, .dotx, .dotm). Refuses with ImportError:
 * "malformed" (HTTP 422) for a file that is not a .docx, is encrypted, damaged or has no document,
 * "unsupported" for an old .doc, RTF, XML or OpenDocument file, "empty" for no bytes at all,
 * "too_large" (413) when it inflates beyond DOCX_LIMITS.maxDecompressedBytes, "too_deep" when it
 * nests beyond reason. Macros (vbaProject.bin) are never read. Anything else that goes wrong is
 * a "malformed" refusal too, never a crash.
 */
export function readVerbatimDocx(bytes: Uint8Array, limits: { maxDecompressedBytes?: number } = {}): VerbatimDoc {
  try {
    return readDocx(bytes, limits.maxDecompressedBytes ?? DOCX_LIMITS.maxDecompressedBytes);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const why =
      e instanceof RangeError ? "it is too large or nests too deep" : e instanceof Error ? e.message : String(e);
    throw new ImportError("malformed", `the .docx file could not be read (${why})`);
  }
}

function readDocx(bytes: Uint8Array, maxBytes: number): VerbatimDoc {
  const zip = openZip(bytes, maxBytes);
  const { name, xml } = mainDocument(zip);
  const stylesBytes = zip.read(stylesPart(zip, name));
  const styles = new StyleSheet(stylesBytes ? parseXml(stylesBytes, "styles.xml") : null);
  const body = child(xml.documentElement, "body");
  if (!body) throw new ImportError("malformed", "the .docx file is damaged: its document has no body");
  const elements: XmlElement[] = [];
  collectParagraphs(body, elements);
  const paras = joinDeletedMarks(
    elements,
    elements.map((p, i) => readParagraph(p, i + 1, styles)),
  );
  const doc = interpret(paras, styles.hasCharRole("cite"));
  const properties = coreProperties(zip);
  return properties ? { ...doc, properties } : doc;
}

/**
 * The title, subject and comments of the file's core properties (docProps/core.xml), when it has
 * any: Clash writes a debate's title, resolution and description there. A missing or unreadable
 * part is no properties, never a refusal: Word opens such a file too.
 */
function coreProperties(zip: ReturnType<typeof openZip>): DocxProperties | null {
  const bytes = zip.read(corePropertiesPart(zip));
  if (!bytes) return null;
  let root: XmlElement | null;
  try {
    root = parseXml(bytes, "core.xml").documentElement;
  } catch {
    return null;
  }
  if (!root) return null;
  const text = (name: string) => (child(root, name)?.textContent ?? "").trim();
  const out = { title: text("title"), subject: text("subject"), description: text("description") };
  return out.title || out.subject || out.description ? out : null;
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
      items.push({ type: "analytic", text: built.tag, paragraph: built.paragraph, ...marksOf(card.tag) });
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
    // An empty heading (a page break in the Tag style) heads nothing: Word's Navigation Pane skips it.
    const role: ParagraphRole | null = empty
      ? null
      : (p.role ??
        linkedRole(p) ??
        (p.text.length <= 500 &&
        (verbatimStyles ? directTag(p) : allBold(p)) &&
        !(card && card.cite === null && card.body.length === 0)
          ? "tag"
          : null));
    if (role === "pocket" || role === "hat" || role === "block") {
      flush();
      items.push({ type: role, text: oneLine(p.text), paragraph: p.n, ...marksOf(p) });
      report.counts[role === "pocket" ? "pockets" : role === "hat" ? "hats" : "blocks"]++;
      continue;
    }
    if (role === "tag") {
      flush();
      card = { tag: p, undertags: [], cite: null, body: [] };
      continue;
    }
    const current: CardDraft | null = card;
    if (role === "undertag" && current && current.cite === null && current.body.length === 0) {
      current.undertags.push(p);
      continue;
    }
    if (!current) {
      if (!empty) notUnderstood(p, "text outside a card (no tag above it)");
      continue;
    }
    if (current.cite === null && current.body.length === 0) {
      if (empty) continue;
      const citeRun = p.segs.some((s) => s.cite && s.text.trim() !== "");
      // The first paragraph under a tag is its cite when it has the Cite style, or when nothing in
      // it is underlined or highlighted and (in a file with Verbatim's styles, where card text may
      // be unmarked) it starts with bold words, a short cite bolded by hand.
      if (citeRun || (!hasMarks(p) && (!verbatimStyles || boldShortCite(p).size > 0))) {
        current.cite = citeRun ? p : withBoldShortCite(p);
        continue;
      }
    }
    current.body.push(p);
  }
  flush();
  if (citeless > 0) report.warnings.push(`${plural(citeless, "card")} ${citeless === 1 ? "has" : "have"} no cite line`);
  if (bodiless > 0)
    report.warnings.push(`${plural(bodiless, "card")} ${bodiless === 1 ? "has" : "have"} a cite but no card text`);
  return { items, report };
}
