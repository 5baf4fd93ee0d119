import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError, notFound } from "../errors";
import { withTx } from "../tx";
import { toCommentDto, withAuthor } from "./comment-dto";

/** Delete a comment (its author, or the debate's owner); a thread's first comment takes its replies along. */
export async function deleteComment({ commentId, user: caller }: { user: SessionUser | null; commentId: string }) {
  return withTx(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: commentId }, include: withAuthor });
    if (!comment) throw notFound("comment");
    const { role, user } = await authorizeDebate(tx, comment.debateId, caller, "commenter");
    if (comment.authorId !== user.id && role !== "owner")
      throw new AppError("forbidden", "only its author or the debate's owner can delete a comment");
    const replies = await tx.comment.findMany({ where: { parentId: comment.id }, select: { id: true } });
    await tx.comment.deleteMany({ where: { id: { in: [comment.id, ...replies.map((r) => r.id)] } } });
    await recordChange(tx, {
      debateId: comment.debateId,
      actorId: user.id,
      entity: "comment",
      entityId: comment.id,
      action: "delete",
      before: toCommentDto(comment),
    });
    return { deleted: [comment.id, ...replies.map((r) => r.id)] };
  });
}
