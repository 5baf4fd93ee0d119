import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

export type Db = PrismaClient;

/** True when the URL selects PostgreSQL rather than the embedded SQLite default. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * One build, two databases: the client is chosen by the URL's scheme. Both generated clients come
 * from the same models, so the SQLite client's type serves for both. No `server-only` here so the
 * seed script and tests can use it; the app imports it through lib/server/db.ts.
 */
export function createClient(url: string): Db {
  if (isPostgresUrl(url)) {
    return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  // busy timeout 5 s: a writer waits for the lock instead of failing while another commits.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5_000 }) });
}

/** Per-connection settings: WAL so readers never block the writer, and durable commits. */
export async function prepareClient(db: Db, url: string): Promise<void> {
  if (isPostgresUrl(url)) return;
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
}
