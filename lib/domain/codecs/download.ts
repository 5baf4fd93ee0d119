// A debate's download, encoded: one function for the request thread and the worker pool alike.
import { exportableToVerbatim, writeVerbatimDocx, type VerbatimSelection } from "./docx";
import { exportDebate } from "./index";
import type { ExportableDebate, ExportFormat } from "./types";

export type ExportTask =
  | { format: ExportFormat; debate: ExportableDebate }
  | { format: "docx"; debate: ExportableDebate; selection: VerbatimSelection };

/** A text format as a string, or a Verbatim .docx of the task's selection as bytes. */
export async function encodeDownload(task: ExportTask): Promise<string | Uint8Array> {
  if (task.format !== "docx") return exportDebate(task.format, task.debate);
  return writeVerbatimDocx(exportableToVerbatim(task.debate, task.selection), { title: task.debate.title });
}
