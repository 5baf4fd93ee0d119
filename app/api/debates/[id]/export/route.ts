import { route } from "@/lib/server/http";
import { exportDebate } from "@/lib/server/exports/export-debate";
import { attachment } from "@/lib/server/exports/export-file";
import { DebateExportQuery } from "@/lib/server/api-contracts";

/** The debate as a file to download: `?format=json|argdown|aif|markdown` (viewers too). */
export const GET = route<{ id: string }>(async ({ user, params, query }) => {
  const { format } = query(DebateExportQuery);
  const file = await exportDebate({ user, debateId: params.id, format });
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachment(file.fileName),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
