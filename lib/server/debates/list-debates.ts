import "server-only";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import type { MemberRole } from "@/lib/domain/vocabulary";
import { activeMembership, membershipRole } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";
import { summaryInclude, toDebateSummary } from "./summary";

const membershipFields = {
  role: true,
  linkId: true,
  directRole: true,
  link: { select: { revokedAt: true, expiresAt: true } },
} as const;

/** Debates the user can open: their own, those shared with them, and public ones. */
export async function listDebates({ user: caller }: { user: SessionUser | null }): Promise<DebateSummaryDto[]> {
  return withRead(async (db) => {
    const userId = caller?.id;
    const rows = await db.debate.findMany({
      where: userId
        ? { OR: [{ visibility: "public" }, { ownerId: userId }, { memberships: { some: activeMembership(userId) } }] }
        : { visibility: "public" },
      // An anonymous caller matches no membership (no user has the empty id).
      include: { ...summaryInclude, memberships: { where: activeMembership(userId ?? ""), select: membershipFields } },
      orderBy: { updatedAt: "desc" },
      take: 500,
    });
    return rows.map((debate) => {
      const membership = debate.memberships[0];
      const member = membership ? membershipRole(membership) : null;
      const owned = debate.ownerId === userId;
      const role: MemberRole | null = owned ? "owner" : (member ?? (debate.visibility === "public" ? "viewer" : null));
      const summary = toDebateSummary(debate, role);
      // Shared with the caller, as opposed to public: the home page says so for viewers too.
      return !owned && member ? { ...summary, shared: true as const } : summary;
    });
  });
}
