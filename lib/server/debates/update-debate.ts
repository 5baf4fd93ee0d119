import "server-only";
import { RESOLUTION_CLAIM } from "@/lib/domain/vocabulary";
import { NODE_TITLE_MAX, type DebateSummaryDto, type UpdateDebateInput } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError } from "../errors";
import type { Tx } from "../db";
import { toNodeDto } from "../mappers";
import { withTx } from "../tx";
import { summaryInclude, toDebateSummary } from "./summary";

/**
 * The map's resolution (the neutral thesis titled as the debate's resolution, as a new debate
 * starts with) follows a resolution changed in Settings: it kept the old words on the map while
 * the header and the home list showed the new ones. An argument retitled since is left alone.
 */
async function retitleResolution(tx: Tx, debateId: string, actorId: string, from: string, to: string) {
  if (to.length > NODE_TITLE_MAX) return;
  const rows = await tx.argNode.findMany({
    where: { debateId, ...RESOLUTION_CLAIM, title: from },
  });
  for (const row of rows) {
    const updated = await tx.argNode.update({
      where: { id: row.id },
      data: { title: to, version: { increment: 1 } },
    });
    await recordChange(tx, {
      debateId,
      actorId,
      entity: "node",
      entityId: row.id,
      action: "update",
      before: toNodeDto(row),
      after: toNodeDto(updated),
    });
  }
}

/** Rename or describe a debate (editors), or change its visibility (owner only). */
export async function updateDebate({
  debateId,
  input,
  user: caller,
}: {
  user: SessionUser | null;
  debateId: string;
  input: UpdateDebateInput;
}): Promise<DebateSummaryDto> {
  const { version, ...patch } = input;
  return withTx(async (tx) => {
    const { debate, role, user } = await authorizeDebate(
      tx,
      debateId,
      caller,
      patch.visibility !== undefined ? "owner" : "editor",
    );
    const before = await tx.debate.findUniqueOrThrow({ where: { id: debateId }, include: summaryInclude });
    if (debate.version !== version) {
      throw new AppError("conflict", "this debate was changed by someone else; reload and try again", {
        current: toDebateSummary(before, role),
      });
    }
    const res = await tx.debate.updateMany({
      where: { id: debateId, version },
      data: { ...patch, version: { increment: 1 } },
    });
    if (res.count === 0)
      throw new AppError("conflict", "this debate was changed by someone else; reload and try again");
    const after = toDebateSummary(
      await tx.debate.findUniqueOrThrow({ where: { id: debateId }, include: summaryInclude }),
      role,
    );
    await recordChange(tx, {
      debateId,
      actorId: user.id,
      entity: "debate",
      entityId: debateId,
      action: "update",
      before: toDebateSummary(before, role),
      after,
    });
    if (patch.resolution !== undefined && patch.resolution !== before.resolution)
      await retitleResolution(tx, debateId, user.id, before.resolution, patch.resolution);
    return after;
  });
}
