import "server-only";
import { sqliteConnection, statementsOf } from "@/lib/db/create-client";
import type { NodeDto, UpdateNodeInput } from "@/lib/domain/schemas";
import { requireRole } from "../access";
import type { SessionUser } from "../auth-guard";
import { changeWrites } from "../change-log";
import { db, isPostgres } from "../db";
import { AppError, notFound } from "../errors";
import { retitlesResolution } from "../graph-writes";
import { signalLocal } from "../events/bus";
import { sqlTimestamp } from "../imports/bulk-insert";
import { nodeColumns } from "../mappers";
import { mark } from "../timing";
import { READ_FOR_WRITE, nodeForWrite, toNode, updateSql, type RawNode, type ReadRow } from "./node-rows";

/**
 * An edit that leaves the card alone (title, body, position, side, tags…) on SQLite, as one
 * synchronous transaction on Prisma's own connection: the same statements as the general path
 * (read and authorize, versioned UPDATE … RETURNING, the debate's lock, the history row), without
 * an await between them. Each statement through Prisma's driver adapter costs a promise, a row
 * mapping and a turn of the event loop; here the five take about a tenth of a millisecond, and no
 * other request can run in between, so nothing else can see the transaction half done.
 *
 * Returns null (the caller takes the general path, which gives the same answers) on PostgreSQL,
 * while any Prisma transaction is open on the connection (running synchronously, this could
 * otherwise land inside it), for a patch that touches the kind or the card (its source must be
 * read), on a version that no longer matches (the general path answers 409 with the row), and
 * for a new title of the resolution claim (the debate's resolution changes with it).
 * Throws the general path's 404/401/403 for a missing argument or a caller who may not edit.
 */
export function updateNodeAtOnce(caller: SessionUser | null, nodeId: string, input: UpdateNodeInput): NodeDto | null {
  if (isPostgres || input.kind !== undefined || input.evidence !== undefined) return null;
  const conn = sqliteConnection(db);
  if (!conn || conn.inTransaction) return null;
  const run = statementsOf(conn);
  const { version, ...patch } = input;
  try {
    run("BEGIN IMMEDIATE").run();
  } catch {
    return null; // another process holds the write lock past the busy timeout: the general path queues
  }
  let committed = false;
  try {
    const row = run(READ_FOR_WRITE).get(caller?.id ?? null, nodeId) as ReadRow | undefined;
    if (!row) throw notFound("node");
    const target = nodeForWrite(row, caller);
    const user = requireRole(target.role, caller, "editor");
    mark("authorize");
    // A stale version, and a renamed resolution claim (the debate's resolution follows it), take the general path.
    if (target.node.version !== version || retitlesResolution(target.node, patch)) return null;
    const columns = nodeColumns(patch);
    const names = Object.keys(columns);
    const updated = run(updateSql(names)).get(
      ...names.map((c) => columns[c]),
      sqlTimestamp(new Date()),
      nodeId,
      version,
    ) as RawNode | undefined;
    if (!updated) return null;
    const node = toNode(updated);
    const change = { debateId: target.debateId, actorId: user.id, entity: "node", entityId: nodeId } as const;
    for (const [sql, args] of changeWrites({ ...change, action: "update", before: target.node, after: node }, true))
      run(sql).run(...args);
    mark("write");
    run("COMMIT").run();
    committed = true;
    mark("commit");
    // As withTx does: subscribers hear of it after the answer has gone (the signal carries no data).
    setImmediate(() => signalLocal(target.debateId));
    return node;
  } catch (err) {
    // A refusal is the answer; a database error (a constraint, say) is left to the general path,
    // which meets it again and maps it like every other write's.
    if (err instanceof AppError) throw err;
    return null;
  } finally {
    if (!committed) run("ROLLBACK").run();
  }
}
