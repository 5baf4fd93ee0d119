import { ExportQuery } from "@/lib/domain/seminar-schemas";
import { route } from "@/lib/server/http";
import { exportSeminar } from "@/lib/server/seminars/export-seminar";

/** A download: `?format=csv` (default) or `?format=md`. */
export const GET = route<{ id: string }>(async ({ user, params, query }) => {
  const file = await exportSeminar({ user, seminarId: params.id, format: query(ExportQuery).format });
  return new Response(file.body, {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
