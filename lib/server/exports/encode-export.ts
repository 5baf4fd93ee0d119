import "server-only";
import { exportDebate } from "@/lib/domain/codecs";
import { exportableToVerbatim, writeVerbatimDocx } from "@/lib/domain/codecs/docx";
import { AppError } from "../errors";
import { runExportTask, WorkerStopped, type ExportTask } from "../workers/pool";

/** Debates with more arguments than this are encoded in the worker pool, with a time budget. */
export const INLINE_EXPORT_NODES = 2_000;

/**
 * Encode a download: a small debate here, a big one in a worker thread, stopped when it runs out
 * of its budget (CLASH_EXPORT_BUDGET_MS) so it never holds the server: 422 too_complex.
 */
export async function encodeExport(task: ExportTask, budgetMs?: number): Promise<string | Uint8Array> {
  if (task.debate.nodes.length <= INLINE_EXPORT_NODES) return encodeHere(task);
  try {
    return await runExportTask(task, budgetMs);
  } catch (err) {
    if (err instanceof WorkerStopped) {
      throw new AppError(
        "validation_failed",
        "this debate is too big to export in the time the server allows; export one speech or group at a time",
        { kind: "too_complex", reason: err.reason },
      );
    }
    throw err;
  }
}

function encodeHere(task: ExportTask): Promise<string | Uint8Array> | string {
  if (task.format !== "docx") return exportDebate(task.format, task.debate);
  return writeVerbatimDocx(exportableToVerbatim(task.debate, task.selection), { title: task.debate.title });
}
