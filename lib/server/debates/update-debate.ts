import "server-only";
import type { DebateSummaryDto, UpdateDebateInput } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError } from "../errors";
import { withTx } from "../tx";
import { summaryInclude, toDebateSummary } from "./summary";

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
    return after;
  });
}
