import "server-only";
import type { CommentDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { aliasActor, seminarAliases, seminarReaderFilter } from "../seminars/reader-view";
import { withRead } from "../tx";
import { toCommentDto, withAuthor } from "./comment-dto";

/**
 * Every comment of a debate (or of one argument), oldest first; anyone who can read it. While a
 * seminar runs, a reader who does not teach it sees no comment on an argument the reveal hides,
 * and an anonymous seminar's students under their aliases, as in the history and the live stream.
 */
export async function listComments({
  debateId,
  nodeId,
  user,
}: {
  user: SessionUser | null;
  debateId: string;
  nodeId?: string;
}): Promise<CommentDto[]> {
  return withRead(async (db) => {
    const { role } = await authorizeDebate(db, debateId, user, "viewer");
    const [rows, shows, aliases] = await Promise.all([
      db.comment.findMany({
        where: { debateId, ...(nodeId ? { nodeId } : {}) },
        include: withAuthor,
        orderBy: { createdAt: "asc" },
        take: 5_000,
      }),
      seminarReaderFilter(db, debateId, user, role),
      seminarAliases(db, debateId, user, role),
    ]);
    return rows
      .filter((c) => !shows || shows({ entity: "comment", entityId: c.id, after: { nodeId: c.nodeId } }))
      .map((c) => toCommentDto({ ...c, author: aliasActor(c.author, aliases) }));
  });
}
