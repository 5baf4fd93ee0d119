/**
 * JSON.stringify with every character past ASCII written as a \u escape. The same JSON to any
 * parser, but a browser decodes an all-ASCII body into a one-byte string and parses that about
 * twice as fast: 17 MB of a 20,000-argument map took ~400 ms in Response.json() with its 35,000
 * dashes and curly quotes as UTF-8, ~200 ms escaped (bench/open-trace.md, session 11). The body
 * grows by five bytes per such character (1 % there).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NON_ASCII, escape);
}

// Each UTF-16 unit on its own: a character past U+FFFF becomes its surrogate pair, as JSON allows.
const NON_ASCII = /[\u007f-\uffff]/g;
const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
