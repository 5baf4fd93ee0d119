import { SpeechExportQuery, SpeechName } from "@/lib/domain/speech-doc-schemas";
import { attachment } from "@/lib/server/exports/export-file";
import { route } from "@/lib/server/http";
import { exportSpeechDoc } from "@/lib/server/speech-docs/export-speech-doc";
import { parseParam } from "@/lib/server/speech-docs/speech-name-param";

/** The speech document as a file: `?format=markdown` (openCaselist cite entries) or `docx`. */
export const GET = route<{ id: string; name: string }>(async ({ user, params, query }) => {
  const { format, body } = query(SpeechExportQuery);
  const file = await exportSpeechDoc({
    user,
    debateId: params.id,
    name: parseParam(SpeechName, params.name),
    format,
    body,
  });
  return new Response(file.body as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachment(file.fileName),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
