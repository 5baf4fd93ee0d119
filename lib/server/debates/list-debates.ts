import "server-only";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import type { MemberRole } from "@/lib/domain/vocabulary";
import { activeMembership } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";
import { summaryInclude, toDebateSummary } from "./summary";

/** Debates the user can open: their own, those shared with them, and public ones. */
export async function listDebates(o: { user: SessionUser | null }): Promise<DebateSummaryDto[]> {
  return withRead(async (db) => {
    const userId = o.user?.id;
    const rows = await db.debate.findMany({
      where: userId
        ? { OR: [{ visibility: "public" }, { ownerId: userId }, { memberships: { some: activeMembership(userId) } }] }
        : { visibility: "public" },
      include: { ...summaryInclude, memberships: userId ? { where: activeMembership(userId), select: { role: true } } : false },
      orderBy: { updatedAt: "desc" },
      take: 500,
    });
    return rows.map((d) => {
      const member = (d as { memberships?: { role: string }[] }).memberships?.[0]?.role as MemberRole | undefined;
      const role: MemberRole | null = d.ownerId === userId ? "owner" : member ?? (d.visibility === "public" ? "viewer" : null);
      return toDebateSummary(d, role);
    });
  });
}
