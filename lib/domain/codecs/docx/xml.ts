// Small helpers over @xmldom/xmldom for WordprocessingML: elements are matched by local name so
// both the transitional and the strict OOXML namespaces read the same.
import { DOMParser, type Document, type Element, type Node } from "@xmldom/xmldom";
import { ImportError } from "../types";

const ELEMENT_NODE = 1;

/** Parse one XML part; a DTD is refused outright (Word never writes one, and entities are an attack surface). */
export function parseXml(bytes: Uint8Array, part: string): Document {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError("malformed", `the .docx file is damaged: ${part} is not valid UTF-8`);
  }
  if (text.includes("<!DOCTYPE") || text.includes("<!ENTITY"))
    throw new ImportError("malformed", `the .docx file is not one Word wrote: ${part} declares a DTD`);
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(text, "text/xml");
    if (!doc.documentElement) throw new Error("no root element");
    return doc;
  } catch {
    throw new ImportError("malformed", `the .docx file is damaged: ${part} is not well-formed XML`);
  }
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
