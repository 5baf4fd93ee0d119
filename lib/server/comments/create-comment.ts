import "server-only";
import type { CommentDto, CreateCommentInput } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError } from "../errors";
import { withTx } from "../tx";
import { toCommentDto, withAuthor } from "./comment-dto";

/** Comment on an argument or card, or reply in a thread (commenters, editors, owners). */
export async function createComment(o: { user: SessionUser | null; debateId: string; input: CreateCommentInput }): Promise<CommentDto> {
  return withTx(async (tx) => {
    const { user } = await authorizeDebate(tx, o.debateId, o.user, "commenter");
    const node = await tx.argNode.findUnique({ where: { id: o.input.nodeId }, select: { debateId: true } });
    if (!node || node.debateId !== o.debateId) throw new AppError("validation_failed", "that argument is not in this debate", { fieldErrors: { nodeId: ["not in this debate"] } });
    if (o.input.parentId) {
      const parent = await tx.comment.findUnique({ where: { id: o.input.parentId } });
      if (!parent || parent.nodeId !== o.input.nodeId) throw new AppError("validation_failed", "you can only reply to a comment on the same argument");
      if (parent.parentId) throw new AppError("validation_failed", "reply to the thread's first comment");
    }
    const c = await tx.comment.create({ data: { debateId: o.debateId, nodeId: o.input.nodeId, parentId: o.input.parentId, authorId: user.id, body: o.input.body }, include: withAuthor });
    const dto = toCommentDto(c);
    await recordChange(tx, { debateId: o.debateId, actorId: user.id, entity: "comment", entityId: c.id, action: "create", after: dto });
    return dto;
  });
}
