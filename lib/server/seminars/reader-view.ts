import "server-only";
import { Change, type LiveEvent, type ReadChange } from "@/lib/domain/changes";
import type { CommentDto, EdgeDto, NodeDto } from "@/lib/domain/schemas";
import { studentGraph, studentLabel } from "@/lib/domain/seminar";
import type { Role, Speech } from "@/lib/domain/vocabulary";
import { roleAtLeast, type MemberRole } from "@/lib/domain/vocabulary";
import { speechOfDocName } from "@/lib/domain/speech-doc-schemas";
import { joinedMembership, requireRole, roleFrom, type JoinedMembership } from "../access";
import type { SessionUser } from "../auth-guard";
import type { Tx } from "../db";

/**
 * A seminar's reveal and anonymity hold whatever the debate's visibility: on a public debate the
 * readers who are not its instructors (students, anonymous readers, viewers, commenters) see what
 * a student sees. Instructors are the debate's owners and editors, as in seminar-access.ts.
 */
const instructs = (role: MemberRole | null) => role !== null && roleAtLeast(role, "editor");

/** What a non-instructor may see of a debate with an open seminar (null: everything). */
export type SeminarView = { revealed: number; ours: Set<string>; others: Set<string> };

/** Whether a seminar is open on the debate `d` of a statement, as a column "seminarOpen". */
export const SEMINAR_OPEN = `EXISTS (SELECT 1 FROM "Seminar" WHERE "debateId" = d."id" AND "status" = 'open') AS "seminarOpen"`;

/** A debate's row read with MEMBER_COLUMNS (access.ts) and SEMINAR_OPEN. */
export type ReaderRow = {
  ownerId: string;
  visibility: string;
  seminarOpen: boolean | number | bigint;
} & JoinedMembership;

/**
 * A reader of a debate from its row: their role (a viewer at least, else 401/403) and what an open
 * seminar lets them see. The one rule for the reads that take role and seminar in one statement
 * (the map's head, search).
 */
export async function readerOf(
  tx: Tx,
  debateId: string,
  row: ReaderRow,
  user: SessionUser | null,
): Promise<{ role: MemberRole | null; view: SeminarView | null }> {
  const role = roleFrom(row, user, joinedMembership(row));
  requireRole(role, user, "viewer");
  return { role, view: Number(row.seminarOpen) ? await seminarViewFor(tx, debateId, user, role) : null };
}

/**
 * The view of a caller: a student of an open seminar sees its reveal and its contributions; any
 * other non-instructor sees no further than the least revealed open seminar and no contribution
 * (they belong to the seminar's students until it ends).
 */
export async function seminarViewFor(
  tx: Tx,
  debateId: string,
  user: SessionUser | null,
  role: MemberRole | null,
): Promise<SeminarView | null> {
  if (instructs(role)) return null;
  const open = await tx.seminar.findMany({
    where: { debateId, status: "open" },
    select: { id: true, revealed: true },
    orderBy: { createdAt: "desc" },
  });
  if (open.length === 0) return null;
  const [seat, contributions] = await Promise.all([
    user
      ? tx.seminarParticipant.findFirst({
          where: { userId: user.id, seminarId: { in: open.map((s) => s.id) } },
          select: { seminarId: true },
        })
      : null,
    tx.seminarContribution.findMany({
      where: { seminar: { debateId }, nodeId: { not: null } },
      select: { seminarId: true, nodeId: true },
    }),
  ]);
  const mine = open.find((s) => s.id === seat?.seminarId);
  const nodesOf = (keep: (seminarId: string) => boolean) =>
    new Set(contributions.flatMap((c) => (c.nodeId && keep(c.seminarId) ? [c.nodeId] : [])));
  return {
    revealed: mine ? mine.revealed : Math.min(...open.map((s) => s.revealed)),
    ours: nodesOf((id) => id === mine?.id),
    others: nodesOf((id) => id !== mine?.id),
  };
}

/** A graph as the view allows (connections show when both ends do); unchanged without a view. */
export function applySeminarView<G extends { nodes: NodeDto[]; edges: EdgeDto[] }>(
  graph: G,
  view: SeminarView | null,
): G {
  return view ? { ...graph, ...studentGraph(graph, view) } : graph;
}

/**
 * How a caller names the debate's people: for a non-instructor, the students of an anonymous
 * seminar (other than the caller) are "Student N". Keyed by user id.
 */
export async function seminarAliases(
  tx: Tx,
  debateId: string,
  user: SessionUser | null,
  role: MemberRole | null,
): Promise<Map<string, string>> {
  if (instructs(role)) return new Map();
  const seats = await tx.seminarParticipant.findMany({
    where: { seminar: { debateId, anonymous: true } },
    select: { userId: true, number: true },
    orderBy: { joinedAt: "asc" },
  });
  return new Map(seats.filter((s) => s.userId !== user?.id).map((s) => [s.userId, studentLabel(s.number)]));
}

/** An actor as the aliases allow: an alias replaces the name and the id (the id would tell them apart). */
export function aliasActor<A extends { id: string; name: string }>(actor: A, aliases: Map<string, string>): A {
  const alias = aliases.get(actor.id);
  return alias ? { ...actor, id: alias, name: alias } : actor;
}

