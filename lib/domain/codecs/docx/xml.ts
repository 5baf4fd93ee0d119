// Small helpers over @xmldom/xmldom for WordprocessingML: elements are matched by local name so
// both the transitional and the strict OOXML namespaces read the same.
import { DOMParser, type Document, type Element, type Node } from "@xmldom/xmldom";
import { ImportError } from "../types";

const ELEMENT_NODE = 1;

/**
 * The encoding of an XML part: UTF-16 when its first bytes say so (a byte order mark, or "<" as
 * two bytes), else UTF-8 unless its XML declaration names another encoding Node can decode
 * (windows-1252, ISO-8859-1, from writers other than Word). XML allows all of them; a byte order
 * mark or UTF-16 bytes outweigh the declaration, as in the XML spec's appendix F.
 */
function xmlEncoding(bytes: Uint8Array): string {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)) return "utf-16le";
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)) return "utf-16be";
  if (a === 0xef && b === 0xbb && c === 0xbf) return "utf-8";
  return declaredEncoding(bytes) ?? "utf-8";
}

/**
 * The encoding an XML declaration names, as TextDecoder calls it, when it is one Node decodes
 * and not UTF-16 (which bytes read as ASCII, the declaration's, cannot be). An unknown label
 * leaves the part read as UTF-8, which most such files turn out to be.
 */
function declaredEncoding(bytes: Uint8Array): string | null {
  const prolog = String.fromCharCode(...bytes.subarray(0, 200));
  const label = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(prolog)?.[1];
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    return encoding.startsWith("utf-16") ? null : encoding;
  } catch {
    return null;
  }
}

/** windows-1252's characters for bytes 0x80–0x9F (the rest are Latin-1's); five bytes it leaves undefined stay as they are. */
const CP1252_C1 = [..."€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"];

function decode(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  // Node 20's decoder reads windows-1252 (and ISO-8859-1, its WHATWG alias) as Latin-1, the curly
  // quotes Word writes in 0x80–0x9F coming out as control characters: put them right.
  return encoding === "windows-1252"
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!)
    : text;
}

/** Parse one XML part; a DTD is refused outright (Word never writes one, and entities are an attack surface). */
export function parseXml(bytes: Uint8Array, part: string): Document {
  const encoding = xmlEncoding(bytes);
  let text: string;
  try {
    // The decoder drops a byte order mark, which some writers put before the XML declaration.
    text = decode(bytes, encoding);
  } catch {
    throw new ImportError("malformed", `the .docx file is damaged: ${part} is not valid ${encoding.toUpperCase()}`);
  }
  if (text.includes("<!DOCTYPE") || text.includes("<!ENTITY"))
    throw new ImportError("malformed", `the .docx file is not one Word wrote: ${part} declares a DTD`);
  try {
    return parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : "";
    // A prefix used but never declared (a writer that dropped a namespace declaration): the XML
    // is otherwise sound, so it is read with the missing prefixes declared, by local names as always.
    if (/namespace/i.test(why)) {
      const repaired = declareMissingPrefixes(text);
      if (repaired !== text)
        try {
          return parse(repaired);
        } catch {
          // reported below with the first error
        }
    }
    const detail = why
      .split("\n")[0]!
      .replace(/^Error constructing the DOM: /, "")
      .slice(0, 120);
    throw new ImportError(
      "malformed",
      `the .docx file is damaged: ${part} is not well-formed XML${detail ? ` (${detail})` : ""}`,
    );
  }
}

function parse(text: string): Document {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(message);
    },
  }).parseFromString(text, "text/xml");
  if (!doc.documentElement) throw new Error("no root element");
  return doc;
}

/** The text with each prefix it uses but never declares declared on its root element. */
function declareMissingPrefixes(text: string): string {
  const declared = new Set([...text.matchAll(/xmlns:([\w.-]+)\s*=/g)].map((m) => m[1]!));
  const used = new Set(
    [...text.matchAll(/<\/?([A-Za-z_][\w.-]*):|\s([A-Za-z_][\w.-]*):[\w.-]+\s*=/g)].map((m) => (m[1] ?? m[2])!),
  );
  const missing = [...used].filter((p) => p !== "xml" && p !== "xmlns" && !declared.has(p));
  if (missing.length === 0) return text;
  const decls = missing.map((p) => ` xmlns:${p}="urn:clash:undeclared:${p}"`).join("");
  // The root's start tag: the first "<" not opening a declaration, comment or processing instruction.
  return text.replace(/<(?![?!])([^\s/>]+)/, (tag) => tag + decls);
}

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === ELEMENT_NODE;
}

/** Child elements, optionally only those with one local name. */
export function children(el: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (isElement(c) && (localName === undefined || c.localName === localName)) out.push(c);
  }
  return out;
}

export function child(el: Element | null | undefined, localName: string): Element | null {
  if (!el) return null;
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c) && c.localName === localName) return c;
  return null;
}

/** An attribute by local name (`w:val` → "val"), whatever its prefix. */
export function attr(el: Element | null | undefined, localName: string): string | null {
  if (!el) return null;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i);
    if (a && (a.localName === localName || a.name === localName)) return a.value;
  }
  return null;
}

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): undefined when absent. */
export function onOff(el: Element | null): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, "val");
  return !(v === "0" || v === "false" || v === "off");
}
