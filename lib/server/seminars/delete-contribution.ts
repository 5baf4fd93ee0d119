import "server-only";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { toCommentDto, withAuthor } from "../comments/comment-dto";
import { applyOp } from "../graph-writes";
import { withTx } from "../tx";
import { asContributor, floorStillOpen } from "./add-contribution";
import { ownContribution } from "./update-contribution";

/** A student takes back their own contribution while the floor is open: the node or comment goes too. */
export async function deleteContribution(o: { user: SessionUser | null; seminarId: string; contributionId: string }) {
  return withTx(async (tx) => {
    const a = await asContributor(tx, o.seminarId, o.user);
    const c = await ownContribution(tx, a.seminar.id, a.participant!.id, o.contributionId);
    const ctx = { tx, debateId: a.seminar.debateId, actorId: a.user.id };
    if (c.nodeId && (await tx.argNode.findUnique({ where: { id: c.nodeId }, select: { id: true } }))) {
      await applyOp(ctx, { op: "deleteNode", id: c.nodeId });
    }
    if (c.commentId) {
      const comment = await tx.comment.findUnique({ where: { id: c.commentId }, include: withAuthor });
      if (comment) {
        await tx.comment.deleteMany({ where: { OR: [{ id: comment.id }, { parentId: comment.id }] } });
        await recordChange(tx, { debateId: comment.debateId, actorId: a.user.id, entity: "comment", entityId: comment.id, action: "delete", before: toCommentDto(comment) });
      }
    }
    await tx.seminarContribution.delete({ where: { id: c.id } });
    await floorStillOpen(tx, a.seminar.id, a.taskId);
    return { deleted: c.id };
  });
}
