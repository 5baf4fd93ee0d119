import "server-only";
import { forReaders, HistoryEntryDto, readChange, type ReadChange } from "@/lib/domain/changes";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { aliasActor, aliasChange, seminarAliases, seminarChangeFilter, seminarViewFor } from "../seminars/reader-view";
import { withRead } from "../tx";

const VERB = { create: "added", update: "changed", delete: "deleted" } as const;
const NOUN: Record<string, string> = {
  node: "argument",
  edge: "connection",
  source: "source",
  debate: "debate",
  membership: "sharing",
  comment: "comment",
  link: "share link",
  seminar: "seminar",
  speechDoc: "speech document",
};

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 3)}…` : s);

/** A few words naming what changed: its title, a connection's relation, a comment's first words. */
function label(c: ReadChange): string {
  if ("unreadable" in c) return c.label ? ` “${short(c.label, 60)}”` : "";
  const row = c.after ?? c.before;
  if (row && "title" in row && row.title) return ` “${short(row.title, 60)}”`;
  if (row && "relation" in row) return ` (${row.relation})`;
  if (c.entity === "speechDoc" && row && "name" in row) return ` ${row.name}`;
  if (row && "body" in row && row.body) return ` “${row.body.slice(0, 40)}”`;
  return "";
}

/**
 * The debate's timeline, newest first: who changed what, when, with the states before and after.
 * Each row is read through the change contract (older rows upgraded; one it cannot read is listed
 * with `unreadable` and no details). Actors are id and display name only, never an e-mail address.
 */
export async function listHistory(options: {
  user: SessionUser | null;
  debateId: string;
  before?: number;
  limit: number;
  entityId?: string;
}) {
  return withRead(async (db) => {
    const { role } = await authorizeDebate(db, options.debateId, options.user, "viewer");
    // Classmates in an anonymous seminar stay "Student N" whatever the debate's visibility.
    const aliases = await seminarAliases(db, options.debateId, options.user, role);
    // And what a seminar has not revealed stays out of the timeline too.
    const shows = await seminarChangeFilter(
      db,
      options.debateId,
      await seminarViewFor(db, options.debateId, options.user, role),
    );
    const rows = await db.change.findMany({
      where: {
        debateId: options.debateId,
        ...(options.before ? { seq: { lt: options.before } } : {}),
        ...(options.entityId ? { entityId: options.entityId } : {}),
      },
      orderBy: { seq: "desc" },
      take: options.limit,
    });
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
    const names = new Map(
      (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [
        u.id,
        u.name,
      ]),
    );
    // Filtered oldest first, so a hidden argument's later connections are known as hidden.
    const visible = shows ? new Set([...rows].reverse().filter((r) => shows(readChange(r)))) : null;
    const entries = rows
      .filter((r) => !visible || visible.has(r))
      .map((r) => {
        const change = aliasChange(forReaders(readChange(r)), aliases);
        const actor = r.actorId
          ? aliasActor({ id: r.actorId, name: names.get(r.actorId) ?? "someone" }, aliases)
          : null;
        return HistoryEntryDto.parse({
          ...change,
          seq: r.seq,
          at: r.createdAt.toISOString(),
          actor,
          summary: `${actor?.name ?? "Someone"} ${VERB[change.action]} ${NOUN[r.entity] ?? r.entity}${label(change)}`,
        });
      });
    return { entries, next: rows.length === options.limit ? rows.at(-1)!.seq : null };
  });
}
