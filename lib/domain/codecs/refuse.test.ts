import { describe, expect, it } from "vitest";
import { corpusFiles } from "./__fixtures__/helpers";
import { exportDebate, importFile, ImportFormatParam, importFormatName, ExportFormatParam } from "./index";
import { ImportError, type ImportFormat } from "./types";

function refusal(format: ImportFormat | "clash-json", text: string): ImportError {
  try {
    importFile(format, text);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error(`the ${format} import accepted the file`);
}

const FORMATS = ["json", "aif", "argdown", "kialo"] as const;
const PROSE = "We should raise the minimum wage.\nIt would help workers, and prices would barely move.\n";

describe("refusing files that yield no argument", () => {
  it.each(FORMATS)("refuses an empty or blank file as %s, saying it is empty", (format) => {
    for (const text of ["", "   \n\t\r\n", "\uFEFF  \n"]) {
      const e = refusal(format, text);
      expect(e.kind).toBe("empty");
      expect(e.message).toMatch(/^the file is empty/);
    }
  });

  it("refuses prose sent as Kialo with what a Kialo export looks like", () => {
    const e = refusal("kialo", PROSE);
    expect(e.kind).toBe("no_arguments");
    expect(e.message).toMatch(/^no Kialo lines found: a Kialo export starts with 'Discussion Title:'/);
  });

  it("refuses prose-only Argdown with what Argdown statements look like, not a parser error", () => {
    const e = refusal("argdown", PROSE);
    expect(e.kind).toBe("no_arguments");
    expect(e.message).toMatch(
      /^no Argdown statements or arguments found: Argdown writes a statement as '\[Title\]: text'/,
    );
  });

  it("refuses Argdown with only headings and front matter", () => {
    const e = refusal("argdown", "===\ntitle: Nothing here\n===\n\n# A heading\n\n## Another\n");
    expect(e.kind).toBe("no_arguments");
  });

  it("refuses prose sent as AIF as JSON that is not valid, and AIF with no nodes as having no claims", () => {
    expect(refusal("aif", PROSE).kind).toBe("malformed");
    const empty = refusal("aif", JSON.stringify({ nodes: [], edges: [] }));
    expect(empty.kind).toBe("no_arguments");
    expect(empty.message).toMatch(/^no AIF claims found/);
    // Only dialogue nodes, no I-node: nothing a map can show.
    const dialogueOnly = refusal(
      "aif",
      JSON.stringify({ nodes: [{ nodeID: "1", text: "Bob: hi", type: "L" }], edges: [] }),
    );
    expect(dialogueOnly.kind).toBe("no_arguments");
  });

  it("keeps an empty Clash JSON debate importable (an empty debate exports as exactly that)", () => {
    const text = exportDebate("json", {
      id: "d",
      title: "Empty",
      resolution: "",
      description: "",
      nodes: [],
      edges: [],
      sources: [],
    });
    expect(importFile("json", text).nodes).toEqual([]);
  });

  it("never passes a library's exception text on (an empty Argdown file used to answer with one)", () => {
    for (const format of FORMATS) {
      for (const text of ["", " ", PROSE, "{", "[", "<"]) {
        let message = "";
        try {
          importFile(format, text);
        } catch (e) {
          message = (e as Error).message;
        }
        expect(message).not.toMatch(/request|undefined|TypeError|Cannot read|Token sequences|Expecting:/);
        expect(message.length).toBeGreaterThan(0);
      }
    }
  });
});

describe("refusing a file in another format than the one chosen", () => {
  it("names Clash JSON when it is sent as AIF, and AIF when it is sent as Clash JSON", () => {
    const clash = exportDebate("json", {
      id: "d",
      title: "T",
      resolution: "",
      description: "",
      nodes: [],
      edges: [],
      sources: [],
    });
    const e = refusal("aif", clash);
    expect(e.kind).toBe("wrong_format");
    expect(e.message).toBe("this file looks like Clash JSON, not AIF JSON: import it as Clash JSON (json)");
    const aif = corpusFiles("aif", ".json")[0]!.text;
    expect(refusal("json", aif).message).toMatch(/^this file looks like AIF JSON, not Clash JSON/);
  });

  // Every real file, sent as each format it is not, is refused and the refusal names its real format.
  const real: { format: ImportFormat; label: RegExp; files: { name: string; text: string }[] }[] = [
    { format: "aif", label: /looks like AIF JSON/, files: corpusFiles("aif", ".json") },
    { format: "argdown", label: /looks like Argdown/, files: corpusFiles("argdown", ".argdown") },
    {
      format: "kialo",
      label: /looks like Kialo/,
      files: corpusFiles("kialo", ".txt").filter((f) => !f.name.startsWith("LICENSE")),
    },
  ];
  for (const { format, label, files } of real) {
    it(`refuses every ${format} corpus file sent as another format, naming ${format}`, () => {
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        for (const other of FORMATS.filter((x) => x !== format)) {
          const e = refusal(other, f.text);
          expect(e.kind, `${f.name} as ${other}`).toBe("wrong_format");
          expect(e.message, `${f.name} as ${other}`).toMatch(label);
        }
        expect(importFile(format, f.text).nodes.length, f.name).toBeGreaterThan(0);
      }
    });
  }
});

describe("one name per format", () => {
  it("reads clash-json as json on import and on export", () => {
    expect(ImportFormatParam.parse("clash-json")).toBe("json");
    expect(ImportFormatParam.parse("json")).toBe("json");
    expect(ExportFormatParam.parse("clash-json")).toBe("json");
    expect(importFormatName("kialo")).toBe("kialo");
    expect(importFormatName("docx-nope")).toBeNull();
    const text = exportDebate("json", {
      id: "d",
      title: "T",
      resolution: "",
      description: "",
      nodes: [],
      edges: [],
      sources: [],
    });
    expect(importFile("clash-json", text).report.format).toBe("json");
  });
});
