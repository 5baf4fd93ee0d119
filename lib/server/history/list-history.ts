import "server-only";
import { HistoryEntryDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";

const VERB = { create: "added", update: "changed", delete: "deleted" } as const;
const NOUN: Record<string, string> = { node: "argument", edge: "connection", source: "source", debate: "debate", membership: "sharing", comment: "comment", link: "share link" };

function label(row: unknown): string {
  const r = row as { title?: string; relation?: string; body?: string; role?: string } | null;
  if (!r) return "";
  if (r.title) return ` “${r.title.length > 60 ? `${r.title.slice(0, 57)}…` : r.title}”`;
  if (r.relation) return ` (${r.relation})`;
  if (r.body) return ` “${r.body.slice(0, 40)}”`;
  return "";
}

/** The debate's timeline, newest first: who changed what, when, with the rows before and after. */
export async function listHistory(o: { user: SessionUser | null; debateId: string; before?: number; limit: number; entityId?: string }) {
  return withRead(async (db) => {
    await authorizeDebate(db, o.debateId, o.user, "viewer");
    const rows = await db.change.findMany({
      where: { debateId: o.debateId, ...(o.before ? { seq: { lt: o.before } } : {}), ...(o.entityId ? { entityId: o.entityId } : {}) },
      orderBy: { seq: "desc" },
      take: o.limit,
    });
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
    const names = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
    const entries = rows.map((r) => {
      const before = r.before ? JSON.parse(r.before) : null;
      const after = r.after ? JSON.parse(r.after) : null;
      const actor = r.actorId ? { id: r.actorId, name: names.get(r.actorId) ?? "someone" } : null;
      const action = r.action as "create" | "update" | "delete";
      return HistoryEntryDto.parse({
        seq: r.seq, at: r.createdAt.toISOString(), actor, entity: r.entity, entityId: r.entityId, action, before, after,
        summary: `${actor?.name ?? "Someone"} ${VERB[action]} ${NOUN[r.entity] ?? r.entity}${label(after ?? before)}`,
      });
    });
    return { entries, next: rows.length === o.limit ? rows.at(-1)!.seq : null };
  });
}
