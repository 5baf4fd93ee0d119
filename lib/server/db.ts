import "server-only";
import { createClient, isPostgresUrl, prepareClient, type Db } from "@/lib/db/create-client";
import { startCheckpointer } from "@/lib/db/wal-checkpointer";
import { loadEnv } from "@/lib/env";
import { sqliteFile } from "./backup";

const env = loadEnv();
const url = env.DATABASE_URL;
export const isPostgres = isPostgresUrl(url);

const globalForDb = globalThis as unknown as { clashDb?: Db; clashDbReady?: Promise<void> };

/** The Prisma client singleton (one per process; kept across dev reloads). */
export const db: Db = globalForDb.clashDb ?? createClient(url);
globalForDb.clashDb = db;
const ready = (globalForDb.clashDbReady ??= prepareClient(db, url).then(checkpointOffThePath));

let checkpoints: "server" | "connection" | "worker" = isPostgres ? "server" : "connection";

/**
 * Who checkpoints the database's log now: PostgreSQL itself (`server`), the app's SQLite
 * connection on the commit that fills it (`connection`), or the worker.
 */
export function walCheckpoints(): typeof checkpoints {
  return checkpoints;
}

/**
 * SQLite: a worker checkpoints the write-ahead log (lib/db/wal-checkpointer.ts), and while it
 * runs the app's connection does not; if the worker stops, the connection takes it back.
 */
function checkpointOffThePath(): void {
  if (isPostgres || env.CLASH_SQLITE_CHECKPOINT !== "worker") return;
  checkpoints = "worker";
  let pragmas = Promise.resolve();
  const autocheckpoint = (pages: number) =>
    (pragmas = pragmas
      .then(() => db.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${pages}`))
      .then(
        () => undefined,
        () => undefined,
      ));
  startCheckpointer({
    file: sqliteFile(url),
    onReady: () => autocheckpoint(0),
    onStop: (error) => {
      checkpoints = "connection";
      if (error) console.error("SQLite checkpoint worker stopped; the app's connection checkpoints again:", error);
      return autocheckpoint(1000);
    },
  });
}

/** Resolves once per-connection pragmas are set; use cases reach the database through `withRead`/`withTx`, which await it. */
export function dbReady(): Promise<void> {
  return ready;
}

export type { Db };

/** A transaction client as use cases receive it. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
