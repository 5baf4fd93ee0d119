import "server-only";
import type { DebateDto, DebateSummaryDto } from "@/lib/domain/schemas";
import type { Debate } from "@/generated/prisma/client";
import { MEMBER_COLUMNS, memberJoins } from "../access";
import type { SessionUser } from "../auth-guard";
import { applySeminarView, readerOf, SEMINAR_OPEN, type ReaderRow, type SeminarView } from "../seminars/reader-view";
import { sqlParam } from "../db";
import { asciiJson } from "@/lib/domain/ascii-json";
import { notFound } from "../errors";
import { withRead } from "../tx";
import { graphAt, graphBodyAt } from "./read-graph";
import { toDebateSummary } from "./summary";

export type DebateHead = DebateSummaryDto & { seq: number };

/** The summary as this user sees it, with the change-log position the graph must match. */
export async function getDebateHead(options: { user: SessionUser | null; debateId: string }): Promise<DebateHead> {
  return (await headAndView(options)).head;
}

// The debate row, the change-log position, the owner's name, the node count, whether a seminar
// is open and the caller's membership, in one statement: one snapshot, so the seq matches the
// row exactly (a change after it is replayed by the live stream; versions tell), and one round
// trip on every open of a map instead of four, three of them through Prisma's query engine.
const HEAD_SQL = `SELECT d."id", d."title", d."resolution", d."description", d."visibility",
  d."ownerId", d."version", d."createdAt", d."updatedAt",
  (SELECT MAX("seq") FROM "Change" WHERE "debateId" = d."id") AS "seq",
  (SELECT "name" FROM "user" WHERE "id" = d."ownerId") AS "ownerName",
  (SELECT COUNT(*) FROM "ArgNode" WHERE "debateId" = d."id") AS "nodeCount",
  ${SEMINAR_OPEN},
  ${MEMBER_COLUMNS}
FROM "Debate" d
${memberJoins(`d."id"`, sqlParam(1))}
WHERE d."id" = ${sqlParam(2)}`;

type HeadRow = Omit<Debate, "version" | "createdAt" | "updatedAt"> & {
  version: number | bigint;
  createdAt: Date | string;
  updatedAt: Date | string;
  seq: number | bigint | null;
  ownerName: string | null;
  nodeCount: number | bigint;
} & ReaderRow;

/** The head, and what of the graph the caller may see while a seminar runs on the debate. */
export async function headAndView(options: {
  user: SessionUser | null;
  debateId: string;
}): Promise<{ head: DebateHead; view: SeminarView | null }> {
  return withRead(async (db) => {
    const [row] = await db.$queryRawUnsafe<HeadRow[]>(HEAD_SQL, options.user?.id ?? null, options.debateId);
    if (!row) throw notFound("debate");
    const debate: Debate = {
      ...row,
      version: Number(row.version),
      createdAt: new Date(row.createdAt),
      updatedAt: new Date(row.updatedAt),
    };
    const { role, view } = await readerOf(db, options.debateId, row, options.user);
    const summary = toDebateSummary(
      { ...debate, owner: { name: row.ownerName ?? "" }, _count: { nodes: Number(row.nodeCount) } },
      role,
    );
    // Said, so a reader who sees two of 154 arguments is told why (components/ui/debate-header.tsx).
    const limited = view ? { seminarLimited: true as const } : {};
    return { head: { ...summary, ...limited, seq: Number(row.seq ?? 0) }, view };
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
    return [Buffer.from(asciiJson({ ...head, ...applySeminarView(await graphAt(options.debateId, head.seq), view) }))];
  return graphBodyAt(options.debateId, head);
}
