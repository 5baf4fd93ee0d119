import "server-only";
import { MemberDto } from "@/lib/domain/schemas";
import { authorizeDebate, membershipRole } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";

/**
 * Who has a role in a debate (visible to its members; the public sees no member list). Only the
 * owner, who shares by e-mail, sees the addresses: the other members see names.
 */
export async function listMembers({
  debateId,
  user,
}: {
  user: SessionUser | null;
  debateId: string;
}): Promise<MemberDto[]> {
  return withRead(async (db) => {
    const { role } = await authorizeDebate(db, debateId, user, "commenter");
    const owner = role === "owner";
    const rows = await db.membership.findMany({
      where: { debateId },
      include: {
        user: { select: { name: true, email: true } },
        link: { select: { revokedAt: true, expiresAt: true } },
      },
      orderBy: { createdAt: "asc" },
    });
    // A member whose link lapsed is still listed with the role it granted, so the owner sees who held it.
    return rows.map((m) =>
      MemberDto.parse({
        userId: m.userId,
        name: m.user.name,
        ...(owner ? { email: m.user.email } : {}),
        role: membershipRole(m) ?? m.role,
      }),
    );
  });
}
