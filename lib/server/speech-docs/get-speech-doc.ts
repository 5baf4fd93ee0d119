import "server-only";
import type { SpeechDocDto } from "@/lib/domain/speech-doc-schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { seminarReaderFilter } from "../seminars/reader-view";
import { withRead } from "../tx";
import { readDoc } from "./speech-doc-dto";

/**
 * One speech document with its nodes (viewers too: a share link opens it read-only for the
 * room). A speech nothing was sent to reads as empty, version 0 (see readDoc).
 */
export async function getSpeechDoc({
  debateId,
  name,
  user,
}: {
  user: SessionUser | null;
  debateId: string;
  name: string;
}): Promise<SpeechDocDto> {
  return withRead(async (db) => {
    const { role } = await authorizeDebate(db, debateId, user, "viewer");
    return readDoc(db, debateId, name, await seminarReaderFilter(db, debateId, user, role));
  });
}
