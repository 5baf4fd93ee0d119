import "server-only";
import { roleAtLeast } from "@/lib/domain/vocabulary";
import type { CommentDto, UpdateCommentInput } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError, notFound } from "../errors";
import { withTx } from "../tx";
import { toCommentDto, withAuthor } from "./comment-dto";

/**
 * Edit a comment (its author only) or resolve / reopen its thread (its author, or an editor).
 * Version-checked like every write.
 */
export async function updateComment({
  commentId,
  input,
  user: caller,
}: {
  user: SessionUser | null;
  commentId: string;
  input: UpdateCommentInput;
}): Promise<CommentDto> {
  return withTx(async (tx) => {
    const before = await tx.comment.findUnique({ where: { id: commentId }, include: withAuthor });
    if (!before) throw notFound("comment");
    const { role, user } = await authorizeDebate(tx, before.debateId, caller, "commenter");
    const mine = before.authorId === user.id;
    if (input.body !== undefined && !mine) throw new AppError("forbidden", "only its author can edit a comment");
    if (input.resolved !== undefined && !mine && !roleAtLeast(role, "editor"))
      throw new AppError("forbidden", "only the author or an editor can resolve a thread");
    if (input.resolved !== undefined && before.parentId)
      throw new AppError("validation_failed", "resolve the thread from its first comment");
    if (before.version !== input.version)
      throw new AppError("conflict", "this comment changed since you loaded it", { current: toCommentDto(before) });
    const res = await tx.comment.updateMany({
      where: { id: commentId, version: input.version },
      data: {
        ...(input.body !== undefined ? { body: input.body } : {}),
        ...(input.resolved !== undefined ? { resolvedAt: input.resolved ? new Date() : null } : {}),
        version: { increment: 1 },
      },
    });
    if (res.count === 0) throw new AppError("conflict", "this comment changed since you loaded it");
    const after = toCommentDto(await tx.comment.findUniqueOrThrow({ where: { id: commentId }, include: withAuthor }));
    await recordChange(tx, {
      debateId: before.debateId,
      actorId: user.id,
      entity: "comment",
      entityId: commentId,
      action: "update",
      before: toCommentDto(before),
      after,
    });
    return after;
  });
}