/** A change with its comment authors aliased (a comment carries its author's name). */
export function aliasChange(c: ReadChange, aliases: Map<string, string>): ReadChange {
  if (aliases.size === 0 || "unreadable" in c || c.entity !== "comment") return c;
  const fix = (s: CommentDto | null) => (s ? { ...s, author: aliasActor(s.author, aliases) } : s);
  return Change.parse({ ...c, before: fix(c.before), after: fix(c.after) });
}

/** A live event with its comment author aliased, as `aliasChange`. */
export function aliasLiveEvent(e: LiveEvent, aliases: Map<string, string>): LiveEvent {
  if (aliases.size === 0 || e.entity !== "comment" || !e.after) return e;
  return { ...e, after: { ...e.after, author: aliasActor(e.after.author, aliases) } };
}

/**
 * What a live stream needs to keep a seminar anonymous for one subscriber: the aliases it sends
 * comment authors under, and how the subscriber appears to everyone present ("Student N" when
 * they sit in an anonymous seminar on the debate).
 */
export async function streamReader(
  tx: Tx,
  debateId: string,
  user: SessionUser | null,
  role: MemberRole | null,
): Promise<{ aliases: Map<string, string>; presentAs: { id: string; name: string } | null }> {
  const aliases = await seminarAliases(tx, debateId, user, role);
  if (!user) return { aliases, presentAs: null };
  const seat = await tx.seminarParticipant.findFirst({
    where: { userId: user.id, seminar: { debateId, anonymous: true } },
    select: { number: true },
    orderBy: { joinedAt: "desc" },
  });
  return { aliases, presentAs: { id: user.id, name: seat ? studentLabel(seat.number) : user.name } };
}

/** A change as the seminar filter needs it: which entity, and its state after (or before). */
type ChangeLike = { entity: string; entityId: string; before?: unknown; after?: unknown };

/**
 * Whether a change may reach a caller under a seminar view: one about an argument hidden from the
 * view (an unrevealed speech, a contribution of another seminar), about a connection or a comment
 * touching one, is withheld. Null without a view (instructors, no open seminar): everything shows.
 * Stateful on purpose: an argument a later change creates hidden stays hidden for the changes
 * after it (its connections and comments), as history and live streams read in seq order.
 * Hiding errs on the side of the seminar: an argument hidden once stays hidden for this reader.
 */
export async function seminarChangeFilter(
  tx: Tx,
  debateId: string,
  view: SeminarView | null,
): Promise<((c: ChangeLike) => boolean) | null> {
  if (!view) return null;
  const nodes = (await tx.argNode.findMany({
    where: { debateId },
    select: { id: true, speech: true, role: true },
  })) as { id: string; speech: Speech | null; role: Role | null }[];
  const shownNow = new Set(studentGraph({ nodes, edges: [] }, view).nodes.map((n) => n.id));
  const hidden = new Set(nodes.filter((n) => !shownNow.has(n.id)).map((n) => n.id));
  const rowShown = (id: string, speech: Speech | null, role: Role | null) =>
    studentGraph({ nodes: [{ id, speech, role }], edges: [] }, view).nodes.length > 0;
  return (c) => {
    const row = (c.after ?? c.before ?? null) as Record<string, unknown> | null;
    if (c.entity === "node") {
      if (hidden.has(c.entityId)) return false;
      const speech = row && typeof row.speech === "string" ? (row.speech as Speech) : null;
      const role = row && typeof row.role === "string" ? (row.role as Role) : null;
      if (row && !rowShown(c.entityId, speech, role)) {
        hidden.add(c.entityId);
        return false;
      }
      return true;
    }
    if (c.entity === "edge") return !row || (!hidden.has(String(row.source)) && !hidden.has(String(row.target)));
    if (c.entity === "comment") return !row || !hidden.has(String(row.nodeId));
    // A speech document naming a hidden argument would tell what the seminar has not revealed, and
    // so would the document of a speech not yet revealed ("2NR Politics"), by its analytics alone.
    if (c.entity === "speechDoc") {
      if (!row) return true;
      const speech = typeof row.name === "string" ? speechOfDocName(row.name) : null;
      if (speech && !rowShown("", speech, null)) return false;
      return !(row.items as { nodeId?: string | null }[] | undefined)?.some((i) => i.nodeId && hidden.has(i.nodeId));
    }
    return true;
  };
}

export type ReaderFilter = ((c: ChangeLike) => boolean) | null;

/** The seminar filter of a caller (null: they see everything), as seminarChangeFilter of their view. */
export async function seminarReaderFilter(
  tx: Tx,
  debateId: string,
  user: SessionUser | null,
  role: MemberRole | null,
): Promise<ReaderFilter> {
  return seminarChangeFilter(tx, debateId, await seminarViewFor(tx, debateId, user, role));
}

/** Whether a speech document may reach a filtered caller (seminarChangeFilter's rule for one). */
export function docShows(shows: ReaderFilter, name: string, items: readonly { nodeId: string | null }[]): boolean {
  return !shows || shows({ entity: "speechDoc", entityId: "", after: { name, items } });
}
