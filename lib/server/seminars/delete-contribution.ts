import "server-only";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { toCommentDto, withAuthor } from "../comments/comment-dto";
import { applyOp } from "../graph-writes";
import { withTx } from "../tx";
import { asContributor, floorStillOpen } from "./add-contribution";
import { ownContribution } from "./update-contribution";

/** A student takes back their own contribution while the floor is open: the node or comment goes too. */
export async function deleteContribution({
  contributionId,
  seminarId,
  user,
}: {
  user: SessionUser | null;
  seminarId: string;
  contributionId: string;
}) {
  return withTx(async (tx) => {
    const access = await asContributor(tx, seminarId, user);
    const contribution = await ownContribution(tx, access.seminar.id, access.participant!.id, contributionId);
    const ctx = { tx, debateId: access.seminar.debateId, actorId: access.user.id };
    if (
      contribution.nodeId &&
      (await tx.argNode.findUnique({ where: { id: contribution.nodeId }, select: { id: true } }))
    ) {
      await applyOp(ctx, { op: "deleteNode", id: contribution.nodeId });
    }
    if (contribution.commentId) {
      const comment = await tx.comment.findUnique({ where: { id: contribution.commentId }, include: withAuthor });
      if (comment) {
        await tx.comment.deleteMany({ where: { OR: [{ id: comment.id }, { parentId: comment.id }] } });
        await recordChange(tx, {
          debateId: comment.debateId,
          actorId: access.user.id,
          entity: "comment",
          entityId: comment.id,
          action: "delete",
          before: toCommentDto(comment),
        });
      }
    }
    await tx.seminarContribution.delete({ where: { id: contribution.id } });
    await floorStillOpen(tx, access.seminar.id, access.taskId);
    return { deleted: contribution.id };
  });
}
