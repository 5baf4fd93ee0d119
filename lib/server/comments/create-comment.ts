import "server-only";
import type { CommentDto, CreateCommentInput } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError } from "../errors";
import { withTx } from "../tx";
import { toCommentDto, withAuthor } from "./comment-dto";

/** Comment on an argument or card, or reply in a thread (commenters, editors, owners). */
export async function createComment({
  debateId,
  input,
  user: caller,
}: {
  user: SessionUser | null;
  debateId: string;
  input: CreateCommentInput;
}): Promise<CommentDto> {
  return withTx(async (tx) => {
    const { user } = await authorizeDebate(tx, debateId, caller, "commenter");
    const node = await tx.argNode.findUnique({ where: { id: input.nodeId }, select: { debateId: true } });
    if (!node || node.debateId !== debateId)
      throw new AppError("validation_failed", "that argument is not in this debate", {
        fieldErrors: { nodeId: ["not in this debate"] },
      });
    if (input.parentId) {
      const parent = await tx.comment.findUnique({ where: { id: input.parentId } });
      if (!parent || parent.nodeId !== input.nodeId)
        throw new AppError("validation_failed", "you can only reply to a comment on the same argument");
      if (parent.parentId) throw new AppError("validation_failed", "reply to the thread's first comment");
    }
    const comment = await tx.comment.create({
      data: { debateId, nodeId: input.nodeId, parentId: input.parentId, authorId: user.id, body: input.body },
      include: withAuthor,
    });
    const dto = toCommentDto(comment);
    await recordChange(tx, {
      debateId,
      actorId: user.id,
      entity: "comment",
      entityId: comment.id,
      action: "create",
      after: dto,
    });
    return dto;
  });
}
