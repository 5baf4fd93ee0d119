// The import worker: one task = parse and plan one uploaded file, off the server's event loop;
// the named tasks `reanchor` (a big source's cards after an edit) and `evaluateGraph` (a big
// debate's statuses and ballot) and `encodeExport` (a big debate's download) keep the other
// CPU-heavy paths off it too.
// Bundled by scripts/build-workers.mjs into generated/workers/import-worker.mjs (a plain ES module
// that Node loads in a worker thread). The pool terminates this thread when a task runs out of
// time or is cancelled, so nothing here needs to check for either.
import { reanchorAll, type AnchorResult, type QuoteAnchor } from "@/lib/domain/anchoring";
import { judgeDebate } from "@/lib/domain/ballot";
import { encodeDownload } from "@/lib/domain/codecs/download";
import { parseAndPlan, type ParseInput, type ParsePlanResult } from "../imports/parse-plan";

export default function importTask(task: ParseInput): ParsePlanResult {
  return parseAndPlan(task);
}

/** Nothing: a thread started ahead of its task (warmWorkers) is ready once this returns. */
export function warm(): void {}

/** Re-find a source's cards in its new text (the heavy half of a big source edit). */
export function reanchor(task: { text: string; anchors: QuoteAnchor[] }): AnchorResult[] {
  return reanchorAll(task.text, task.anchors);
}

/** Evaluate a big debate: every argument's status and the ballot. */
export const evaluateGraph = judgeDebate;

/** Encode a big debate for download: a text format, or a Verbatim .docx of a selection. */
export const encodeExport = encodeDownload;
