import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { AppError, notFound } from "../errors";
import { applyOp } from "../graph-writes";
import { recordChange } from "../change-log";
import { toSourceSummary } from "../mappers";
import { withTx } from "../tx";

/**
 * Remove a source. While cards quote it this is refused with 409, unless the caller explicitly
 * asks for those cards (and their connections) to be deleted too, in the same transaction.
 */
export async function deleteSource({
  deleteCards,
  sourceId,
  user: caller,
}: {
  user: SessionUser | null;
  sourceId: string;
  deleteCards: boolean;
}) {
  return withTx(async (tx) => {
    const src = await tx.source.findUnique({ where: { id: sourceId } });
    if (!src) throw notFound("source");
    const { user } = await authorizeDebate(tx, src.debateId, caller, "editor");
    const cards = await tx.argNode.findMany({ where: { sourceId }, select: { id: true, title: true } });
    if (cards.length && !deleteCards) {
      throw new AppError(
        "conflict",
        `${cards.length} card${cards.length === 1 ? "" : "s"} quote this source; delete them too or keep the source`,
        {
          cards: cards.map((c) => ({ id: c.id, title: c.title })),
        },
      );
    }
    const ctx = { tx, debateId: src.debateId, actorId: user.id };
    const deleted = { nodes: [] as string[], edges: [] as string[] };
    for (const c of cards) {
      const r = await applyOp(ctx, { op: "deleteNode", id: c.id });
      deleted.nodes.push(...r.deleted!.nodes);
      deleted.edges.push(...r.deleted!.edges);
    }
    await tx.source.delete({ where: { id: sourceId } });
    await recordChange(tx, {
      debateId: src.debateId,
      actorId: user.id,
      entity: "source",
      entityId: src.id,
      action: "delete",
      before: { ...toSourceSummary({ ...src, length: src.text.length, cardCount: cards.length }), text: src.text },
    });
    return { id: sourceId, deleted };
  });
}
