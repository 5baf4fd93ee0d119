// The guard every import passes before any parser or zod schema sees it: a byte cap, strict
// UTF-8, and for JSON a depth/count walk without recursion. zod's recursive parsing throws
// RangeError past ~700 levels, so nothing deep may ever reach it.
import { IMPORT_LIMITS, ImportError } from "./types";

/**
 * Most values (objects, arrays, strings, numbers…) one JSON import may hold. 20 MB of JSON can
 * hold ~10 million values; a debate at the 50,000-node limit needs well under 2 million.
 */
export const MAX_JSON_VALUES = 2_000_000;

/** Keys that are never copied out of imported JSON (prototype pollution in later merges). */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** UTF-8 length of a string without encoding it (stops counting past `limit`). */
function utf8Length(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
    if (bytes > limit) return bytes;
  }
  return bytes;
}

const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** Refuse input over IMPORT_LIMITS.maxBytes (ImportError "too_large"). */
export function guardBytes(input: string | Uint8Array, maxBytes: number = IMPORT_LIMITS.maxBytes): void {
  const size =
    typeof input === "string"
      ? input.length > maxBytes // every UTF-16 unit is at least one UTF-8 byte
        ? input.length
        : input.length * 3 <= maxBytes
          ? input.length
          : utf8Length(input, maxBytes)
      : input.byteLength;
  if (size > maxBytes) {
    throw new ImportError("too_large", `the file is larger than ${mb(maxBytes)}`, { maxBytes });
  }
}

/**
 * Decode a file's bytes: strict UTF-8 (a byte-order mark is dropped), or UTF-16 when a UTF-16
 * byte-order mark says so (Windows editors save "Unicode" text that way). Anything else that is
 * not UTF-8 is an ImportError "malformed" naming the line, and the likely cause: text saved as
 * Windows-1252 or Latin-1, which Clash does not guess at (a wrong guess would change letters).
 */
export function decodeUtf8(bytes: Uint8Array): string {
  guardBytes(bytes);
  const binary = binaryKind(bytes);
  if (binary)
    throw new ImportError(
      "unsupported",
      `the file is not text: it looks like ${binary}. Choose the exported text or JSON file instead`,
    );
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  try {
    // ignoreBOM: false means the decoder strips a leading BOM.
    return new TextDecoder(utf16 ?? "utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (utf16) throw new ImportError("malformed", "the file starts as UTF-16 text but is not valid UTF-16");
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    throw new ImportError(
      "malformed",
      `the file is not valid UTF-8 text (line ${line}): it may be saved as Windows-1252 or Latin-1; save it as UTF-8 and import it again`,
      { line },
    );
  }
}

const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x25, 0x50, 0x44, 0x46], "a PDF"],
  [[0x50, 0x4b, 0x03, 0x04], "a zip archive (a Word .docx is one: import it as Word)"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Office document"],
];

/**
 * What a file that is no text at all is (an image renamed .argdown, say), from its first bytes or
 * a NUL among its first 8 kB (text never holds one; UTF-16, which does, starts with its mark).
 * Such a file would otherwise be blamed on its encoding.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [magic, what] of SIGNATURES) if (magic.every((b, i) => bytes[i] === b)) return what;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && bytes.subarray(0, 8192).includes(0) ? "binary data, not text" : null;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need =
      c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const x = b[i + k];
      if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return b.length;
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Depth of the deepest bracket nesting in JSON text, found by a linear scan that skips strings.
 * Runs before JSON.parse so a 10,000-deep document is refused without being built.
 */
function scanDepth(text: string, maxDepth: number): { depth: number; at: number } | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > maxDepth) return { depth, at: i };
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return null;
}

/**
 * Parse JSON text behind the guard: byte cap, bracket depth (ImportError "too_deep"), a clear
 * "malformed" message with line and column, then an iterative copy (explicit stack, no
 * recursion) that counts values ("too_many") and leaves out `__proto__`, `constructor` and
 * `prototype` keys. The result holds only plain objects, arrays and primitives.
 */
export function parseJsonGuarded(
  text: string,
  limits: { maxDepth?: number; maxValues?: number; maxBytes?: number } = {},
): unknown {
  const maxDepth = limits.maxDepth ?? IMPORT_LIMITS.maxDepth;
  const maxValues = limits.maxValues ?? MAX_JSON_VALUES;
  guardBytes(text, limits.maxBytes);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const deep = scanDepth(source, maxDepth);
  if (deep) {
    const { line, column } = lineColumn(source, deep.at);
    throw new ImportError(
      "too_deep",
      `the JSON is nested more than ${maxDepth} levels deep (line ${line}, column ${column})`,
      { maxDepth },
    );
  }

  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // V8 names the position in some messages and not in others: find it ourselves when it does not.
    const pos = /position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : locateJsonError(source);
    const { line, column } = lineColumn(source, offset);
    const where = offset >= source.length ? " (it ends too early)" : ` at line ${line}, column ${column}`;
    const what = message
      .replace(/\s*(in JSON )?at position \d+.*$/, "")
      .replace(/,\s*(?:\.\.\.)?"[\s\S]*"\s+is not valid JSON$/, "")
      .replace(/^JSON\.parse: /, "");
    throw new ImportError("malformed", `the file is not valid JSON${where}: ${what}`, { line, column });
  }
  return copyGuarded(raw, maxDepth, maxValues);
}

