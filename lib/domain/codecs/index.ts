// Import and export codecs: one entry point per direction, the formats behind them.
import { parseAif, toAif } from "./aif";
import { parseArgdown, toArgdown } from "./argdown";
import { parseClashJson, toClashJson } from "./clash-json";
import { detectFormat } from "./detect";
import { FORMAT_ALIASES, type FormatAlias } from "./formats";
import { jsonText } from "./escape";
import { decodeUtf8, guardBytes, parseJsonGuarded } from "./guard";
import { parseKialo } from "./kialo";
import { toKialo } from "./kialo-export";
import { refuseAfterFailure, refuseBeforeParse, refuseEmptyGraph } from "./refuse";
import { toMarkdown } from "./markdown";
import { ImportError, type ExportFormat, type ExportableDebate, type ImportFormat, type ImportedGraph } from "./types";

export * from "./types";
export { ARGDOWN_MAX_BYTES, ARGDOWN_TAGS, argdownTitle, escapeArgdownText, parseArgdown, toArgdown } from "./argdown";
export { CLASH_SCHEMES, nodeText, parseAif, toAif, type AifJson } from "./aif";
export {
  CLASH_JSON_OLDEST,
  CLASH_JSON_VERSION,
  ClashJsonV1,
  ClashJsonV2,
  parseClashJson,
  toClashJson,
  upgrade,
  upgradeV1,
  type ClashJson,
} from "./clash-json";
export { joinClaimText, splitClaimText } from "./common";
export { detectFormat } from "./detect";
export {
  EXPORT_FORMAT_NAMES,
  ExportFormatParam,
  FORMAT_ALIASES,
  FORMAT_NAMES,
  IMPORT_FORMATS,
  ImportFormatParam,
  importFormatName,
} from "./formats";
export { csvCell, htmlText, jsonText, markdownText, markdownUrl, safeLinkUrl } from "./escape";
export { MAX_JSON_VALUES, copyGuarded, decodeUtf8, guardBytes, parseJsonGuarded } from "./guard";
export { parseKialo } from "./kialo";
export { toKialo, type KialoNote } from "./kialo-export";
export { userTags } from "./user-tags";
export { escapeMarkdown, toMarkdown } from "./markdown";

/**
 * Read a file's text in a known format (or its alias). JSON formats go through the JSON guard;
 * every format through the byte cap. An empty file, a file in another format, or one that yields
 * no argument is refused with an ImportError that says why.
 */
export function importFile(name: ImportFormat | FormatAlias, text: string): ImportedGraph {
  guardBytes(text);
  const format: ImportFormat = name === "clash-json" ? FORMAT_ALIASES[name] : name;
  refuseBeforeParse(format, text);
  let graph: ImportedGraph;
  try {
    graph = parseAs(format, text);
  } catch (err) {
    throw err instanceof ImportError ? refuseAfterFailure(format, text, err) : err;
  }
  refuseEmptyGraph(format, text, graph);
  return graph;
}

function parseAs(format: ImportFormat, text: string): ImportedGraph {
  switch (format) {
    case "json":
      return parseClashJson(parseJsonGuarded(text));
    case "aif":
      return parseAif(parseJsonGuarded(text));
    case "argdown":
      return parseArgdown(text);
    case "kialo":
      return parseKialo(text);
    case "docx":
      // A .docx is a zip: it is read from its bytes (importDocx), never from decoded text.
      throw new ImportError("malformed", "a .docx file must be sent as its bytes, not as text");
    default: {
      const unknown: never = format;
      throw new ImportError("unsupported", `unknown import format ${String(unknown)}`);
    }
  }
}

/**
 * Read an uploaded file: byte cap, strict UTF-8 (BOM dropped), format from `format` or else
 * detected from the name and content (ImportError "unsupported" when it cannot be told).
 */
export function importUpload(upload: {
  bytes: Uint8Array;
  fileName?: string | null;
  format?: ImportFormat | null;
}): ImportedGraph {
  guardBytes(upload.bytes);
  const text = decodeUtf8(upload.bytes);
  const format = upload.format ?? detectFormat(upload.fileName ?? null, text);
  if (!format) {
    throw new ImportError(
      "unsupported",
      "the file's format was not recognised: Clash reads Clash JSON, Argdown, AIF JSON and Kialo .txt exports",
    );
  }
  return importFile(format, text);
}

/** A debate in an export format, as text (JSON pretty-printed, with no raw `<`, `>` or `&`). */
export function exportDebate(format: ExportFormat, d: ExportableDebate): string {
  return exportWithNotes(format, d).text;
}

/**
 * The export's text and what the format could not hold, for the download's response
 * (X-Clash-Not-Exported) when the file itself has no place for it: AIF writes it into the file
 * (clashNotExported), Argdown into a closing comment. One pass over the debate.
 */
export function exportWithNotes(
  format: ExportFormat,
  d: ExportableDebate,
): { text: string; notes: { what: string; count: number; why: string }[] } {
  if (format === "kialo") return toKialo(d);
  return { text: exportText(format, d), notes: [] };
}

function exportText(format: Exclude<ExportFormat, "kialo">, d: ExportableDebate): string {
  switch (format) {
    case "json":
      return jsonText(toClashJson(d), 2) + "\n";
    case "aif":
      return jsonText(toAif(d), 2) + "\n";
    case "argdown":
      return toArgdown(d);
    case "markdown":
      return toMarkdown(d);
    default: {
      const unknown: never = format;
      throw new Error(`unknown export format ${String(unknown)}`);
    }
  }
}

/** File extension and media type for each export format (for Content-Disposition and Content-Type). */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; contentType: string }> = {
  json: { extension: ".clash.json", contentType: "application/json; charset=utf-8" },
  aif: { extension: ".aif.json", contentType: "application/json; charset=utf-8" },
  argdown: { extension: ".argdown", contentType: "text/plain; charset=utf-8" },
  markdown: { extension: ".md", contentType: "text/markdown; charset=utf-8" },
  kialo: { extension: ".kialo.txt", contentType: "text/plain; charset=utf-8" },
};
