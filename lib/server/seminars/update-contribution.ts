import "server-only";
import type { UpdateContributionInput } from "@/lib/domain/seminar-schemas";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { toCommentDto, withAuthor } from "../comments/comment-dto";
import type { Tx } from "../db";
import { AppError, notFound } from "../errors";
import { applyOp } from "../graph-writes";
import { withTx } from "../tx";
import { asContributor, floorStillOpen } from "./add-contribution";

/** A student's own contribution, or 404 (another student's looks like none). */
export async function ownContribution(tx: Tx, seminarId: string, participantId: string, id: string) {
  const c = await tx.seminarContribution.findUnique({ where: { id } });
  if (!c || c.seminarId !== seminarId || c.participantId !== participantId) throw notFound("contribution");
  return c;
}

/** A student rewords their own contribution while the floor is open (version-checked). */
export async function updateContribution({
  contributionId,
  input,
  seminarId,
  user,
}: {
  user: SessionUser | null;
  seminarId: string;
  contributionId: string;
  input: UpdateContributionInput;
}) {
  return withTx(async (tx) => {
    const access = await asContributor(tx, seminarId, user);
    const contribution = await ownContribution(tx, access.seminar.id, access.participant!.id, contributionId);
    if (contribution.version !== input.version)
      throw new AppError("conflict", "this contribution changed since you loaded it", {
        current: { version: contribution.version },
      });
    const ctx = { tx, debateId: access.seminar.debateId, actorId: access.user.id };
    const title = contribution.kind === "argument" ? (input.title ?? contribution.title) : contribution.title;
    const body = input.body ?? contribution.body;
    if (contribution.kind === "argument" && contribution.nodeId) {
      const node = await tx.argNode.findUnique({ where: { id: contribution.nodeId }, select: { version: true } });
      if (node)
        await applyOp(ctx, {
          op: "updateNode",
          id: contribution.nodeId,
          version: node.version,
          patch: { title, body },
        });
    } else if (contribution.kind === "comment" && contribution.commentId) {
      if (!body.trim())
        throw new AppError("validation_failed", "a comment needs some words", {
          fieldErrors: { body: ["write your comment"] },
        });
      const before = await tx.comment.findUnique({ where: { id: contribution.commentId }, include: withAuthor });
      if (before) {
        const after = await tx.comment.update({
          where: { id: before.id },
          data: { body, version: { increment: 1 } },
          include: withAuthor,
        });
        await recordChange(tx, {
          debateId: before.debateId,
          actorId: access.user.id,
          entity: "comment",
          entityId: before.id,
          action: "update",
          before: toCommentDto(before),
          after: toCommentDto(after),
        });
      }
    }
    const res = await tx.seminarContribution.updateMany({
      where: { id: contribution.id, version: contribution.version },
      data: { title, body, version: { increment: 1 } },
    });
    if (res.count === 0) throw new AppError("conflict", "this contribution changed since you loaded it");
    await floorStillOpen(tx, access.seminar.id, access.taskId);
    return { id: contribution.id, version: contribution.version + 1, title, body };
  });
}
