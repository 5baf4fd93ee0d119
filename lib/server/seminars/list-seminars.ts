import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";

export type SeminarSummary = {
  id: string;
  code: string;
  status: string;
  participants: number;
  contributions: number;
  createdAt: string;
  endedAt: string | null;
};

/** A debate's seminars, newest first (for its owners and editors, who may run them). */
export async function listSeminars({
  debateId,
  user,
}: {
  user: SessionUser | null;
  debateId: string;
}): Promise<SeminarSummary[]> {
  return withRead(async (db) => {
    await authorizeDebate(db, debateId, user, "editor");
    const rows = await db.seminar.findMany({
      where: { debateId },
      orderBy: { createdAt: "desc" },
      take: 100,
      include: { _count: { select: { participants: true, contributions: true } } },
    });
    return rows.map((s) => ({
      id: s.id,
      code: s.code,
      status: s.status,
      participants: s._count.participants,
      contributions: s._count.contributions,
      createdAt: s.createdAt.toISOString(),
      endedAt: s.endedAt?.toISOString() ?? null,
    }));
  });
}
