import "server-only";
import type { ArgNode } from "@/generated/prisma/client";
import type { NodeDto } from "@/lib/domain/schemas";
import type { MemberRole } from "@/lib/domain/vocabulary";
import { joinedMembership, MEMBER_COLUMNS, memberJoins, roleFrom, type JoinedMembership } from "../access";
import type { SessionUser } from "../auth-guard";
import { sqlParam, type Tx } from "../db";
import { sqlTimestamp } from "../imports/bulk-insert";
import { toNodeDto } from "../mappers";

/**
 * The raw statements of the hot write path (an argument's title, body or position changed). Raw
 * SQL because each Prisma model query costs about a millisecond of CPU here, several times the
 * statement itself, and a busy server's tail latency grows with the CPU each request holds.
 * Table and column names come from this file, never from input; both providers quote them alike.
 */
/** An argument's stored fields, in the order the importer writes them (lib/server/imports/write-plan). */
export const ARG_NODE_COLUMNS = [
  "id",
  "debateId",
  "kind",
  "side",
  "role",
  "speech",
  "responseType",
  "title",
  "body",
  "x",
  "y",
  "sourceId",
  "quote",
  "quoteStart",
  "quoteEnd",
  "prefix",
  "suffix",
  "cite",
  "highlights",
  "markup",
  "citeFields",
  "anchorStatus",
  "groupId",
  "tags",
  "scheme",
] as const;
const COLUMNS = [...ARG_NODE_COLUMNS, "version"] as const;
const WRITABLE = new Set<string>(COLUMNS.filter((c) => c !== "id" && c !== "debateId" && c !== "version"));
const SELECT = COLUMNS.map((c) => `n."${c}"`).join(", ");
const RETURNING = COLUMNS.map((c) => `"${c}"`).join(", ");

export type RawNode = Record<(typeof COLUMNS)[number], unknown>;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** A raw row as the mappers expect a Prisma row (SQLite can hand integers back as bigint). */
export function toNode(r: RawNode): NodeDto {
  return toNodeDto({
    ...r,
    x: Number(r.x),
    y: Number(r.y),
    version: Number(r.version),
    quoteStart: num(r.quoteStart),
    quoteEnd: num(r.quoteEnd),
  } as unknown as ArgNode);
}

// The argument, its debate's owner and visibility, and the caller's membership with its link:
// everything authorization needs, in the statement that reads the row the write starts from.
export const READ_FOR_WRITE = `SELECT ${SELECT}, d."ownerId" AS "debateOwnerId", d."visibility" AS "debateVisibility",
  ${MEMBER_COLUMNS}
FROM "ArgNode" n
JOIN "Debate" d ON d."id" = n."debateId"
${memberJoins(`n."debateId"`, sqlParam(1))}
WHERE n."id" = ${sqlParam(2)}`;

export type ReadRow = RawNode & JoinedMembership & { debateOwnerId: string; debateVisibility: string };
export type NodeForWrite = { node: NodeDto; debateId: string; role: MemberRole | null };

/** The argument and the caller's role from a row of READ_FOR_WRITE (parameters: the caller's id, the argument's). */
export function nodeForWrite(row: ReadRow, user: SessionUser | null): NodeForWrite {
  const role = roleFrom({ ownerId: row.debateOwnerId, visibility: row.debateVisibility }, user, joinedMembership(row));
  return { node: toNode(row), debateId: row.debateId as string, role };
}

/** An argument to write to and the caller's role in its debate, in one statement (null: no such argument). */
export async function readNodeForWrite(tx: Tx, nodeId: string, user: SessionUser | null): Promise<NodeForWrite | null> {
  const [row] = await tx.$queryRawUnsafe<ReadRow[]>(READ_FOR_WRITE, user?.id ?? null, nodeId);
  return row ? nodeForWrite(row, user) : null;
}

/** The UPDATE for one set of columns, built once per set (a title edit always sends the same one). */
const updates = new Map<string, string>();
export function updateSql(columns: string[]): string {
  const key = columns.join(",");
  let sql = updates.get(key);
  if (!sql) {
    for (const c of columns) if (!WRITABLE.has(c)) throw new Error(`not a writable argument column: ${c}`);
    const n = columns.length;
    const sets = columns.map((c, i) => `"${c}" = ${sqlParam(i + 1)}`);
    sql = `UPDATE "ArgNode" SET ${[...sets, `"version" = "version" + 1`, `"updatedAt" = ${sqlParam(n + 1)}`].join(", ")} WHERE "id" = ${sqlParam(n + 2)} AND "version" = ${sqlParam(n + 3)} RETURNING ${RETURNING}`;
    updates.set(key, sql);
  }
  return sql;
}

/**
 * Write `columns` (from `nodeColumns`) to an argument at `version` and bump it, in one statement
 * that returns the new row; null when the version no longer matches (a lost update refused).
 */
export async function writeNodeColumns(
  tx: Tx,
  id: string,
  version: number,
  columns: Record<string, unknown>,
): Promise<NodeDto | null> {
  const names = Object.keys(columns);
  const [row] = await tx.$queryRawUnsafe<RawNode[]>(
    updateSql(names),
    ...names.map((c) => columns[c]),
    sqlTimestamp(new Date()),
    id,
    version,
  );
  return row ? toNode(row) : null;
}
