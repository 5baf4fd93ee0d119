import "server-only";
import { encodeDownload, type EncodedDownload, type ExportTask } from "@/lib/domain/codecs/download";
import { AppError } from "../errors";
import { runExportTask, WorkerStopped } from "../workers/pool";

/** Debates with more arguments than this are encoded in the worker pool, with a time budget. */
export const INLINE_EXPORT_NODES = 2_000;

/**
 * Encode a download: a small debate here, a big one in a worker thread, stopped when it runs out
 * of its budget (CLASH_EXPORT_BUDGET_MS) so it never holds the server: 422 too_complex.
 */
export async function encodeExport(task: ExportTask, budgetMs?: number): Promise<EncodedDownload> {
  if (task.debate.nodes.length <= INLINE_EXPORT_NODES) return encodeDownload(task);
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
