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

/**
 * A small Argdown map of the shapes files hold (front matter, statements and arguments with tags,
 * premises and a conclusion, relations, a link, a heading), read and planned once when a thread
 * starts ahead of its task (warmWorkers): the parser's and planner's code is then compiled before
 * the user's file arrives, which is most of a small file's first import on a fresh thread.
 */
const SAMPLE = [
  "===",
  "title: Warm-up",
  "===",
  "",
  "# Section",
  "",
  "[Claim]: A claim with a [link](https://example.org) and *emphasis*. #pro #1AC #role-harms",
  "  + <Reason>: An argument for it. #pro",
  "  - [Objection]: A statement against it. #con #1NC",
  "    -> [Claim]",
  "",
  "<Reason>",
  "",
  "(1) [Premise]: A premise.",
  "(2) Another premise. #evidence",
  "----",
  "(3) [Claim]",
  "",
].join("\n");

/**
 * Read and plan SAMPLE: a thread started ahead of its task (warmWorkers) is ready once this
 * returns. Returns the rows planned; throws if the sample no longer reads (warmWorkers ignores it).
 */
export function warm(): number {
  const r = parseAndPlan({ format: "argdown", text: SAMPLE, fileName: "warm-up.argdown" });
  if (!r.ok) throw new Error(`the warm-up sample was refused: ${r.refusal.message}`);
  return r.value.plan.nodes.length + r.value.plan.edges.length;
}

/** Nothing: a task run on an idle thread so that piscina starts its idle timeout again (warmWorkers). */
export function ping(): true {
  return true;
}

/** Re-find a source's cards in its new text (the heavy half of a big source edit). */
export function reanchor(task: { text: string; anchors: QuoteAnchor[] }): AnchorResult[] {
  return reanchorAll(task.text, task.anchors);
}

/** Evaluate a big debate: every argument's status and the ballot. */
export const evaluateGraph = judgeDebate;

/** Encode a big debate for download: a text format, or a Verbatim .docx of a selection. */
export const encodeExport = encodeDownload;
