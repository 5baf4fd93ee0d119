// Reduce an uploaded HTML document to the readable text a card can quote.
//
// A small tokenizer after the WHATWG one (tags, attributes with quoted values, comments, raw-text
// elements), not a tree builder: we only need the text a reader sees and where its blocks break.
// It runs in one pass, linear in the input: every search moves forward and nothing is re-scanned.
// It is deliberately more suspicious than a browser in one way: a "<" that would open a tag
// inside a tag name or an unquoted attribute starts a new tag, so `<scr<script>ipt>` hides the
// script rather than revealing "ipt>" and what follows.
//
// The output is plain text. Entities are decoded, so `&lt;b&gt;` becomes "<b>": render it as
// text, never as HTML.

/** Elements whose content is never text a reader sees (raw text: the tokenizer skips to their end tag). */
const RAW_TEXT = new Set(["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title"]);
/** Elements whose whole subtree is dropped (their content is tokenized, to find where they end). */
const DROPPED = new Set([
  "head",
  "template",
  "svg",
  "math",
  "object",
  "canvas",
  "audio",
  "video",
  "select",
  "datalist",
]);
/** Tags that may appear in <head>; any other start tag closes it (as a browser does). */
const HEAD_CONTENT = new Set(["meta", "link", "title", "script", "style", "base", "noscript", "template"]);
/** Block elements separated from their neighbours by a blank line. */
const PARAGRAPH = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "nav",
  "figure",
  "figcaption",
  "table",
  "hr",
  "address",
  "details",
  "summary",
  "fieldset",
  "form",
  "hgroup",
]);
/** Block elements that start a new line (lists too, so a nested list does not open a blank line inside its item). */
const LINE = new Set([
  "div",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "tr",
  "option",
  "caption",
  "legend",
  "body",
  "html",
  "thead",
  "tbody",
  "tfoot",
]);
/** Table cells: kept apart by a space. */
const CELL = new Set(["td", "th"]);

// Markers for breaks in the intermediate text (control characters are removed from the input first).
const LINE_BREAK = "\u0001";
const PARAGRAPH_BREAK = "\u0002";
const HARD_NEWLINE = "\u0003"; // <br> and newlines inside <pre>: two in a row make a paragraph

/** The readable text of an HTML document: no markup, scripts, styles or head; paragraphs separated by a blank line. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const dropped: string[] = []; // open elements whose subtree is being dropped
  const droppedCount = new Map<string, number>();
  let pre = 0;

  const push = (name: string) => {
    dropped.push(name);
    droppedCount.set(name, (droppedCount.get(name) ?? 0) + 1);
  };
  const popTo = (name: string) => {
    if (!droppedCount.get(name)) return;
    // Pop up to and including the innermost open `name`; each popped element was pushed once,
    // so this work is paid for by the pushes.
    for (;;) {
      const top = dropped.pop()!;
      droppedCount.set(top, droppedCount.get(top)! - 1);
      if (top === name) return;
    }
  };
  const closeHead = () => {
    if (dropped.length === 1 && dropped[0] === "head") popTo("head");
  };

  tokenize(html, (t) => {
    if (t.type === "text") {
      if (dropped.length > 0) {
        // Text that is not whitespace ends an unclosed <head>, as in a browser.
        if (dropped.length === 1 && dropped[0] === "head" && /\S/.test(t.text)) closeHead();
        else return;
      }
      const clean = stripControls(decodeEntities(t.text));
      out.push(pre > 0 ? clean.replace(/\r\n?|\n/g, HARD_NEWLINE) : clean);
      return;
    }
    const { name } = t;
    if (t.type === "start") {
      if (dropped[dropped.length - 1] === "head" && !HEAD_CONTENT.has(name)) closeHead();
      if (dropped.length > 0) {
        if (DROPPED.has(name) && !t.selfClosing) push(name);
        return;
      }
      if (DROPPED.has(name)) {
        if (!t.selfClosing) push(name);
        return;
      }
      if (name === "br") out.push(HARD_NEWLINE);
      else if (PARAGRAPH.has(name)) out.push(PARAGRAPH_BREAK);
      else if (LINE.has(name)) out.push(LINE_BREAK);
      else if (CELL.has(name)) out.push(" ");
      if (name === "pre" || name === "listing") pre++;
      return;
    }
    if (t.type === "end") {
      if (dropped.length > 0) {
        popTo(name);
        return;
      }
      if (name === "br") out.push(HARD_NEWLINE);
      else if (PARAGRAPH.has(name)) out.push(PARAGRAPH_BREAK);
      else if (LINE.has(name)) out.push(LINE_BREAK);
      else if (CELL.has(name)) out.push(" ");
      if ((name === "pre" || name === "listing") && pre > 0) pre--;
    }
    // Raw text (scripts, styles, titles …) is never part of the readable text.
  });

  return layout(out.join(""));
}

/** The document's <title> (outside SVG/MathML), decoded and with whitespace collapsed; null when it has none. */
export function htmlTitle(html: string): string | null {
  let foreign = 0;
  let title = null as string | null;
  tokenize(html, (t) => {
    if (t.type === "start" && (t.name === "svg" || t.name === "math") && !t.selfClosing) foreign++;
    else if (t.type === "end" && (t.name === "svg" || t.name === "math") && foreign > 0) foreign--;
    else if (t.type === "raw" && t.name === "title" && foreign === 0) {
      title = stripControls(decodeEntities(t.text)).replace(/\s+/g, " ").trim();
      return title ? false : undefined;
    }
  });
  return title || null;
}

