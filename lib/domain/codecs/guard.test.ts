import { describe, expect, it } from "vitest";
import { thrown } from "./__fixtures__/helpers";
import {
  MAX_JSON_VALUES,
  copyGuarded,
  decodeUtf8,
  guardBytes,
  lineColumn,
  locateJsonError,
  parseJsonGuarded,
} from "./guard";
import { IMPORT_LIMITS, ImportError } from "./types";

const kind = (e: unknown) =>
  e instanceof ImportError ? e.kind : e instanceof Error ? `${e.name}: ${e.message}` : String(e);

describe("guardBytes", () => {
  it("accepts exactly the limit and refuses one byte more", () => {
    expect(() => guardBytes("a".repeat(IMPORT_LIMITS.maxBytes))).not.toThrow();
    expect(kind(thrown(() => guardBytes("a".repeat(IMPORT_LIMITS.maxBytes + 1))))).toBe("too_large");
    expect(kind(thrown(() => guardBytes(new Uint8Array(IMPORT_LIMITS.maxBytes + 1))))).toBe("too_large");
  });

  it("counts UTF-8 bytes, not characters", () => {
    // 11 million "é" are 11 M characters but 22 MB of UTF-8.
    const e = thrown(() => guardBytes("é".repeat(11 * 1024 * 1024)));
    expect(kind(e)).toBe("too_large");
    expect((e as Error).message).toMatch(/20 MB/);
    expect(() => guardBytes("é".repeat(9 * 1024 * 1024))).not.toThrow();
    // astral characters (emoji) are four bytes as a surrogate pair
    expect(kind(thrown(() => guardBytes("😀".repeat(5 * 1024 * 1024 + 1))))).toBe("too_large");
  });
});

describe("decodeUtf8", () => {
  it("decodes UTF-8 and drops a byte-order mark", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe("{}");
    expect(decodeUtf8(new TextEncoder().encode("Fleisch-OK: ä ö ü €"))).toBe("Fleisch-OK: ä ö ü €");
  });

  it("refuses invalid UTF-8 as malformed", () => {
    for (const bytes of [
      [0x7b, 0xff, 0xfe, 0x7d],
      [0xc3],
      [0xed, 0xa0, 0x80] /* an encoded surrogate */,
      [0xc0, 0xaf] /* overlong */,
    ]) {
      const e = thrown(() => decodeUtf8(new Uint8Array(bytes)));
      expect(kind(e)).toBe("malformed");
      expect((e as Error).message).toMatch(/not valid UTF-8/);
    }
  });
});

