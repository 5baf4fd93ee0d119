import "server-only";
import type { SpeechDocDto } from "@/lib/domain/speech-doc-schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";
import { emptyDoc, findDoc, loadDocDto } from "./speech-doc-dto";

/**
 * One speech document with its nodes (viewers too: a share link opens it read-only for the
 * room). A speech nothing was sent to reads as empty, version 0.
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
    await authorizeDebate(db, debateId, user, "viewer");
    const doc = await findDoc(db, debateId, name);
    return doc ? loadDocDto(db, doc) : await emptyDoc(db, debateId, name);
  });
}
