import "server-only";
import { toCaselistMarkdown } from "@/lib/domain/caselist";
import { slugify } from "@/lib/domain/slug";
import { speechDocCaselistEntries, speechDocToVerbatimItems } from "@/lib/domain/speech-doc";
import { DOCX_MIME, speechItemsToVerbatim, writeVerbatimDocx } from "@/lib/domain/codecs/docx";
import type { SPEECH_EXPORT_FORMATS } from "@/lib/domain/speech-doc-schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { seminarReaderFilter } from "../seminars/reader-view";
import { withRead } from "../tx";
import { readDoc } from "./speech-doc-dto";

export type SpeechDocFile = { body: string | Uint8Array; contentType: string; fileName: string };

/**
 * A speech document as a file (viewers too): openCaselist cite entries in Markdown, or a
 * Verbatim .docx of the marked copy.
 */
export async function exportSpeechDoc({
  debateId,
  name,
  format,
  body,
  user,
}: {
  user: SessionUser | null;
  debateId: string;
  name: string;
  format: (typeof SPEECH_EXPORT_FORMATS)[number];
  body: "excerpt" | "full";
}): Promise<SpeechDocFile> {
  return withRead(async (db) => {
    const { debate, role } = await authorizeDebate(db, debateId, user, "viewer");
    const doc = await readDoc(db, debateId, name, await seminarReaderFilter(db, debateId, user, role));
    const base = `${slugify(debate.title)}-${slugify(name)}`;
    if (format === "markdown") {
      // Groups (pocket/hat/block) join the entries when the debate carries them (node groups).
      const groups = (doc as { groups?: Parameters<typeof speechDocCaselistEntries>[1] }).groups ?? [];
      return {
        body: toCaselistMarkdown(speechDocCaselistEntries(doc, groups), { body }),
        contentType: "text/markdown; charset=utf-8",
        fileName: `${base}-caselist.md`,
      };
    }
    // A marked copy: each card's reading mark is kept, as a bracketed "[marked at …]".
    const bytes = await writeVerbatimDocx(speechItemsToVerbatim(speechDocToVerbatimItems(doc, { marked: true })), {
      title: `${debate.title}: ${name}`,
    });
    return { body: bytes, contentType: DOCX_MIME, fileName: `${base}.docx` };
  });
}
