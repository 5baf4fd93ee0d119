// The import worker: one task = parse and plan one uploaded file, off the server's event loop;
// the named task `reanchor` re-finds a big source's cards after an edit.
// Bundled by scripts/build-workers.mjs into generated/workers/import-worker.mjs (a plain ES module
// that Node loads in a worker thread). The pool terminates this thread when a task runs out of
// time or is cancelled, so nothing here needs to check for either.
import { reanchorAll, type AnchorResult, type QuoteAnchor } from "@/lib/domain/anchoring";
import { parseAndPlan, type ParseInput, type ParsePlanResult } from "../imports/parse-plan";

export default function importTask(task: ParseInput): ParsePlanResult {
  return parseAndPlan(task);
}

/** Re-find a source's cards in its new text (the heavy half of a big source edit). */
export function reanchor(task: { text: string; anchors: QuoteAnchor[] }): AnchorResult[] {
  return reanchorAll(task.text, task.anchors);
}
