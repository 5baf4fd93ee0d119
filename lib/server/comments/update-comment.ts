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
export async function updateComment(o: { user: SessionUser | null; commentId: string; input: UpdateCommentInput }): Promise<CommentDto> {
  return withTx(async (tx) => {
    const before = await tx.comment.findUnique({ where: { id: o.commentId }, include: withAuthor });
    if (!before) throw notFound("comment");
    const { role, user } = await authorizeDebate(tx, before.debateId, o.user, "commenter");
    const mine = before.authorId === user.id;
    if (o.input.body !== undefined && !mine) throw new AppError("forbidden", "only its author can edit a comment");
    if (o.input.resolved !== undefined && !mine && !roleAtLeast(role, "editor")) throw new AppError("forbidden", "only the author or an editor can resolve a thread");
    if (o.input.resolved !== undefined && before.parentId) throw new AppError("validation_failed", "resolve the thread from its first comment");
    if (before.version !== o.input.version) throw new AppError("conflict", "this comment changed since you loaded it", { current: toCommentDto(before) });
    const res = await tx.comment.updateMany({
      where: { id: o.commentId, version: o.input.version },
      data: {
        ...(o.input.body !== undefined ? { body: o.input.body } : {}),
        ...(o.input.resolved !== undefined ? { resolvedAt: o.input.resolved ? new Date() : null } : {}),
        version: { increment: 1 },
      },
    });
    if (res.count === 0) throw new AppError("conflict", "this comment changed since you loaded it");
    const after = toCommentDto(await tx.comment.findUniqueOrThrow({ where: { id: o.commentId }, include: withAuthor }));
    await recordChange(tx, { debateId: before.debateId, actorId: user.id, entity: "comment", entityId: o.commentId, action: "update", before: toCommentDto(before), after });
    return after;
  });
}