/** Collapse whitespace and turn the break markers into newlines: one for a line, two for a paragraph. */
function layout(s: string): string {
  return (
    s
      .replace(/\s+/g, " ")
      // eslint-disable-next-line no-control-regex -- the break markers are control characters on purpose
      .replace(/ ?[\u0001-\u0003][\u0001-\u0003 ]*/g, (run) => {
        let hard = 0;
        for (const c of run) {
          if (c === PARAGRAPH_BREAK) return "\n\n";
          if (c === HARD_NEWLINE) hard++;
        }
        return hard >= 2 ? "\n\n" : "\n";
      })
      .trim()
  );
}

/** C0 controls (other than tab, newline, form feed, carriage return) and DEL; they include our markers. */
function stripControls(s: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return s.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, "");
}

// --- tokenizer ----------------------------------------------------------------------------------

type Token =
  | { type: "text"; text: string }
  | { type: "start"; name: string; selfClosing: boolean }
  | { type: "end"; name: string }
  | { type: "raw"; name: string; text: string }; // the content of a raw-text element, between its start and end tokens

/** Tokenize `html`, calling `visit` for each token; `visit` returning false stops. */
function tokenize(html: string, visit: (t: Token) => boolean | void): void {
  const n = html.length;
  let i = 0;
  let textStart = 0;
  const flushText = (to: number): boolean => {
    if (to > textStart && visit({ type: "text", text: html.slice(textStart, to) }) === false) return false;
    return true;
  };

  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    i = lt + 1;
    if (html.startsWith("!--", lt + 1)) {
      // Comment: ends at "-->" or "--!>"; "<!-->" and "<!--->" are empty comments; unclosed runs to the end.
      if (!flushText(lt)) return;
      let end: number;
      if (html.startsWith(">", lt + 4)) end = lt + 5;
      else if (html.startsWith("->", lt + 4)) end = lt + 6;
      else {
        const close = /--!?>/g;
        close.lastIndex = lt + 4;
        const m = close.exec(html);
        end = m ? m.index + m[0].length : n;
      }
      i = textStart = end;
    } else if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      // Doctype, CDATA or a processing instruction: a bogus comment up to the next ">".
      if (!flushText(lt)) return;
      const gt = html.indexOf(">", lt + 2);
      i = textStart = gt < 0 ? n : gt + 1;
    } else if (next === 0x2f /* / */) {
      const after = html.charCodeAt(lt + 2);
      if (isAsciiLetter(after)) {
        if (!flushText(lt)) return;
        const tag = readTag(html, lt + 2);
        i = textStart = tag.end;
        if (tag.aborted) continue;
        if (visit({ type: "end", name: tag.name }) === false) return;
      } else if (after === 0x3e /* > */) {
        if (!flushText(lt)) return;
        i = textStart = lt + 3; // "</>" is ignored
      } else if (lt + 2 < n) {
        if (!flushText(lt)) return;
        const gt = html.indexOf(">", lt + 2); // "</ …>" is a bogus comment
        i = textStart = gt < 0 ? n : gt + 1;
      }
      // A "</" at the very end is text.
    } else if (isAsciiLetter(next)) {
      if (!flushText(lt)) return;
      const tag = readTag(html, lt + 1);
      i = textStart = tag.end;
      if (tag.aborted) continue;
      if (visit({ type: "start", name: tag.name, selfClosing: tag.selfClosing }) === false) return;
      if (RAW_TEXT.has(tag.name) && tag.end <= n) {
        // Raw text runs to the matching end tag (or the end of the input).
        const close = new RegExp(`</${tag.name}(?=[\\t\\n\\f\\r />]|$)`, "gi");
        close.lastIndex = tag.end;
        const m = close.exec(html);
        const contentEnd = m ? m.index : n;
        if (visit({ type: "raw", name: tag.name, text: html.slice(tag.end, contentEnd) }) === false) return;
        if (m) {
          const endTag = readTag(html, m.index + 2);
          i = textStart = endTag.end;
          if (visit({ type: "end", name: tag.name }) === false) return;
        } else i = textStart = n;
      }
    }
    // Any other "<" is text.
  }
  flushText(n);
}

