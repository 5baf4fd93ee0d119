import "server-only";
import { contributionShape } from "@/lib/domain/seminar";
import type { ContributionInput } from "@/lib/domain/seminar-schemas";
import type { NodeKind, Side, Speech } from "@/lib/domain/vocabulary";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { toCommentDto, withAuthor } from "../comments/comment-dto";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { applyOp, newId } from "../graph-writes";
import { withTx } from "../tx";
import { placeAnswer, placeThread } from "../nodes/place-node";
import { locateCard, visibleTarget } from "./contribution-helpers";
import { accessSeminar, FLOOR_CLOSED, openTaskOf, requireOpen, type SeminarAccess } from "./seminar-access";

/** A student's write needs a seat, an open seminar and an open floor. */
export async function asContributor(
  tx: Tx,
  seminarId: string,
  user: SessionUser | null,
): Promise<SeminarAccess & { taskId: string }> {
  const a = await accessSeminar(tx, seminarId, user);
  if (a.role !== "student")
    throw new AppError("forbidden", "contributions are the students': as an instructor, edit the debate's map itself");
  requireOpen(a.seminar);
  const task = await openTaskOf(tx, seminarId);
  if (!task) throw new AppError("forbidden", FLOOR_CLOSED);
  return { ...a, taskId: task.id };
}

/**
 * Re-check the floor after the writes: they took the debate's row lock (the change log does), and
 * so does closing a task, so a close that committed first is seen here and this write rolls back.
 */
export async function floorStillOpen(tx: Tx, seminarId: string, taskId: string): Promise<void> {
  const task = await tx.seminarTask.findUnique({ where: { id: taskId }, select: { closedAt: true } });
  if (!task || task.closedAt) throw new AppError("forbidden", FLOOR_CLOSED);
  const s = await tx.seminar.findUnique({ where: { id: seminarId }, select: { status: true } });
  if (s?.status !== "open") throw new AppError("forbidden", "this seminar has ended");
}

/**
 * A student's rebuttal, claim, card or comment during an open task, marked as theirs: the node
 * (with its connection) or comment and its SeminarContribution row commit together or not at all.
 */
export async function addContribution(options: {
  user: SessionUser | null;
  seminarId: string;
  input: ContributionInput;
}) {
  return withTx(async (tx) => {
    const access = await asContributor(tx, options.seminarId, options.user);
    const { seminar: s, participant } = access;
    const ctx = { tx, debateId: s.debateId, actorId: access.user.id };
    const base = { seminarId: s.id, participantId: participant!.id, taskId: access.taskId };
    let row;
    if (options.input.type === "argument") {
      const input = options.input;
      const target = input.targetId ? await visibleTarget(tx, s, input.targetId, "targetId") : null;
      const shape = contributionShape(
        input.kind,
        target && { kind: target.kind as NodeKind, side: target.side as Side, speech: target.speech as Speech | null },
        input.relation,
      );
      const evidence = input.card ? await locateCard(tx, s.debateId, input.card) : null;
      const nodeId = newId();
      await applyOp(ctx, {
        op: "createNode",
        node: {
          id: nodeId,
          kind: input.kind,
          side: shape.side,
          role: null,
          speech: shape.speech,
          responseType: input.kind === "rebuttal" ? "answer" : null,
          title: input.title,
          body: input.body,
          position: target ? await placeAnswer(tx, target) : await placeThread(tx, s.debateId),
          evidence,
        },
      });
      if (target && shape.relation)
        await applyOp(ctx, {
          op: "createEdge",
          edge: { id: newId(), source: nodeId, target: target.id, relation: shape.relation },
        });
      row = await tx.seminarContribution.create({
        data: {
          ...base,
          kind: "argument",
          nodeId,
          targetNodeId: target?.id ?? null,
          targetTitle: target?.title ?? "",
          title: input.title,
          body: input.body,
        },
      });
    } else {
      const target = await visibleTarget(tx, s, options.input.nodeId, "nodeId");
      const c = await tx.comment.create({
        data: { debateId: s.debateId, nodeId: target.id, authorId: access.user.id, body: options.input.body },
        include: withAuthor,
      });
      await recordChange(tx, {
        debateId: s.debateId,
        actorId: access.user.id,
        entity: "comment",
        entityId: c.id,
        action: "create",
        after: toCommentDto(c),
      });
      row = await tx.seminarContribution.create({
        data: {
          ...base,
          kind: "comment",
          commentId: c.id,
          targetNodeId: target.id,
          targetTitle: target.title,
          body: c.body,
        },
      });
    }
    await floorStillOpen(tx, s.id, access.taskId);
    return { id: row.id, kind: row.kind, nodeId: row.nodeId, commentId: row.commentId, version: row.version };
  });
}
