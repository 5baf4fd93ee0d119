import "server-only";
import { SourceDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";
import { notFound } from "../errors";
import { toSourceSummary } from "../mappers";

/** A source with its full text (anyone who can view its debate). */
export async function getSource({
  sourceId,
  user,
}: {
  user: SessionUser | null;
  sourceId: string;
}): Promise<SourceDto> {
  return withRead(async (db) => {
    const source = await db.source.findUnique({ where: { id: sourceId } });
    if (!source) throw notFound("source");
    await authorizeDebate(db, source.debateId, user, "viewer");
    const cardCount = await db.argNode.count({ where: { sourceId: source.id } });
    return SourceDto.parse({
      ...toSourceSummary({ ...source, length: source.text.length, cardCount }),
      text: source.text,
    });
  });
}
