import { route } from "@/lib/server/http";
import { exportDebate } from "@/lib/server/exports/export-debate";
import { exportDebateDocx } from "@/lib/server/exports/export-debate-docx";
import { attachment, notExportedHeader } from "@/lib/server/exports/export-file";
import { DebateExportQuery } from "@/lib/server/api-contracts";
import type { VerbatimSelection } from "@/lib/domain/codecs/docx";

/**
 * The debate as a file to download: `?format=json|argdown|aif|markdown|docx` (viewers too); a
 * .docx may be one speech (`speech`), one group (`group`) or chosen nodes (`ids=a,b`).
 */
export const GET = route<{ id: string }>(async ({ user, params, query }) => {
  const { format, speech, group, ids } = query(DebateExportQuery);
  const selection: VerbatimSelection = ids
    ? { kind: "nodes", ids }
    : group
      ? { kind: "group", groupId: group }
      : speech
        ? { kind: "speech", speech }
        : { kind: "debate" };
  const file =
    format === "docx"
      ? await exportDebateDocx({ user, debateId: params.id, selection })
      : await exportDebate({ user, debateId: params.id, format });
  const notes = "notes" in file && file.notes ? notExportedHeader(file.notes) : null;
  return new Response(file.body as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachment(file.fileName),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      // What the format could not hold, when the file has no comment to say it in.
      ...(notes ? { "X-Clash-Not-Exported": notes } : {}),
    },
  });
});
