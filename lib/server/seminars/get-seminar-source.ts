import "server-only";
import { SourceDto } from "@/lib/domain/schemas";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";
import { notFound } from "../errors";
import { accessSeminar } from "./seminar-access";

/** A source's text for a seminar's students, to select the words of a card they cut. */
export async function getSeminarSource({
  seminarId,
  sourceId,
  user,
}: {
  user: SessionUser | null;
  seminarId: string;
  sourceId: string;
}): Promise<SourceDto> {
  return withRead(async (db) => {
    const { seminar } = await accessSeminar(db, seminarId, user);
    const source = await db.source.findUnique({ where: { id: sourceId } });
    if (!source || source.debateId !== seminar.debateId) throw notFound("source");
    const cardCount = await db.argNode.count({ where: { sourceId: source.id } });
    return SourceDto.parse({ ...source, length: source.text.length, cardCount });
  });
}
