import "server-only";
import type { DebateDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { db, dbReady } from "../db";
import { graphAt } from "./read-graph";
import { summaryInclude, toDebateSummary } from "./summary";

/** A debate with its whole graph and its sources (without their text). */
export async function getDebate(o: { user: SessionUser | null; debateId: string }): Promise<DebateDto> {
  await dbReady();
  const { role } = await authorizeDebate(db, o.debateId, o.user, "viewer");
  // Read the log position first: a change landing during the reads below is replayed by the live
  // stream (harmless, versions tell), whereas reading it last could skip one.
  const [last, debate] = await Promise.all([
    db.change.aggregate({ where: { debateId: o.debateId }, _max: { seq: true } }),
    db.debate.findUniqueOrThrow({ where: { id: o.debateId }, include: summaryInclude }),
  ]);
  const seq = last._max.seq ?? 0;
  return { ...toDebateSummary(debate, role), seq, ...(await graphAt(o.debateId, seq)) };
}
