import { describe, expect, it } from "vitest";
import { corpusFiles, fixture, seedDebate, thrown } from "./__fixtures__/helpers";
import { EXPORT_FILES, exportDebate, importFile, importUpload, parseArgdown, parseJsonGuarded } from "./index";
import { IMPORT_LIMITS, ImportError, type ExportFormat } from "./types";

const encode = (s: string) => new TextEncoder().encode(s);

describe("importFile and importUpload", () => {
  it("reads each format through the right codec", () => {
    expect(
      importFile("kialo", corpusFiles("kialo", ".txt").find((f) => !f.name.startsWith("LICENSE"))!.text).report.format,
    ).toBe("kialo");
    expect(importFile("aif", corpusFiles("aif", ".json")[0]!.text).report.format).toBe("aif");
    expect(importFile("argdown", corpusFiles("argdown", ".argdown")[0]!.text).report.format).toBe("argdown");
    expect(importFile("json", exportDebate("json", seedDebate())).report.format).toBe("json");
  });

  it("decodes, detects and imports an upload (BOM and CRLF included)", () => {
    const g = importUpload({
      fileName: "phones.txt",
      bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...encode(fixture("kialo-small.txt"))]),
    });
    expect(g.report.format).toBe("kialo");
    expect(g.title).toBe("Should schools (public ones) ban phones?");
  });

  it("refuses uploads over 20 MB, invalid UTF-8, unknown formats", () => {
    expect(
      (
        thrown(() =>
          importUpload({ fileName: "big.json", bytes: new Uint8Array(IMPORT_LIMITS.maxBytes + 1) }),
        ) as ImportError
      ).kind,
    ).toBe("too_large");
    expect((thrown(() => importFile("aif", " ".repeat(IMPORT_LIMITS.maxBytes + 1))) as ImportError).kind).toBe(
      "too_large",
    );
    const bad = thrown(() =>
      importUpload({ fileName: "x.argdown", bytes: new Uint8Array([0x5b, 0x41, 0x5d, 0x3a, 0x20, 0xff]) }),
    ) as ImportError;
    expect([bad.kind, bad.message]).toEqual([
      "malformed",
      "the file is not valid UTF-8 text (line 1): it may be saved as Windows-1252 or Latin-1; save it as UTF-8 and import it again",
    ]);
    expect((thrown(() => importUpload({ fileName: "x.json", bytes: encode('{"a": 1}') })) as ImportError).kind).toBe(
      "unsupported",
    );
  });

  it("refuses malformed and deep JSON in both JSON formats, saying where", () => {
    for (const format of ["aif", "json"] as const) {
      const e = thrown(() => importFile(format, '{"nodes": [1, 2,, 3]}')) as ImportError;
      expect(e.kind).toBe("malformed");
      expect(e.message).toMatch(/^the file is not valid JSON at line 1, column 17: Unexpected token ','$/);
      const deep = thrown(() => importFile(format, "[".repeat(10_000) + "]".repeat(10_000)));
      expect(deep).not.toBeInstanceOf(RangeError);
      expect((deep as ImportError).kind).toBe("too_deep");
    }
  });

  it("refuses an Argdown file with more statements than the node limit as too_many", () => {
    // 50,001 one-word statements connected in pairs, well under the byte caps.
    const lines: string[] = [];
    for (let i = 0; i <= IMPORT_LIMITS.maxNodes; i += 2) lines.push(`[s${i}]: a\n  + [s${i + 1}]: b\n`);
    const e = thrown(() => parseArgdown(lines.join("\n"))) as ImportError;
    expect(e.kind).toBe("too_many");
  }, 60_000);
});

describe("exportDebate", () => {
  const d = seedDebate();
  for (const format of ["json", "aif", "argdown", "markdown"] as ExportFormat[]) {
    it(`writes ${format}`, () => {
      const text = exportDebate(format, d);
      expect(text.length).toBeGreaterThan(1000);
      expect(EXPORT_FILES[format].extension.startsWith(".")).toBe(true);
      if (format === "json" || format === "aif") {
        expect(text).toMatch(/^\{\n {2}"/); // pretty-printed
        expect(() => parseJsonGuarded(text)).not.toThrow();
      }
    });
  }

  it("round-trips its own formats through importFile", () => {
    expect(importFile("json", exportDebate("json", d)).nodes).toHaveLength(d.nodes.length);
    expect(importFile("aif", exportDebate("aif", d)).edges).toHaveLength(d.edges.length);
    expect(importFile("argdown", exportDebate("argdown", d)).edges).toHaveLength(d.edges.length);
  });
});
