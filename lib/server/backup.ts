import "server-only";
import { existsSync, fsyncSync, openSync, closeSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { z } from "zod";
import { AppError } from "./errors";

const MigrationRow = z.object({ name: z.string() });

/** The slice of better-sqlite3 used here (the package ships no types and @types is not installed). */
type SqliteDb = {
  pragma(source: string, options?: { simple: boolean }): unknown;
  prepare(sql: string): { get(): unknown; all(): unknown[] };
  backup(destination: string, options?: { progress: () => number }): Promise<unknown>;
  close(): void;
};
type SqliteOpen = new (file: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => SqliteDb;
const Database = createRequire(import.meta.url)("better-sqlite3") as SqliteOpen;

/** What a backup or a restore did, for the CLI to say. */
export type BackupReport = { from: string; to: string; bytes: number; migrations: number; lastMigration: string };

/**
 * Check that a file is a sound Clash database: SQLite's integrity check passes and Prisma's
 * migrations table lists at least one applied migration. Returns what the table says.
 */
export function inspectClashDb(file: string): { migrations: number; lastMigration: string } {
  if (!existsSync(file)) throw new AppError("not_found", `no such file: ${file}`);
  let db: SqliteDb;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new AppError("validation_failed", `${file} is not a SQLite database (${(e as Error).message})`);
  }
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok")
      throw new AppError("validation_failed", `${file} fails SQLite's integrity check: ${String(integrity)}`);
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table)
      throw new AppError("validation_failed", `${file} is not a Clash database (it has no _prisma_migrations table)`);
    const rows = db
      .prepare(
        "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
      )
      .all()
      .map((r) => MigrationRow.parse(r).name);
    if (rows.length === 0) throw new AppError("validation_failed", `${file} has no applied migrations`);
    return { migrations: rows.length, lastMigration: rows.at(-1)! };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError("validation_failed", `${file} is not a readable SQLite database (${(e as Error).message})`);
  } finally {
    db.close();
  }
}

/**
 * Copy a SQLite database page by page with SQLite's online backup API into a temp file beside
 * `to`, check the copy, then rename it into place: the result is one consistent snapshot (every
 * transaction committed before the backup finished, none half-written) even while a server writes,
 * and `to` is either the old file or the whole new one, never a partial file.
 */
async function copyConsistent(from: string, to: string): Promise<{ migrations: number; lastMigration: string }> {
  const tmp = `${to}.tmp-${process.pid}-${Date.now()}`;
  const src = new Database(from, { readonly: true, fileMustExist: true });
  try {
    // All pages in one step, inside one read transaction: a writer in another process would
    // otherwise restart a page-by-page copy at every commit (and in WAL mode it is not blocked).
    await src.backup(tmp, { progress: () => 0x7fffffff });
  } finally {
    src.close();
  }
  try {
    // The copy is a single file: no WAL to carry along.
    const copy = new Database(tmp);
    copy.pragma("journal_mode = DELETE");
    copy.close();
    const info = inspectClashDb(tmp);
    const fd = openSync(tmp, "r");
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, to);
    return info;
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Back up the live SQLite database `from` into the file `to` (replaced if it exists). */
export async function backupSqlite(options: { from: string; to: string }): Promise<BackupReport> {
  inspectClashDb(options.from);
  if (path.resolve(options.from) === path.resolve(options.to))
    throw new AppError("bad_request", "the backup file must not be the database itself");
  const info = await copyConsistent(options.from, options.to);
  return { from: options.from, to: options.to, bytes: statSync(options.to).size, ...info };
}

/**
 * Put the backup `from` back as the database `to`. Refuses a file that is not a sound Clash
 * database, and refuses while `to` is open: SQLite keeps `-wal`/`-shm` files beside a database in
 * WAL mode while any connection (a running server) has it open, and replacing the file under it
 * would lose or mix writes. Stop the server, restore, start it again.
 */
export async function restoreSqlite(options: { from: string; to: string }): Promise<BackupReport> {
  inspectClashDb(options.from);
  if (path.resolve(options.from) === path.resolve(options.to))
    throw new AppError("bad_request", "the backup file is the database itself");
  for (const side of ["-wal", "-shm", "-journal"])
    if (existsSync(options.to + side))
      throw new AppError(
        "conflict",
        `${options.to}${side} exists: the database is open (is the server running?). Stop it and restore again.`,
      );
  const info = await copyConsistent(options.from, options.to);
  return { from: options.from, to: options.to, bytes: statSync(options.to).size, ...info };
}
