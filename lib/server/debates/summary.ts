import "server-only";
import { DebateSummaryDto, type DebateSummaryDto as Summary } from "@/lib/domain/schemas";
import type { MemberRole } from "@/lib/domain/vocabulary";
import type { Debate } from "@/generated/prisma/client";

/** A debate row (with its owner's name and node count) as the API lists it. */
export function toDebateSummary(
  d: Debate & { owner: { name: string }; _count: { nodes: number } },
  role: MemberRole | null,
): Summary {
  return DebateSummaryDto.parse({
    id: d.id,
    title: d.title,
    resolution: d.resolution,
    description: d.description,
    visibility: d.visibility,
    ownerId: d.ownerId,
    ownerName: d.owner.name,
    role,
    nodeCount: d._count.nodes,
    version: d.version,
    updatedAt: d.updatedAt.toISOString(),
  });
}

export const summaryInclude = { owner: { select: { name: true } }, _count: { select: { nodes: true } } } as const;
