import "server-only";
import { ShareLinkDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";

/** The debate's share links (owner only; tokens are never shown again). */
export async function listLinks({
  debateId,
  user,
}: {
  user: SessionUser | null;
  debateId: string;
}): Promise<ShareLinkDto[]> {
  return withRead(async (db) => {
    await authorizeDebate(db, debateId, user, "owner");
    const links = await db.shareLink.findMany({
      where: { debateId },
      orderBy: { createdAt: "desc" },
      include: { _count: { select: { memberships: true } } },
    });
    return links.map((l) =>
      ShareLinkDto.parse({
        id: l.id,
        role: l.role,
        expiresAt: l.expiresAt?.toISOString() ?? null,
        revokedAt: l.revokedAt?.toISOString() ?? null,
        createdAt: l.createdAt.toISOString(),
        members: l._count.memberships,
      }),
    );
  });
}
