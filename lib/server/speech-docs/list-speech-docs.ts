import "server-only";
import type { SpeechDocSummaryDto } from "@/lib/domain/speech-doc-schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { docShows, seminarReaderFilter } from "../seminars/reader-view";
import { withRead } from "../tx";

/**
 * The debate's speech documents with their item counts (anyone who can read the debate); while a
 * seminar runs, not one that names an argument its reveal hides from the caller, nor one of a
 * speech it has not revealed (docShows).
 */
export async function listSpeechDocs({
  debateId,
  user,
}: {
  user: SessionUser | null;
  debateId: string;
}): Promise<SpeechDocSummaryDto[]> {
  return withRead(async (db) => {
    const { role } = await authorizeDebate(db, debateId, user, "viewer");
    const shows = await seminarReaderFilter(db, debateId, user, role);
    const docs = await db.speechDoc.findMany({
      where: { debateId },
      include: { items: { select: { nodeId: true } } },
      orderBy: { createdAt: "asc" },
    });
    return docs
      .filter((d) => docShows(shows, d.name, d.items))
      .map((d) => ({ name: d.name, items: d.items.length, updatedAt: d.updatedAt.toISOString() }));
  });
}
