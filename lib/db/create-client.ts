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
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5_000 });
  let connection: SqliteConnection | null = null;
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const opened = await connect();
    connection = asSqliteConnection((opened as unknown as { client?: unknown }).client);
    return opened;
  };
  const client = new PrismaClient({ adapter });
  connections.set(client, () => connection);
  return client;
}

/** The slice of better-sqlite3 the synchronous write path uses (the package ships no types). */
export type SqliteConnection = {
  readonly inTransaction: boolean;
  prepare(sql: string): SqliteStatement;
};
export type SqliteStatement = {
  run(...args: unknown[]): unknown;
  get(...args: unknown[]): unknown;
  all(...args: unknown[]): unknown[];
};

const connections = new WeakMap<object, () => SqliteConnection | null>();

function asSqliteConnection(c: unknown): SqliteConnection | null {
  const conn = c as Partial<SqliteConnection> | null;
  return conn && typeof conn.prepare === "function" && typeof conn.inTransaction === "boolean"
    ? (conn as SqliteConnection)
    : null;
}

/**
 * The one better-sqlite3 connection under a SQLite client, once it has connected (null on
 * PostgreSQL, before the first query, or if the adapter stops exposing it). Prisma runs every
 * query of this client on it, so a statement run here synchronously, while `inTransaction` is
 * false, cannot interleave with any of Prisma's.
 */
export function sqliteConnection(db: Db): SqliteConnection | null {
  return connections.get(db)?.() ?? null;
}

// Prepared once per connection: compiling the SQL is most of a small statement's cost.
const prepared = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();

/** A statement of `conn`'s, prepared the first time its SQL is asked for and kept. */
export function statementsOf(conn: SqliteConnection): (sql: string) => SqliteStatement {
  let cache = prepared.get(conn);
  if (!cache) prepared.set(conn, (cache = new Map<string, SqliteStatement>()));
  return (sql) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = conn.prepare(sql)));
    return s;
  };
}

/** Per-connection settings: WAL so readers never block the writer, and durable commits. */
export async function prepareClient(db: Db, url: string): Promise<void> {
  if (isPostgresUrl(url)) return;
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
}

/** A SQLite client that only reads (prepare the writing client first: it sets the file to WAL). */
export async function prepareReadClient(db: Db): Promise<void> {
  await db.$queryRawUnsafe("PRAGMA query_only = ON");
}
