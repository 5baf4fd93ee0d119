import "server-only";
import { DOCX_MIME, exportableToVerbatim, type VerbatimSelection } from "@/lib/domain/codecs/docx";
import { slugify } from "@/lib/domain/slug";
import { AppError } from "../errors";
import type { SessionUser } from "../auth-guard";
import type { EncodedDownload } from "@/lib/domain/codecs/download";
import { encodeExport } from "./encode-export";
import { loadExportable } from "./export-debate";

export type ExportedDocx = {
  fileName: string;
  contentType: string;
  body: Uint8Array;
  /** what Word's format could not hold (sent as X-Clash-Not-Exported) */
  notes?: EncodedDownload["notes"];
};

/**
 * A debate, one speech, one group (pocket, hat or block, with the groups under it) or chosen
 * cards as a Verbatim .docx (anyone who may view the debate). The selection is read from the
 * loaded debate, so ids of another debate simply select nothing, and nothing chosen is a 422
 * rather than an empty file. A big debate's file is written in the worker pool (encodeExport).
 */
export async function exportDebateDocx(options: {
  user: SessionUser | null;
  debateId: string;
  selection: VerbatimSelection;
  /** the worker's time budget for a big debate (default CLASH_EXPORT_BUDGET_MS) */
  budgetMs?: number;
}): Promise<ExportedDocx> {
  const exportable = await loadExportable(options);
  const { selection } = options;
  if (selection.kind === "group" && !(exportable.groups ?? []).some((g) => g.id === selection.groupId))
    throw new AppError("not_found", "this debate has no such group");
  const items = exportableToVerbatim(exportable, selection);
  if (items.length === 0 && selection.kind !== "debate")
    throw new AppError("validation_failed", "nothing to export: the selection holds no argument");
  const part =
    selection.kind === "speech"
      ? `-${slugify(selection.speech)}`
      : selection.kind === "group"
        ? `-${slugify((exportable.groups ?? []).find((g) => g.id === selection.groupId)!.title)}`
        : selection.kind === "nodes"
          ? "-selection"
          : "";
  const encoded = await encodeExport({ format: "docx", debate: exportable, selection }, options.budgetMs);
  return {
    fileName: `${slugify(exportable.title)}${part}.docx`,
    contentType: DOCX_MIME,
    body: encoded.body as Uint8Array,
    notes: encoded.notes,
  };
}