/**
 * Read a tag from its name (at `from`) to just after its ">": the lower-cased name and whether it
 * is self-closing. Attributes are skipped, quoted values included. `aborted` when a "<" opening
 * another tag interrupts the name or an unquoted part (the tag is dropped and reading resumes at
 * that "<"); a tag unclosed at the end of the input swallows the rest, as in a browser.
 */
function readTag(html: string, from: number): { name: string; selfClosing: boolean; end: number; aborted: boolean } {
  const n = html.length;
  let j = from;
  while (j < n && !isTagNameEnd(html.charCodeAt(j))) j++;
  const name = html.slice(from, j).toLowerCase();
  let selfClosing = false;
  while (j < n) {
    const c = html.charCodeAt(j);
    if (c === 0x3c /* < */ && opensMarkup(html.charCodeAt(j + 1)))
      return { name, selfClosing: false, end: j, aborted: true };
    if (c === 0x3e /* > */) return { name, selfClosing, end: j + 1, aborted: false };
    if (c === 0x2f /* / */) {
      selfClosing = html.charCodeAt(j + 1) === 0x3e;
      j++;
      continue;
    }
    selfClosing = false;
    if (isSpace(c)) {
      j++;
      continue;
    }
    // An attribute name, then maybe "=" and a value.
    j++; // the first character belongs to the name whatever it is (even "=" or a quote)
    while (j < n && !isAttrNameEnd(html.charCodeAt(j))) j++;
    let k = j;
    while (k < n && isSpace(html.charCodeAt(k))) k++;
    if (html.charCodeAt(k) !== 0x3d /* = */) {
      j = k;
      continue;
    }
    k++;
    while (k < n && isSpace(html.charCodeAt(k))) k++;
    const q = html.charCodeAt(k);
    if (q === 0x22 /* " */ || q === 0x27 /* ' */) {
      const close = html.indexOf(q === 0x22 ? '"' : "'", k + 1);
      if (close < 0) return { name, selfClosing: false, end: n, aborted: false };
      j = close + 1;
    } else {
      j = k;
      while (j < n) {
        const v = html.charCodeAt(j);
        if (isSpace(v) || v === 0x3e || (v === 0x3c && opensMarkup(html.charCodeAt(j + 1)))) break;
        j++;
      }
    }
  }
  return { name, selfClosing: false, end: n, aborted: false };
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}
/** After a "<": would this character open a tag, an end tag, a comment or a processing instruction? */
function opensMarkup(c: number): boolean {
  return isAsciiLetter(c) || c === 0x2f || c === 0x21 || c === 0x3f;
}
function isTagNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3c;
}
function isAttrNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3d || c === 0x3c;
}

