// The import worker: one task = parse and plan one uploaded file, off the server's event loop;
// the named tasks `reanchor` (a big source's cards after an edit) and `evaluateGraph` (a big
// debate's statuses and ballot) and `encodeExport` (a big debate's download) keep the other
// CPU-heavy paths off it too.
// Bundled by scripts/build-workers.mjs into generated/workers/import-worker.mjs (a plain ES module
// that Node loads in a worker thread). The pool terminates this thread when a task runs out of
// time or is cancelled, so nothing here needs to check for either.
import { reanchorAll, type AnchorResult, type QuoteAnchor } from "@/lib/domain/anchoring";
import { ballot, type Ballot } from "@/lib/domain/ballot";
import { evaluate, type NodeEvaluation } from "@/lib/domain/evaluation";
import type { DebateDto } from "@/lib/domain/schemas";
import { exportDebate, type ExportableDebate, type ExportFormat } from "@/lib/domain/codecs";
import { exportableToVerbatim, writeVerbatimDocx, type VerbatimSelection } from "@/lib/domain/codecs/docx";
import { parseAndPlan, type ParseInput, type ParsePlanResult } from "../imports/parse-plan";

export default function importTask(task: ParseInput): ParsePlanResult {
  return parseAndPlan(task);
}

/** Re-find a source's cards in its new text (the heavy half of a big source edit). */
export function reanchor(task: { text: string; anchors: QuoteAnchor[] }): AnchorResult[] {
  return reanchorAll(task.text, task.anchors);
}

/** Evaluate a big debate: every argument's status and the ballot (the pure functions the editor runs). */
export function evaluateGraph(debate: DebateDto): { nodes: NodeEvaluation[]; ballot: Ballot } {
  const evaluation = evaluate(debate);
  return { nodes: debate.nodes.map((n) => evaluation.get(n.id)!), ballot: ballot(debate, evaluation) };
}

/** Encode a big debate for download: a text format, or a Verbatim .docx of a selection. */
export async function encodeExport(
  task:
    | { format: Exclude<ExportFormat, "docx">; debate: ExportableDebate }
    | { format: "docx"; debate: ExportableDebate; selection: VerbatimSelection },
): Promise<string | Uint8Array> {
  if (task.format !== "docx") return exportDebate(task.format, task.debate);
  return writeVerbatimDocx(exportableToVerbatim(task.debate, task.selection), { title: task.debate.title });
}
