// Encoders for user text written into an export: each returns the value encoded for the one
// format (and the one position in it) it is written into, so that a title, a quote or a source
// URL reads back as the characters the user typed and can never become markup, a link or a
// formula. Pure functions, table-tested in escape.test.ts.

/**
 * Inline Markdown text (CommonMark and GFM): every character that could start emphasis, code, a
 * link or image, raw HTML, an entity, a table cell or strikethrough is backslash-escaped, so the
 * text renders as written. Line breaks become spaces (callers split paragraphs themselves).
 */
export function markdownText(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(/([\\`*_[\]<>|&~!])/g, "\\$1");
}

/** Schemes a Markdown export may turn into a link; anything else is written as plain text. */
const LINK_PROTOCOLS: ReadonlySet<string> = new Set(["http:", "https:", "mailto:"]);

/**
 * The URL a link may point at, or null: only an absolute http, https or mailto URL (parsed the way
 * a browser parses it, so `JaVaScRiPt:`, leading control characters and the like are seen for what
 * they are). The result is the normalized href with every character that could end an angle-bracket
 * autolink or a link destination (`<`, `>`, spaces, parentheses, quotes, backslash, backtick,
 * controls, non-ASCII) percent-encoded.
 */
export function safeLinkUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return null;
  return url.href.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]/gu, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
}

/**
 * A URL in Markdown: an angle-bracket autolink `<https://…>` when it is a safe link (see
 * safeLinkUrl), else the text of the URL, escaped, so a `javascript:` URL is shown, never linked.
 */
export function markdownUrl(raw: string): string {
  const safe = safeLinkUrl(raw);
  return safe ? `<${safe}>` : markdownText(raw.trim());
}

/**
 * Text in an HTML report or markup built from strings: `& < > " '` become character references,
 * so the text can sit in element content or in a quoted attribute.
 */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON for a file that may be opened by anything: the same value as JSON.stringify, with `<`, `>`,
 * `&`, U+2028 and U+2029 written as \u escapes, so the bytes hold no markup (a browser that sniffs
 * the file as HTML finds no tag) and the text is also a valid JavaScript string literal.
 */
export function jsonText(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A cell a spreadsheet would run as a formula (OWASP CSV injection): = + - @, tab, CR or LF first, after any spaces, full-width forms included. */
const FORMULA_START = /^[\s\u3000]*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/u;

/**
 * One CSV field (RFC 4180), safe to open in a spreadsheet: a text a spreadsheet would read as a
 * formula gets a leading apostrophe (OWASP), and a field holding a quote, comma, line break or
 * leading/trailing space is quoted with its quotes doubled. Numbers and booleans are written as is.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}
