import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError, notFound } from "../errors";
import { withTx } from "../tx";
import { toCommentDto, withAuthor } from "./comment-dto";

/** Delete a comment (its author, or the debate's owner); a thread's first comment takes its replies along. */
export async function deleteComment(o: { user: SessionUser | null; commentId: string }) {
  return withTx(async (tx) => {
    const c = await tx.comment.findUnique({ where: { id: o.commentId }, include: withAuthor });
    if (!c) throw notFound("comment");
    const { role, user } = await authorizeDebate(tx, c.debateId, o.user, "commenter");
    if (c.authorId !== user.id && role !== "owner") throw new AppError("forbidden", "only its author or the debate's owner can delete a comment");
    const replies = await tx.comment.findMany({ where: { parentId: c.id }, select: { id: true } });
    await tx.comment.deleteMany({ where: { id: { in: [c.id, ...replies.map((r) => r.id)] } } });
    await recordChange(tx, { debateId: c.debateId, actorId: user.id, entity: "comment", entityId: c.id, action: "delete", before: toCommentDto(c) });
    return { deleted: [c.id, ...replies.map((r) => r.id)] };
  });
}
