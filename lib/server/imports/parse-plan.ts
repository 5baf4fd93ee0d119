// Parse and plan an uploaded file: the CPU-heavy half of an import. It runs inside the import
// worker (lib/server/workers/import-worker.ts), so it imports no database, no "server-only" guard
// that would matter there, and answers with plain data (a plan, or a refusal) that crosses threads.
import {
  decodeUtf8,
  detectFormat,
  FORMAT_NAMES,
  IMPORT_FORMATS,
  guardBytes,
  ImportError,
  importFile,
  type ImportFormat,
  type ImportReport,
} from "@/lib/domain/codecs";
import type { ErrorCode } from "@/lib/domain/api-error";
import { importDocx } from "@/lib/domain/codecs/docx/import";
import { looksLikeZip } from "@/lib/domain/codecs/docx/zip";
import { capRefusal, IMPORT_CAPS } from "@/lib/domain/import-caps";
import { planImport, type ImportPlan } from "./plan-import";

// The one list of formats and their names lives with the codecs (lib/domain/codecs/formats.ts).
export { FORMAT_NAMES, IMPORT_FORMATS };

/** What an import is asked to read: text or raw bytes (binary formats read bytes). */
export type ParseInput = { format?: ImportFormat; text: string | Uint8Array; fileName?: string };

/** A refusal of the file in the API's words, plain data so it can cross from the worker. */
export type ImportRefusal = { code: ErrorCode; message: string; details?: unknown };

/** The graph's head fields an import writes to a new debate, beside the planned rows. */
export type PlannedImport = {
  format: ImportFormat;
  head: { title: string; resolution: string; description: string };
  plan: ImportPlan;
};

export type ParsePlanResult = { ok: true; value: PlannedImport } | { ok: false; refusal: ImportRefusal };

/** A codec's refusal as the API reports it: 413 when it is too big, otherwise 422 with the reason. */
export function refusalOf(err: ImportError): ImportRefusal {
  const details = { kind: err.kind, ...(err.details === undefined ? {} : { details: err.details }) };
  return { code: err.kind === "too_large" ? "payload_too_large" : "validation_failed", message: err.message, details };
}

/** A Word file: chosen as docx, named .docx/.docm, or bytes that open as a zip (text formats never do). */
function isDocx(file: ParseInput): boolean {
  if (file.format) return file.format === "docx";
  if (/\.doc[xm]$/i.test(file.fileName ?? "")) return true;
  return typeof file.text !== "string" && looksLikeZip(file.text);
}

function parseInput(file: ParseInput): { format: ImportFormat; graph: ReturnType<typeof importFile> } | ImportRefusal {
  if (isDocx(file)) {
    // Read as bytes: the zip, then its XML (the codec caps what it inflates, so a zip bomb is a 413).
    const bytes = typeof file.text === "string" ? new TextEncoder().encode(file.text) : file.text;
    const tooBig = capRefusal("docx", bytes.byteLength, FORMAT_NAMES.docx);
    if (tooBig)
      return {
        code: "payload_too_large",
        message: tooBig,
        details: { kind: "too_large", limit: IMPORT_CAPS.docx.bytes },
      };
    return { format: "docx", graph: importDocx(bytes, file.fileName) };
  }
  // The byte cap first (decodeUtf8 applies it to bytes), then strict UTF-8.
  if (typeof file.text === "string") guardBytes(file.text);
  const text = typeof file.text === "string" ? file.text : decodeUtf8(file.text);
  const format = file.format ?? detectFormat(file.fileName ?? "", text);
  if (!format) {
    return {
      code: "validation_failed",
      message: `could not tell what format this file is in; choose one of: ${IMPORT_FORMATS.map((f) => `${FORMAT_NAMES[f]} (${f})`).join(", ")}`,
      details: { formats: IMPORT_FORMATS },
    };
  }
  // The format's own cap (bench/imports-latency.md), before the parser spends any time on it.
  const bytes = typeof file.text === "string" ? Buffer.byteLength(file.text) : file.text.byteLength;
  const tooBig = capRefusal(format, bytes, FORMAT_NAMES[format]);
  if (tooBig)
    return {
      code: "payload_too_large",
      message: tooBig,
      details: { kind: "too_large", limit: IMPORT_CAPS[format].bytes },
    };
  return { format, graph: importFile(format, text) };
}

/**
 * Decode, detect, parse and plan a file. Never throws for a bad file: a refusal says why, with
 * no internal exception text (a parser bug is logged and reported as "could not be read").
 */
export function parseAndPlan(file: ParseInput): ParsePlanResult {
  try {
    const parsed = parseInput(file);
    if ("code" in parsed) return { ok: false, refusal: parsed };
    const { graph, format } = parsed;
    return {
      ok: true,
      value: {
        format,
        head: { title: graph.title, resolution: graph.resolution, description: graph.description },
        plan: planImport(graph),
      },
    };
  } catch (err) {
    if (err instanceof ImportError) return { ok: false, refusal: refusalOf(err) };
    console.error("[clash] import parser failed", err);
    const message = err instanceof RangeError ? "the file is nested too deeply to read" : "the file could not be read";
    return {
      ok: false,
      refusal: {
        code: "validation_failed",
        message: `${message}${file.format ? ` as ${FORMAT_NAMES[file.format]}` : ""}`,
        details: { kind: "malformed" },
      },
    };
  }
}

export type { ImportReport };
