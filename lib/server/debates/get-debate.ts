import "server-only";
import type { DebateDto, DebateSummaryDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { applySeminarView, seminarViewFor, type SeminarView } from "../seminars/reader-view";
import { withRead } from "../tx";
import { graphAt, graphBodyAt } from "./read-graph";
import { toDebateSummary } from "./summary";

export type DebateHead = DebateSummaryDto & { seq: number };

/** The summary as this user sees it, with the change-log position the graph must match. */
export async function getDebateHead(options: { user: SessionUser | null; debateId: string }): Promise<DebateHead> {
  return (await headAndView(options)).head;
}

/** The head, and what of the graph the caller may see while a seminar runs on the debate. */
async function headAndView(options: {
  user: SessionUser | null;
  debateId: string;
}): Promise<{ head: DebateHead; view: SeminarView | null }> {
  return withRead(async (db) => {
    // The log position first: a change landing after it is replayed by the live stream (harmless,
    // versions tell), whereas reading it after the debate row could skip a rename. Raw SQL: these
    // run on every open of a map, and Prisma's query engine costs more than the index lookups.
    const [last] = await db.$queryRaw<
      { seq: number | bigint | null }[]
    >`SELECT MAX("seq") AS "seq" FROM "Change" WHERE "debateId" = ${options.debateId}`;
    const { debate, role } = await authorizeDebate(db, options.debateId, options.user, "viewer");
    const [counts] = await db.$queryRaw<{ ownerName: string | null; nodeCount: number | bigint }[]>`
      SELECT (SELECT "name" FROM "user" WHERE "id" = ${debate.ownerId}) AS "ownerName",
             (SELECT COUNT(*) FROM "ArgNode" WHERE "debateId" = ${options.debateId}) AS "nodeCount"`;
    const summary = toDebateSummary(
      { ...debate, owner: { name: counts!.ownerName ?? "" }, _count: { nodes: Number(counts!.nodeCount) } },
      role,
    );
    const view = await seminarViewFor(db, options.debateId, options.user, role);
    return { head: { ...summary, seq: Number(last?.seq ?? 0) }, view };
  });
}

/** A debate with its whole graph and its sources (without their text). */
export async function getDebate(options: { user: SessionUser | null; debateId: string }): Promise<DebateDto> {
  const { head, view } = await headAndView(options);
  return { ...head, ...applySeminarView(await graphAt(options.debateId, head.seq), view) };
}

/** The same debate as a ready JSON body, in parts to send one after another: what `GET /api/debates/{id}` sends. */
export async function getDebateJson(options: { user: SessionUser | null; debateId: string }): Promise<Uint8Array[]> {
  const { head, view } = await headAndView(options);
  // The cached bytes are shared by every viewer: a seminar's students and readers get their own.
  if (view)
    return [
      Buffer.from(JSON.stringify({ ...head, ...applySeminarView(await graphAt(options.debateId, head.seq), view) })),
    ];
  return graphBodyAt(options.debateId, head);
}
