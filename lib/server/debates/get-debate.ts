import "server-only";
import type { DebateDto, DebateSummaryDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";
import { graphAt, graphBodyAt } from "./read-graph";
import { toDebateSummary } from "./summary";

export type DebateHead = DebateSummaryDto & { seq: number };

/** The summary as this user sees it, with the change-log position the graph must match. */
export async function getDebateHead(options: { user: SessionUser | null; debateId: string }): Promise<DebateHead> {
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
    return { ...summary, seq: Number(last?.seq ?? 0) };
  });
}

/** A debate with its whole graph and its sources (without their text). */
export async function getDebate(options: { user: SessionUser | null; debateId: string }): Promise<DebateDto> {
  const head = await getDebateHead(options);
  return { ...head, ...(await graphAt(options.debateId, head.seq)) };
}

/** The same debate as a ready JSON body, in parts to send one after another: what `GET /api/debates/{id}` sends. */
export async function getDebateJson(options: { user: SessionUser | null; debateId: string }): Promise<Uint8Array[]> {
  return graphBodyAt(options.debateId, await getDebateHead(options));
}
