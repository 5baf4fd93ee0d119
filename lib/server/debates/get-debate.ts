import "server-only";
import type { DebateDto, DebateSummaryDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { db, dbReady } from "../db";
import { graphAt, graphBodyAt } from "./read-graph";
import { summaryInclude, toDebateSummary } from "./summary";

export type DebateHead = DebateSummaryDto & { seq: number };

/** The summary as this user sees it, with the change-log position the graph must match. */
export async function getDebateHead(o: { user: SessionUser | null; debateId: string }): Promise<DebateHead> {
  await dbReady();
  const { role } = await authorizeDebate(db, o.debateId, o.user, "viewer");
  // Read the log position first: a change landing during the reads below is replayed by the live
  // stream (harmless, versions tell), whereas reading it last could skip one.
  const [last, debate] = await Promise.all([
    db.change.aggregate({ where: { debateId: o.debateId }, _max: { seq: true } }),
    db.debate.findUniqueOrThrow({ where: { id: o.debateId }, include: summaryInclude }),
  ]);
  return { ...toDebateSummary(debate, role), seq: last._max.seq ?? 0 };
}

/** A debate with its whole graph and its sources (without their text). */
export async function getDebate(o: { user: SessionUser | null; debateId: string }): Promise<DebateDto> {
  const head = await getDebateHead(o);
  return { ...head, ...(await graphAt(o.debateId, head.seq)) };
}

/** The same debate as a ready JSON body: what `GET /api/debates/{id}` sends. */
export async function getDebateJson(o: { user: SessionUser | null; debateId: string }): Promise<Buffer> {
  return graphBodyAt(o.debateId, await getDebateHead(o));
}