describe("decodeUtf8 on text saved by other tools", () => {
  it("names the line of a Windows-1252 character and says how to fix it", () => {
    // "für" in Windows-1252 on line 2 of an Argdown file.
    const bytes = Uint8Array.from([...new TextEncoder().encode("[A]: a\n  + [B]: f"), 0xfc, 0x72, 0x0a]);
    const e = thrown(() => decodeUtf8(bytes)) as ImportError;
    expect([e.kind, e.message]).toEqual([
      "malformed",
      "the file is not valid UTF-8 text (line 2): it may be saved as Windows-1252 or Latin-1; save it as UTF-8 and import it again",
    ]);
  });

  it("says a file that is no text at all is not text, and what it looks like, rather than blame its encoding", () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const e = thrown(() => decodeUtf8(png)) as ImportError;
    expect([e.kind, e.message]).toEqual([
      "unsupported",
      "the file is not text: it looks like a PNG image. Choose the exported text or JSON file instead",
    ]);
    const nul = thrown(() => decodeUtf8(Uint8Array.from([0x41, 0x00, 0x42]))) as ImportError;
    expect(nul.message).toMatch(/not text: it looks like binary data/);
    // UTF-16 holds NULs and is text.
    expect(decodeUtf8(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toBe("A");
  });

  it("reads UTF-16 with its byte-order mark, both byte orders", () => {
    const text = "[Für]: ä\r\n  + [B]: b\r\n";
    const le = Uint8Array.from([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const be = Uint8Array.from([
      0xfe,
      0xff,
      ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ]);
    expect(decodeUtf8(le)).toBe(text);
    expect(decodeUtf8(be)).toBe(text);
    expect(kind(thrown(() => decodeUtf8(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8]))))).toBe("malformed");
  });

  it("keeps valid UTF-8 (with or without a BOM) as it is", () => {
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Thèse 𝄞")]))).toBe("Thèse 𝄞");
  });
});

describe("parseJsonGuarded", () => {
  it("parses ordinary JSON into plain values", () => {
    expect(parseJsonGuarded('{"a": [1, "x", null, true, {"b": 2.5}]}')).toEqual({
      a: [1, "x", null, true, { b: 2.5 }],
    });
    expect(parseJsonGuarded("\uFEFF[1]")).toEqual([1]);
  });

  it("refuses a 10,000-deep array as too_deep, without RangeError", () => {
    const text = "[".repeat(10_000) + "]".repeat(10_000);
    const e = thrown(() => parseJsonGuarded(text));
    expect(e).not.toBeInstanceOf(RangeError);
    expect(kind(e)).toBe("too_deep");
  });

  it("refuses deep objects too, and counts depth exactly", () => {
    const nest = (n: number) => '{"a":'.repeat(n) + "1" + "}".repeat(n);
    expect(() => parseJsonGuarded(nest(IMPORT_LIMITS.maxDepth))).not.toThrow();
    expect(kind(thrown(() => parseJsonGuarded(nest(IMPORT_LIMITS.maxDepth + 1))))).toBe("too_deep");
    expect(kind(thrown(() => parseJsonGuarded(nest(10_000))))).toBe("too_deep");
  });

  it("does not count brackets inside strings", () => {
    const text = JSON.stringify({ s: "[".repeat(10_000) + '\\"{' });
    expect(parseJsonGuarded(text)).toEqual({ s: "[".repeat(10_000) + '\\"{' });
  });

  it("copies deep values iteratively: a 10,000-deep object built in memory is refused without RangeError", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const e = thrown(() => copyGuarded(deep));
    expect(e).not.toBeInstanceOf(RangeError);
    expect(kind(e)).toBe("too_deep");
    // With a high enough limit the same walk completes: no recursion anywhere.
    expect(() => copyGuarded(deep, 20_000)).not.toThrow();
  });

  it("refuses more values than MAX_JSON_VALUES as too_many", () => {
    const text = "[" + "0,".repeat(MAX_JSON_VALUES) + "0]";
    expect(kind(thrown(() => parseJsonGuarded(text)))).toBe("too_many");
    expect(() => parseJsonGuarded("[" + "0,".repeat(1000) + "0]", { maxValues: 1002 })).not.toThrow();
    expect(kind(thrown(() => parseJsonGuarded("[" + "0,".repeat(1000) + "0]", { maxValues: 1001 })))).toBe("too_many");
  });

  it("says where malformed JSON breaks", () => {
    const e = thrown(() => parseJsonGuarded('{\n  "a": 1,\n}'));
    expect(kind(e)).toBe("malformed");
    expect((e as Error).message).toMatch(/not valid JSON at line 3, column 1/);
    const cut = thrown(() => parseJsonGuarded('{"a": [1, 2'));
    expect(kind(cut)).toBe("malformed");
    expect((cut as Error).message).toMatch(/line 1, column 12|ends too early/);
    expect(kind(thrown(() => parseJsonGuarded("")))).toBe("malformed");
    expect(kind(thrown(() => parseJsonGuarded("{'a': 1}")))).toBe("malformed");
  });

  it("leaves out __proto__, constructor and prototype keys, and never pollutes Object.prototype", () => {
    const parsed = parseJsonGuarded(
      '{"__proto__": {"polluted": true}, "a": {"constructor": {"prototype": {"polluted": true}}, "b": 1}, "list": [{"__proto__": {"polluted": true}}]}',
    ) as Record<string, unknown>;
    expect(Object.keys(parsed).sort()).toEqual(["a", "list"]);
    expect(Object.prototype.hasOwnProperty.call(parsed, "__proto__")).toBe(false);
    expect(parsed.a).toEqual({ b: 1 });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    // The usual ways a parsed document gets merged do not pollute either.
    const merged = Object.assign({}, parsed, ...(parsed.list as object[]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((merged as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("lineColumn", () => {
  it("is 1-based", () => {
    expect(lineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});

describe("locateJsonError", () => {
  it("finds the first offending character of invalid JSON, or the end when it is cut short", () => {
    const cases: [string, number][] = [
      ['{"nodes": [1, 2,, 3]}', 16],
      ['{\n  "a": 1,\n}', 12],
      ['{"a": [1, 2', 11],
      ["", 0],
      ["{'a': 1}", 1],
      ['{"a": tru}', 6],
      ['{"a": "x\ny"}', 8],
      ["[1] 2", 4],
      ['{"a" 1}', 5],
      ['{"a": 01}', 7],
      ['{"a": "\\q"}', 7],
      ['{"a": "\\u12G4"}', 7],
      ['[1, {"b": [true, null, -2.5e3]}]', 32],
    ];
    for (const [text, at] of cases) expect(locateJsonError(text), text).toBe(at);
  });
});
