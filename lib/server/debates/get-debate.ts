import "server-only";
import type { DebateDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { db, dbReady } from "../db";
import { toEdgeDto, toNodeDto, toSourceSummary } from "../mappers";
import { sourceStats } from "../sources/source-stats";
import { summaryInclude, toDebateSummary } from "./summary";

/** A debate with its whole graph and its sources (without their text). */
export async function getDebate(o: { user: SessionUser | null; debateId: string }): Promise<DebateDto> {
  await dbReady();
  const { role } = await authorizeDebate(db, o.debateId, o.user, "viewer");
  // Read the log position first: a change landing during the reads below is replayed by the live
  // stream (harmless, versions tell), whereas reading it last could skip one.
  const last = await db.change.aggregate({ where: { debateId: o.debateId }, _max: { seq: true } });
  const [debate, nodes, edges, sources] = await Promise.all([
    db.debate.findUniqueOrThrow({ where: { id: o.debateId }, include: summaryInclude }),
    db.argNode.findMany({ where: { debateId: o.debateId }, orderBy: { createdAt: "asc" } }),
    db.edge.findMany({ where: { debateId: o.debateId }, orderBy: { createdAt: "asc" } }),
    db.source.findMany({ where: { debateId: o.debateId }, orderBy: { createdAt: "asc" }, omit: { text: true } }),
  ]);
  // Lengths and card counts without shipping the texts: computed in the database.
  const lengths = await sourceStats(o.debateId);
  return {
    ...toDebateSummary(debate, role),
    seq: last._max.seq ?? 0,
    nodes: nodes.map(toNodeDto),
    edges: edges.map(toEdgeDto),
    sources: sources.map((s) => toSourceSummary({ ...s, ...(lengths.get(s.id) ?? { length: 0, cardCount: 0 }) })),
  };
}
