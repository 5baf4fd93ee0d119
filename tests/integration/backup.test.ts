// Backup and restore of a live SQLite database (lib/server/backup.ts, `npm run clash -- backup`):
// a writer in another process commits rows while the backup runs; the restored copy holds every
// row committed before the backup started, whole transactions only, and passes integrity_check.
// Uses its own SQLite files, so it means the same on the SQLite and the PostgreSQL run.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { backupSqlite, inspectClashDb, restoreSqlite } from "@/lib/server/backup";

type Db = {
  exec(sql: string): void;
  pragma(sql: string, options?: { simple: boolean }): unknown;
  prepare(sql: string): { get(): unknown; run(...args: unknown[]): unknown };
  close(): void;
};
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => Db;
const Stats = z.object({ n: z.number(), maxId: z.number().nullable(), batches: z.number() });

const root = path.resolve(import.meta.dirname, "..", "..");
const dir = mkdtempSync(path.join(tmpdir(), "clash-backup-test-"));
const live = path.join(dir, "live-test.db");

// Each transaction inserts 10 rows of one batch: a consistent copy holds whole batches only.
const WRITER = `
const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))});
const db = new Database(process.argv[1]);
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 5000");
const insert = db.prepare("INSERT INTO backup_probe (batch, body) VALUES (?, ?)");
const batch = db.transaction((b) => { for (let i = 0; i < 10; i++) insert.run(b, "row " + i + " " + "x".repeat(200)); });
let b = 1_000_000;
process.stdout.write("ready\\n");
for (;;) batch(b++);
`;

function stats(file: string) {
  const db = new Database(file);
  try {
    return Stats.parse(
      db.prepare("SELECT COUNT(*) AS n, MAX(id) AS maxId, COUNT(DISTINCT batch) AS batches FROM backup_probe").get(),
    );
  } finally {
    db.close();
  }
}

let writer: ChildProcess | null = null;

beforeAll(() => {
  execFileSync(process.execPath, ["scripts/prepare-db.mjs", "--fresh", "--no-seed"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${live}` },
    stdio: "pipe",
  });
  const db = new Database(live);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE backup_probe (id INTEGER PRIMARY KEY, batch INTEGER NOT NULL, body TEXT NOT NULL)");
  const insert = db.prepare("INSERT INTO backup_probe (batch, body) VALUES (?, ?)");
  db.exec("BEGIN");
  for (let i = 0; i < 5_000; i++) insert.run(Math.floor(i / 10), `seed ${i} ${"y".repeat(300)}`);
  db.exec("COMMIT");
  db.close();
}, 120_000);

afterAll(() => {
  writer?.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("SQLite backup and restore", () => {
  it("backs up while another process writes; the restored copy has every earlier row, whole batches, integrity ok", async () => {
    writer = spawn(process.execPath, ["-e", WRITER, live], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      writer!.stdout!.once("data", () => resolve());
      writer!.once("exit", (code) => reject(new Error(`writer exited ${code}`)));
    });
    // Let the writer commit some batches, then note what is committed before the backup starts.
    await new Promise((r) => setTimeout(r, 200));
    const before = stats(live);
    expect(before.n).toBeGreaterThan(5_000);

    const backup = path.join(dir, "backup.db");
    const report = await backupSqlite({ from: live, to: backup });
    const duringBackup = stats(live);
    writer.kill("SIGKILL");
    await new Promise((r) => writer!.once("exit", r));
    expect(duringBackup.n, "the writer kept writing through the backup").toBeGreaterThan(before.n);
    expect(report.migrations).toBeGreaterThan(0);

    // Restore into a fresh path (as `restore` does for DATABASE_URL).
    const restored = path.join(dir, "restored-test.db");
    await restoreSqlite({ from: backup, to: restored });
    const after = stats(restored);
    expect(after.n).toBeGreaterThanOrEqual(before.n);
    expect(after.maxId).toBeGreaterThanOrEqual(before.maxId!);
    expect(after.n % 10, "only whole transactions").toBe(0);
    expect(after.n, "ids are dense: no row of a half-copied page is missing").toBe(after.maxId);
    const db = new Database(restored);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("journal_mode", { simple: true })).toBe("delete");
    db.close();
    expect(inspectClashDb(restored).lastMigration).toBe(report.lastMigration);
  }, 120_000);

  it("restore refuses a file that is not a Clash database and a database that is open, and changes nothing", async () => {
    const notClash = path.join(dir, "plain.db");
    const plain = new Database(notClash);
    plain.exec("CREATE TABLE t (x)");
    plain.close();
    const target = path.join(dir, "target-test.db");
    await restoreSqlite({ from: path.join(dir, "backup.db"), to: target });
    const good = stats(target);

    await expect(restoreSqlite({ from: notClash, to: target })).rejects.toThrow(/not a Clash database/);
    writeFileSync(path.join(dir, "junk.db"), "not sqlite at all");
    await expect(restoreSqlite({ from: path.join(dir, "junk.db"), to: target })).rejects.toThrow(/not a/);

    // A server holding the database open keeps its -wal file: restore must not swap the file under it.
    const open = new Database(target);
    open.pragma("journal_mode = WAL");
    open.prepare("INSERT INTO backup_probe (batch, body) VALUES (?, ?)").run(-1, "while open");
    expect(existsSync(`${target}-wal`)).toBe(true);
    await expect(restoreSqlite({ from: path.join(dir, "backup.db"), to: target })).rejects.toThrow(/server running/);
    expect(stats(target).n).toBe(good.n + 1);
    open.close();
  }, 60_000);
});