/**
 * Offset of the first syntax error in JSON text (text.length when it ends too early), found by
 * an iterative scanner. Only called after JSON.parse has failed, to say where.
 */
export function locateJsonError(s: string): number {
  const stack: number[] = []; // 123 "{" or 91 "["
  type State = "value" | "valueOrEnd" | "key" | "keyOrEnd" | "colon" | "commaOrEnd" | "done";
  let state: State = "value";
  let i = 0;
  const isWs = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
  const afterValue = (): State => (stack.length === 0 ? "done" : "commaOrEnd");
  const scanString = (): number => {
    // at the opening quote; returns the index after the closing quote, or -1 with i at the error
    let j = i + 1;
    while (j < s.length) {
      const c = s.charCodeAt(j);
      if (c === 34) return j + 1;
      if (c < 32) {
        i = j;
        return -1;
      }
      if (c === 92) {
        const e = s[j + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(j + 2, j + 6))) {
            i = j;
            return -1;
          }
          j += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          i = j;
          return -1;
        }
        j += 2;
        continue;
      }
      j++;
    }
    i = s.length;
    return -1;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isWs(c)) {
      i++;
      continue;
    }
    if (state === "done") return i;
    if (state === "colon") {
      if (c !== 58) return i;
      state = "value";
      i++;
      continue;
    }
    if (state === "commaOrEnd") {
      const top = stack[stack.length - 1];
      if (c === 44) {
        state = top === 123 ? "key" : "value";
        i++;
        continue;
      }
      if ((c === 125 && top === 123) || (c === 93 && top === 91)) {
        stack.pop();
        state = afterValue();
        i++;
        continue;
      }
      return i;
    }
    if (state === "keyOrEnd" && c === 125) {
      stack.pop();
      state = afterValue();
      i++;
      continue;
    }
    if (state === "key" || state === "keyOrEnd") {
      if (c !== 34) return i;
      const next = scanString();
      if (next < 0) return i;
      i = next;
      state = "colon";
      continue;
    }
    if (state === "valueOrEnd" && c === 93) {
      stack.pop();
      state = afterValue();
      i++;
      continue;
    }
    // a value
    if (c === 123 || c === 91) {
      stack.push(c);
      state = c === 123 ? "keyOrEnd" : "valueOrEnd";
      i++;
      continue;
    }
    if (c === 34) {
      const next = scanString();
      if (next < 0) return i;
      i = next;
      state = afterValue();
      continue;
    }
    const literal = ["true", "false", "null"].find((w) => s.startsWith(w, i));
    if (literal) {
      i += literal.length;
      state = afterValue();
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(s);
    if (num && num[0].length > 0 && num[0] !== "-") {
      i += num[0].length;
      state = afterValue();
      continue;
    }
    return i;
  }
  return s.length; // valid so far: it ends too early (or JSON.parse refused something this scanner accepts)
}

type Frame = { from: unknown[] | Record<string, unknown>; to: unknown[] | Record<string, unknown>; depth: number };

/** Iterative deep copy with depth and value limits; forbidden keys are left out. */
export function copyGuarded(
  value: unknown,
  maxDepth: number = IMPORT_LIMITS.maxDepth,
  maxValues: number = MAX_JSON_VALUES,
): unknown {
  let count = 0;
  const tooMany = () =>
    new ImportError("too_many", `the JSON holds more than ${maxValues.toLocaleString("en")} values`, { maxValues });
  const tooDeep = () =>
    new ImportError("too_deep", `the JSON is nested more than ${maxDepth} levels deep`, { maxDepth });
  const stack: Frame[] = [];

  const container = (v: object, depth: number): unknown[] | Record<string, unknown> => {
    if (depth > maxDepth) throw tooDeep();
    const to: unknown[] | Record<string, unknown> = Array.isArray(v) ? [] : {};
    stack.push({ from: v as unknown[] | Record<string, unknown>, to, depth });
    return to;
  };
  const place = (v: unknown, depth: number): unknown => {
    if (++count > maxValues) throw tooMany();
    return typeof v === "object" && v !== null ? container(v, depth) : v;
  };

  const root = place(value, 1);
  while (stack.length > 0) {
    const { from, to, depth } = stack.pop()!;
    if (Array.isArray(from)) {
      const arr = to as unknown[];
      for (let i = 0; i < from.length; i++) arr.push(place(from[i], depth + 1));
    } else {
      const obj = to as Record<string, unknown>;
      for (const key of Object.keys(from)) {
        if (FORBIDDEN_KEYS.has(key)) continue;
        Object.defineProperty(obj, key, {
          value: place(from[key], depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
  }
  return root;
}
