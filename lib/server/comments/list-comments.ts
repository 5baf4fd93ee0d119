import "server-only";
import type { CommentDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";
import { toCommentDto, withAuthor } from "./comment-dto";

/** Every comment of a debate (or of one argument), oldest first; anyone who can read it. */
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
    await authorizeDebate(db, debateId, user, "viewer");
    const rows = await db.comment.findMany({
      where: { debateId, ...(nodeId ? { nodeId } : {}) },
      include: withAuthor,
      orderBy: { createdAt: "asc" },
      take: 5_000,
    });
    return rows.map(toCommentDto);
  });
}
