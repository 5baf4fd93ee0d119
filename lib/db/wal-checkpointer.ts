import { Worker } from "node:worker_threads";
import path from "node:path";

/**
 * SQLite folds its write-ahead log back into the database file (a checkpoint, with an fsync of the
 * database) on the commit that takes the log past 1,000 pages: about one write in 75 paid ~9 ms
 * for it on the request path, the tail of `PATCH /api/nodes/{id}` (bench/write-path.md). Here a
 * worker thread with its own connection to the same file checkpoints every `everyMs` instead
 * (PASSIVE: it copies what no reader still needs and never blocks a writer or a reader), and the
 * app's connection stops checkpointing itself. Synchronous mode NORMAL syncs the log at each
 * checkpoint, so commits also reach the disk sooner than they did (every 250 ms, not every 75
 * writes).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
const Database = createRequire(workerData.from)("better-sqlite3");
const db = new Database(workerData.file, { fileMustExist: true });
// This connection never writes, so it never checkpoints on its own; a checkpoint does not wait.
db.pragma("wal_autocheckpoint = 0");
db.pragma("busy_timeout = 0");
const run = () => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (e) {
    // Busy (another checkpoint runs): the next turn tries again.
    if (!/busy|locked/i.test(String(e && e.message))) throw e;
  }
};
const timer = setInterval(run, workerData.everyMs);
parentPort.on("message", (m) => {
  if (m === "now") run(), parentPort.postMessage({ ran: true });
  if (m === "stop") clearInterval(timer), db.close(), parentPort.close();
});
parentPort.postMessage({ ready: true });
`;

export type Checkpointer = {
  /** Run a checkpoint now and resolve once it has run (tests). */
  now(): Promise<void>;
  /** Stop the worker; `onStop` runs as for a failure, so the app's connection checkpoints again. */
  stop(): Promise<void>;
};

export type CheckpointerOptions = {
  /** The database file (not the URL). */
  file: string;
  /** Between two checkpoints. */
  everyMs?: number;
  /** Once the worker has its connection: stop the app's own checkpoints. */
  onReady: () => void | Promise<void>;
  /** If the worker fails or stops: the app's connection checkpoints again (the log must not grow without end). */
  onStop: (error?: Error) => void | Promise<void>;
};

/** Start the checkpoint worker; it never keeps the process alive. */
export function startCheckpointer({ file, everyMs = 250, onReady, onStop }: CheckpointerOptions): Checkpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, everyMs, from: path.join(process.cwd(), "package.json") },
  });
  let stopped = false;
  const waiting: (() => void)[] = [];
  const stop = (error?: Error) => {
    if (stopped) return;
    stopped = true;
    for (const w of waiting.splice(0)) w();
    void onStop(error);
  };
  worker.on("message", (m: { ready?: boolean; ran?: boolean }) => {
    if (m.ready) void onReady();
    if (m.ran) waiting.shift()?.();
  });
  // An error thrown in the worker arrives cloned (a SqliteError as a plain object with its code).
  worker.on("error", (e: unknown) => {
    const { message, code } = (e ?? {}) as { message?: string; code?: string };
    stop(e instanceof Error ? e : new Error(`checkpoint worker: ${message || code || String(e)}`));
  });
  worker.on("exit", () => stop());
  // After the listeners: adding a "message" listener refs the worker again.
  worker.unref();
  return {
    now: () =>
      stopped
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            waiting.push(resolve);
            worker.postMessage("now");
          }),
    stop: async () => {
      if (stopped) return;
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      worker.postMessage("stop");
      await exited;
    },
  };
}
