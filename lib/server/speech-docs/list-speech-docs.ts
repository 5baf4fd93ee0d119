import "server-only";
import type { SpeechDocSummaryDto } from "@/lib/domain/speech-doc-schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";

/** The debate's speech documents with their item counts (anyone who can read the debate). */
export async function listSpeechDocs({
  debateId,
  user,
}: {
  user: SessionUser | null;
  debateId: string;
}): Promise<SpeechDocSummaryDto[]> {
  return withRead(async (db) => {
    await authorizeDebate(db, debateId, user, "viewer");
    const docs = await db.speechDoc.findMany({
      where: { debateId },
      include: { _count: { select: { items: true } } },
      orderBy: { createdAt: "asc" },
    });
    return docs.map((d) => ({ name: d.name, items: d._count.items, updatedAt: d.updatedAt.toISOString() }));
  });
}
