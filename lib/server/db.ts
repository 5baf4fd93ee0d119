import "server-only";
import { createClient, isPostgresUrl, prepareClient, type Db } from "@/lib/db/create-client";
import { loadEnv } from "@/lib/env";

const url = loadEnv().DATABASE_URL;
export const isPostgres = isPostgresUrl(url);

const globalForDb = globalThis as unknown as { clashDb?: Db; clashDbReady?: Promise<void> };

/** The Prisma client singleton (one per process; kept across dev reloads). */
export const db: Db = globalForDb.clashDb ?? createClient(url);
globalForDb.clashDb = db;
const ready = (globalForDb.clashDbReady ??= prepareClient(db, url));

/** Resolves once per-connection pragmas are set; use cases reach the database through `withRead`/`withTx`, which await it. */
export function dbReady(): Promise<void> {
  return ready;
}

export type { Db };

/** A transaction client as use cases receive it. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
