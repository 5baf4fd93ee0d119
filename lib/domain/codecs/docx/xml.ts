// WordprocessingML parts read with saxes (a conformant, non-validating XML parser) into a small
// tree of what the codec reads: elements by local name, so both the transitional and the strict
// OOXML namespaces, and any prefix a writer picked, read the same. (xmldom's DOM took 5× the time
// and 2× the memory: 4.1–4.4 s against 0.6–0.8 s for a 2,000-card file's 20 MB document part.)
import { SaxesParser } from "saxes";
import { ImportError } from "../types";

/**
 * An element of a part: its local name, its attributes (qualified name, value, name, value… in
 * document order; Word's revision ids, never read, left out), its content.
 */
export class XmlElement {
  readonly children: (XmlElement | string)[] = [];
  constructor(
    readonly localName: string,
    readonly attributes: readonly string[],
    readonly parentNode: XmlElement | null,
  ) {}

  /** The text of the element and everything in it, in document order (as the DOM's textContent). */
  get textContent(): string {
    let text = "";
    // A stack, not recursion: a hostile part may nest far deeper than the call stack goes.
    const stack: (XmlElement | string)[] = [this];
    while (stack.length) {
      const n = stack.pop()!;
      if (typeof n === "string") text += n;
      else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
    return text;
  }
}

/** A parsed part: its root element. */
export type XmlDocument = { readonly documentElement: XmlElement };

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
export function parseXml(bytes: Uint8Array, part: string): XmlDocument {
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
    // Characters XML forbids (a control character, a stray "&"), which some writers other than
    // Word leave in text: read as Word would show the text, rather than refusing the whole file.
    let error = e;
    const lenient = tolerant(text);
    if (lenient !== text)
      try {
        return parse(lenient);
      } catch (again) {
        error = again; // what is wrong besides the characters (offsets shift by the ones dropped)
      }
    // saxes says "12:40: unclosed tag: w:p." (line:column); the file's reader reads it as words.
    const detail = (error instanceof Error ? error.message : "")
      .split("\n")[0]!
      .replace(/^(\d+):(\d+): /, "line $1, column $2: ")
      .replace(/\.$/, "")
      .slice(0, 120);
    throw new ImportError(
      "malformed",
      `the .docx file is damaged: ${part} is not well-formed XML${detail ? ` (${detail})` : ""}`,
    );
  }
}

/** Characters no XML 1.0 document may hold: C0 controls but tab, line feed and return; U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** An "&" that starts no character or entity reference. */
const STRAY_AMPERSAND = /&(?!(?:[A-Za-z_][\w.-]*|#[0-9]+|#x[0-9A-Fa-f]+);)/g;
/** A character reference (`&#11;`, `&#x0B;`). */
const CHAR_REF = /&#(?:([0-9]{1,7})|x([0-9A-Fa-f]{1,6}));/g;

/** What stands for a forbidden character: a vertical tab or form feed (Word's breaks) a space, the rest nothing. */
const stand = (c: string) => (c === "\u000B" || c === "\u000C" ? " " : "");

/**
 * The text with forbidden characters, written as they are or as references, dropped (see
 * `stand`) and each stray "&" escaped.
 */
function tolerant(text: string): string {
  return text
    .replace(FORBIDDEN, stand)
    .replace(CHAR_REF, (ref, dec?: string, hex?: string) => {
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      if (code > 0x10ffff) return ref; // no character: the parser says so
      const c = String.fromCodePoint(code);
      return c.replace(FORBIDDEN, "") === c ? ref : stand(c);
    })
    .replace(STRAY_AMPERSAND, "&amp;");
}

const NO_ATTRIBUTES: string[] = [];
/** Word's revision-save ids (`w:rsidR`, `w:rsidRPr`…), on most paragraphs and runs. */
const REVISION_ID = /^(?:[^:]*:)?rsid/;

/**
 * Without namespace processing: elements are read by local name, so a prefix a writer used
 * without declaring it (some tools drop a declaration) reads as Word reads it, not as an error.
 */
function parse(text: string): XmlDocument {
  const parser = new SaxesParser({ xmlns: false });
  let root: XmlElement | null = null;
  let open: XmlElement | null = null;
  // One string per local name, not one per element: a part holds millions of elements and a
  // few hundred names. Attributes as a flat list, not saxes's dictionary per element (a 97 MB
  // part's tree took 15 s to read in the import worker, near its heap limit; 9–10 s so).
  const localNames = new Map<string, string>();
  parser.on("opentag", (tag) => {
    let localName = localNames.get(tag.name);
    if (localName === undefined) {
      localName = tag.name.slice(tag.name.indexOf(":") + 1);
      localNames.set(tag.name, localName);
    }
    let attributes: string[] = NO_ATTRIBUTES;
    for (const name in tag.attributes) {
      if (REVISION_ID.test(name)) continue;
      if (attributes === NO_ATTRIBUTES) attributes = [];
      attributes.push(name, tag.attributes[name]!);
    }
    const el = new XmlElement(localName, attributes, open);
    if (open) open.children.push(el);
    else root = el;
    open = el;
  });
  parser.on("closetag", () => {
    open = open?.parentNode ?? null;
  });
  // Outside the root only white space gets here (anything else is an error).
  const addText = (t: string) => void open?.children.push(t);
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("error", (err) => {
    throw err;
  });
  parser.write(text).close();
  if (!root) throw new Error("no root element");
  return { documentElement: root };
}

/** Child elements, optionally only those with one local name. */
export function children(el: XmlElement, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c !== "string" && (localName === undefined || c.localName === localName)) out.push(c);
  }
  return out;
}

export function child(el: XmlElement | null | undefined, localName: string): XmlElement | null {
  if (!el) return null;
  for (const c of el.children) if (typeof c !== "string" && c.localName === localName) return c;
  return null;
}

/** An attribute by local name (`w:val` → "val"), whatever its prefix. */
export function attr(el: XmlElement | null | undefined, localName: string): string | null {
  if (!el) return null;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i += 2) {
    const name = attrs[i]!;
    if (name === localName || (name.endsWith(localName) && name[name.length - localName.length - 1] === ":"))
      return attrs[i + 1]!;
  }
  return null;
}

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): undefined when absent. */
export function onOff(el: XmlElement | null): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, "val");
  return !(v === "0" || v === "false" || v === "off");
}
