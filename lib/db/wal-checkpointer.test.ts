import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startCheckpointer, type Checkpointer } from "./wal-checkpointer";

type Sqlite = {
  pragma(s: string): { busy: number; log: number; checkpointed: number }[];
  exec(s: string): void;
  prepare(s: string): { run(...a: unknown[]): unknown };
  close(): void;
};
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => Sqlite;

let dir = "";
let running: Checkpointer | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A WAL database whose one writer never checkpoints itself, as the app's connection with the worker on. */
function writer(): { file: string; db: Sqlite; write: (n: number) => void } {
  dir = mkdtempSync(path.join(tmpdir(), "clash-wal-"));
  const file = path.join(dir, "app.db");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("wal_autocheckpoint = 0");
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)");
  const insert = db.prepare("INSERT INTO t (body) VALUES (?)");
  const write = (n: number) => {
    for (let i = 0; i < n; i++) insert.run("x".repeat(3000));
  };
  return { file, db, write };
}

/** Frames in the log after one more small commit: few once the log was folded in and restarted. */
function logAfterOneWrite(w: ReturnType<typeof writer>): number {
  w.write(1);
  // The writer's own passive checkpoint only reports here: it reads the log's length.
  return w.db.pragma("wal_checkpoint(PASSIVE)")[0]!.log;
}

describe("the WAL checkpoint worker", () => {
  it("folds the log into the database off the writer's thread, so the writer's log starts over", async () => {
    const w = writer();
    w.write(400);
    let ready = false;
    running = startCheckpointer({
      file: w.file,
      everyMs: 60_000,
      onReady: () => void (ready = true),
      onStop: () => {},
    });
    await running.now();
    expect(ready).toBe(true);
    // Every frame was copied by the worker: the next commit restarts the log from its first frame.
    expect(logAfterOneWrite(w)).toBeLessThan(10);
    w.db.close();
  });

  it("leaves the log growing when it has not run (the comparison)", () => {
    const w = writer();
    w.write(400);
    expect(logAfterOneWrite(w)).toBeGreaterThan(400);
    w.db.close();
  });

  it("checkpoints on its own timer", async () => {
    const w = writer();
    running = startCheckpointer({ file: w.file, everyMs: 20, onReady: () => {}, onStop: () => {} });
    w.write(300);
    await new Promise((r) => setTimeout(r, 300));
    expect(logAfterOneWrite(w)).toBeLessThan(10);
    w.db.close();
  });

  it("reports a failure, so the app's connection takes checkpoints back", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "clash-wal-"));
    const stopped = await new Promise<Error | undefined>((resolve) => {
      startCheckpointer({
        file: path.join(dir, "missing.db"),
        onReady: () => resolve(new Error("ready on a missing file")),
        onStop: resolve,
      });
    });
    expect(stopped).toBeInstanceOf(Error);
    expect(String(stopped)).toMatch(/SQLITE_CANTOPEN|missing\.db|unable to open|does not exist/i);
  });

  it("never keeps the process alive: a script that started it ends once its own work is done", async () => {
    const w = writer();
    w.db.close();
    // The script holds itself open (a timer) until the worker is ready, then lets go.
    const script = `const hold = setTimeout(() => {}, 60000);
      import("./lib/db/wal-checkpointer.ts").then(({ startCheckpointer }) =>
        startCheckpointer({ file: process.argv[1], onReady: () => { console.log("ready"); clearTimeout(hold); }, onStop: () => {} }));`;
    const out = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ["--import", "tsx", "-e", script, w.file],
        { timeout: 30_000 },
        (e, stdout) => resolve({ code: e ? (typeof e.code === "number" ? e.code : -1) : 0, stdout }),
      );
      child.stdin?.end();
    });
    expect(out.stdout).toContain("ready");
    expect(out.code).toBe(0);
  });

  it("reports a stop", async () => {
    const w = writer();
    let stops = 0;
    const c = startCheckpointer({ file: w.file, onReady: () => {}, onStop: () => void stops++ });
    await c.now();
    await c.stop();
    expect(stops).toBe(1);
    w.db.close();
  });
});
