import "server-only";
import { RESOLUTION_CLAIM } from "@/lib/domain/vocabulary";
import type { CreateDebateInput, DebateSummaryDto } from "@/lib/domain/schemas";
import { requireSignedIn, type SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { requireFullAccount } from "../seminars/guest-account";
import { newId } from "../graph-writes";
import { toNodeDto } from "../mappers";
import { withTx } from "../tx";
import { summaryInclude, toDebateSummary } from "./summary";

/**
 * Create a debate owned by the signed-in user; with `resolutionClaim`, its map starts with the
 * resolution as a neutral thesis claim (titled with the resolution, or empty to fill in), so a new
 * debate opens on the thing it is about instead of a blank canvas.
 */
export async function createDebate({
  input,
  user: caller,
}: {
  user: SessionUser | null;
  input: CreateDebateInput;
}): Promise<DebateSummaryDto> {
  const user = requireFullAccount(requireSignedIn(caller));
  return withTx(async (tx) => {
    const { resolutionClaim, ...fields } = input;
    let created = await tx.debate.create({ data: { ...fields, ownerId: user.id }, include: summaryInclude });
    await tx.membership.create({ data: { debateId: created.id, userId: user.id, role: "owner" } });
    const dto = toDebateSummary(created, "owner");
    await recordChange(tx, {
      debateId: created.id,
      actorId: user.id,
      entity: "debate",
      entityId: created.id,
      action: "create",
      after: dto,
    });
    if (!resolutionClaim) return dto;
    const row = await tx.argNode.create({
      data: {
        id: newId(),
        debateId: created.id,
        ...RESOLUTION_CLAIM,
        title: fields.resolution,
        createdById: user.id,
      },
    });
    const node = toNodeDto(row);
    await recordChange(tx, {
      debateId: created.id,
      actorId: user.id,
      entity: "node",
      entityId: node.id,
      action: "create",
      after: node,
    });
    created = await tx.debate.findUniqueOrThrow({ where: { id: created.id }, include: summaryInclude });
    return toDebateSummary(created, "owner");
  });
}
