import "server-only";
import { MemberDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";

/** Who has a role in a debate (visible to its members; the public sees no member list). */
export async function listMembers(o: { user: SessionUser | null; debateId: string }): Promise<MemberDto[]> {
  return withRead(async (db) => {
    await authorizeDebate(db, o.debateId, o.user, "commenter");
    const rows = await db.membership.findMany({
      where: { debateId: o.debateId },
      include: { user: { select: { name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    });
    return rows.map((m) => MemberDto.parse({ userId: m.userId, name: m.user.name, email: m.user.email, role: m.role }));
  });
}
