// A debate's download, encoded: one function for the request thread and the worker pool alike.
import { exportableToVerbatim, verbatimNotes, writeVerbatimDocx, type VerbatimSelection } from "./docx";
import { exportWithNotes } from "./index";
import type { ExportableDebate, ExportFormat } from "./types";

export type ExportTask =
  | { format: ExportFormat; debate: ExportableDebate }
  | { format: "docx"; debate: ExportableDebate; selection: VerbatimSelection };

export type ExportNote = { what: string; count: number; why: string };

/** An encoded download and what its format could not hold (when the file has no place to say it). */
export type EncodedDownload = { body: string | Uint8Array; notes: ExportNote[] };

/** A text format as a string, or a Verbatim .docx of the task's selection as bytes. */
export async function encodeDownload(task: ExportTask): Promise<EncodedDownload> {
  if (task.format !== "docx") {
    const { text, notes } = exportWithNotes(task.format, task.debate);
    return { body: text, notes };
  }
  const { debate, selection } = task;
  const body = await writeVerbatimDocx(exportableToVerbatim(debate, selection), {
    title: debate.title,
    subject: debate.resolution,
    description: debate.description,
  });
  return { body, notes: verbatimNotes(debate, selection) };
}