// --- entities -----------------------------------------------------------------------------------

/** Names for U+00A0…U+00FF, in order. */
const LATIN1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute " +
  "micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig " +
  "Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash " +
  "Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc " +
  "euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml " +
  "yacute thorn yuml";

const NAMED = Object.create(null) as Record<string, string>;
LATIN1.split(" ").forEach((name, k) => (NAMED[name] = String.fromCharCode(0xa0 + k)));
Object.assign(NAMED, {
  quot: '"',
  amp: "&",
  apos: "'",
  lt: "<",
  gt: ">",
  OElig: "Œ",
  oelig: "œ",
  Scaron: "Š",
  scaron: "š",
  Yuml: "Ÿ",
  fnof: "ƒ",
  circ: "ˆ",
  tilde: "˜",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  zwnj: "\u200C",
  zwj: "\u200D",
  lrm: "\u200E",
  rlm: "\u200F",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  dagger: "†",
  Dagger: "‡",
  bull: "•",
  hellip: "…",
  permil: "‰",
  prime: "′",
  Prime: "″",
  lsaquo: "‹",
  rsaquo: "›",
  oline: "‾",
  frasl: "⁄",
  euro: "€",
  trade: "™",
  larr: "←",
  uarr: "↑",
  rarr: "→",
  darr: "↓",
  harr: "↔",
  minus: "−",
  le: "≤",
  ge: "≥",
  ne: "≠",
  asymp: "≈",
  infin: "∞",
  times: "×",
  sim: "∼",
  equiv: "≡",
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  epsilon: "ε",
  lambda: "λ",
  mu: "μ",
  pi: "π",
  sigma: "σ",
  omega: "ω",
  Delta: "Δ",
  Sigma: "Σ",
  Omega: "Ω",
  nbhy: "\u2011",
  NewLine: "\n",
  Tab: "\t",
  hyphen: "‐",
  dash: "‐",
  lsquor: "‚",
  rsquor: "’",
  ldquor: "„",
  rdquor: "”",
  half: "½",
  centerdot: "·",
  nobreak: "\u2060",
});
// Written as spaces: a reader's text has no reason to keep non-breaking ones.
NAMED.nbsp = " ";
/** Entities a browser decodes in text even without their ";" (the common subset of the legacy list). */
const LEGACY = new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]);
/** How numeric references to C1 controls are read (the Windows-1252 characters, per the HTML standard). */
const C1: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

/** Decode character references in one pass (so "&amp;lt;" becomes "&lt;", not "<"). Unknown ones stay as they are. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(
    /&(?:#(\d+);?|#[xX]([0-9a-fA-F]+);?|([A-Za-z][A-Za-z0-9]{0,31})(;?))/g,
    (whole: string, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string) => {
      if (dec !== undefined || hex !== undefined)
        return fromCodePoint(dec !== undefined ? parseInt(dec, 10) : parseInt(hex ?? "", 16));
      const value = NAMED[name ?? ""];
      if (value !== undefined && (semi || LEGACY.has(name ?? ""))) return value;
      if (semi && value === undefined) return whole;
      // Without ";" a browser still reads a legacy name at the start ("&copy2024" is "©2024").
      for (const legacy of LEGACY)
        if ((name ?? "").startsWith(legacy)) return NAMED[legacy]! + whole.slice(1 + legacy.length);
      return whole;
    },
  );
}

function fromCodePoint(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return "\uFFFD";
  const mapped = C1[cp];
  if (mapped !== undefined) return String.fromCharCode(mapped);
  if (cp === 0xa0) return " ";
  return String.fromCodePoint(cp);
}
