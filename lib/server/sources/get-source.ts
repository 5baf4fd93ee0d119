import "server-only";
import { SourceDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";
import { notFound } from "../errors";
import { toSourceSummary } from "../mappers";

/** A source with its full text (anyone who can view its debate). */
export async function getSource(o: { user: SessionUser | null; sourceId: string }): Promise<SourceDto> {
  return withRead(async (db) => {
    const s = await db.source.findUnique({ where: { id: o.sourceId } });
    if (!s) throw notFound("source");
    await authorizeDebate(db, s.debateId, o.user, "viewer");
    const cardCount = await db.argNode.count({ where: { sourceId: s.id } });
    return SourceDto.parse({ ...toSourceSummary({ ...s, length: s.text.length, cardCount }), text: s.text });
  });
}
