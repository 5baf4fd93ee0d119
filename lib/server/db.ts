import "server-only";
import { createClient, isPostgresUrl, prepareClient, prepareReadClient, type Db } from "@/lib/db/create-client";
import { startCheckpointer } from "@/lib/db/wal-checkpointer";
import { loadEnv } from "@/lib/env";
import { sqliteFile } from "./sqlite-file";

const env = loadEnv();
const url = env.DATABASE_URL;
export const isPostgres = isPostgresUrl(url);

/** The `i`th bound parameter of a raw statement, as this database writes it ($1… or ?). */
export const sqlParam = (i: number): string => (isPostgres ? `$${i}` : "?");

type Checkpoints = "server" | "connection" | "worker";
const globalForDb = globalThis as unknown as {
  clashDb?: Db;
  clashReadDb?: Db;
  clashDbReady?: Promise<void>;
  clashCheckpoints?: Checkpoints;
};

/** The Prisma client singleton (one per process; kept across dev reloads). */
export const db: Db = globalForDb.clashDb ?? createClient(url);
globalForDb.clashDb = db;

/**
 * The client for reads outside a transaction (`withRead`, the graph, the live stream's change
 * log). On SQLite it is a second connection to the file: Prisma's adapter runs a query that
 * is not in a transaction on the connection even while another request's transaction is open on
 * it, so through `db` such a read would see that transaction's rows before it commits (or rolls
 * back), and an import's transaction stays open for seconds. In WAL mode this connection reads the
 * last commit and never waits for the writer. On PostgreSQL every query has its own snapshot:
 * the same client.
 */
export const readDb: Db = isPostgres ? db : (globalForDb.clashReadDb ??= createClient(url));

globalForDb.clashCheckpoints ??= isPostgres ? "server" : "connection";
const ready = (globalForDb.clashDbReady ??= prepareClient(db, url)
  .then(() => (readDb === db ? undefined : prepareReadClient(readDb)))
  .then(checkpointOffThePath));

/**
 * Who checkpoints the database's log now: PostgreSQL itself (`server`), the app's SQLite
 * connection on the commit that fills it (`connection`), or the worker.
 */
export function walCheckpoints(): Checkpoints {
  return globalForDb.clashCheckpoints!;
}

/**
 * SQLite: a worker checkpoints the write-ahead log (lib/db/wal-checkpointer.ts), and while it
 * runs the app's connection does not; if the worker stops (or cannot start), the connection
 * checkpoints as SQLite does by default.
 */
function checkpointOffThePath(): void {
  if (isPostgres || env.CLASH_SQLITE_CHECKPOINT !== "worker") return;
  let pragmas = Promise.resolve();
  const autocheckpoint = (pages: number, by: Checkpoints) =>
    (pragmas = pragmas
      .then(() => db.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${pages}`))
      .then(
        () => void (globalForDb.clashCheckpoints = by),
        (e: unknown) => console.error(`PRAGMA wal_autocheckpoint = ${pages} failed:`, e),
      ));
  try {
    startCheckpointer({
      file: sqliteFile(url),
      onReady: () => autocheckpoint(0, "worker"),
      onStop: (error) => {
        if (error) console.error("SQLite's checkpoint worker stopped; the app's connection checkpoints again:", error);
        return autocheckpoint(1000, "connection");
      },
    });
  } catch (e) {
    console.error("SQLite's checkpoint worker did not start; the app's connection checkpoints:", e);
  }
}

/** Resolves once per-connection pragmas are set; use cases reach the database through `withRead`/`withTx`, which await it. */
export function dbReady(): Promise<void> {
  return ready;
}

export type { Db };

/** A transaction client as use cases receive it. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
