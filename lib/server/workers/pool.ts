import "server-only";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import Piscina from "piscina";
import { loadEnv } from "@/lib/env";
import type { AnchorResult, QuoteAnchor } from "@/lib/domain/anchoring";
import type { Ballot } from "@/lib/domain/ballot";
import type { NodeEvaluation } from "@/lib/domain/evaluation";
import type { DebateDto } from "@/lib/domain/schemas";
import type { EncodedDownload, ExportTask } from "@/lib/domain/codecs/download";
import type { ParseInput, ParsePlanResult } from "../imports/parse-plan";

/** Where scripts/build-workers.mjs writes the bundle (generated/ is not committed). */
const WORKER_FILE = path.join(process.cwd(), "generated/workers/import-worker.mjs");

/**
 * The newest modification time of the TypeScript the worker bundles (everything under lib/).
 * Development and tests only. The paths are hidden from Next's file tracer: a walk it cannot
 * bound made it trace the whole project, databases in data/ included, into the output of every
 * route that uses the pool.
 */
function newestSource(dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib")): number {
  let newest = 0;
  for (const f of readdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, encoding: "utf8" })) {
    if (/\.(ts|js)$/.test(f)) newest = Math.max(newest, statSync(/*turbopackIgnore: true*/ `${dir}/${f}`).mtimeMs);
  }
  return newest;
}

/**
 * Build the worker bundle when it is missing (a fresh clone, the test runners) or, outside
 * production, older than the code it bundles (so development and tests never run a stale parser).
 * A production build has it already (`npm run build` runs the script first). Synchronous, once.
 */
function ensureWorkerBundle(): string {
  const stale = () => process.env.NODE_ENV !== "production" && statSync(WORKER_FILE).mtimeMs < newestSource();
  if (!existsSync(WORKER_FILE) || stale()) {
    execFileSync(process.execPath, [path.join(process.cwd(), "scripts/build-workers.mjs")], {
      cwd: process.cwd(),
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  return WORKER_FILE;
}

const g = globalThis as unknown as {
  clashImportPool?: Piscina;
  clashImportWarming?: Promise<void> | null;
  /** Tasks handed to the pool and not yet settled (warm-ups and pings not counted). */
  clashWorkerTasks?: number;
};

function pool(): Piscina {
  if (g.clashImportPool) return g.clashImportPool;
  const env = loadEnv();
  g.clashImportPool = new Piscina({
    filename: ensureWorkerBundle(),
    minThreads: 0,
    maxThreads: env.CLASH_IMPORT_WORKERS,
    // An idle thread exits after a while, so the memory a large file took goes back to the system.
    idleTimeout: env.CLASH_IMPORT_WORKER_IDLE_MS,
    // A file that needs more heap than this kills only its thread, never the server. A larger
    // young generation (64 MB semi-spaces instead of 16) lets a parse's short-lived objects die
    // young: a 10 MB Argdown file's parse and plan took 2.9 s warm against 3.1–3.3 s in turns.
    resourceLimits: {
      maxOldGenerationSizeMb: env.CLASH_IMPORT_WORKER_MB,
      maxYoungGenerationSizeMb: Math.min(192, Math.floor(env.CLASH_IMPORT_WORKER_MB / 4)),
    },
  });
  return g.clashImportPool;
}

/**
 * Have a worker thread ready ahead of its task. When none is running, start one: the thread's
 * start, the bundle's load and a small sample's read (which compiles the parser's code; `warm` in
 * import-worker.ts), most of a small file's first import after the pool idled, then happen while
 * the user picks a file or the upload arrives. When one is running and idle, run an empty task on
 * it, which starts its idle timeout again: a user who opened the dialog 10 s after the last
 * import would otherwise find the thread gone 5 s later. A task that comes meanwhile waits for
 * either instead of starting a second thread. Resolves when the thread is ready; never rejects (a
 * thread that cannot start fails the task that follows, with its own error).
 */
export function warmWorkers(): Promise<void> {
  if (g.clashImportWarming) return g.clashImportWarming;
  const workers = pool();
  const threads = workers.threads.length;
  // Every thread busy: each starts its idle timeout afresh when its task ends.
  if (threads > 0 && (g.clashWorkerTasks ?? 0) >= threads) return Promise.resolve();
  const warming: Promise<void> = workers
    .run(null, { name: threads > 0 ? "ping" : "warm" })
    .catch(() => undefined)
    .then(() => {
      if (g.clashImportWarming === warming) g.clashImportWarming = null;
    });
  g.clashImportWarming = warming;
  return warming;
}

/** Worker threads running now (tests). */
export function workerThreads(): number {
  return g.clashImportPool?.threads.length ?? 0;
}

/** Why a worker task did not finish: out of time, out of memory, or cancelled by the caller. */
export class WorkerStopped extends Error {
  constructor(readonly reason: "budget" | "memory" | "cancelled") {
    super(`worker stopped: ${reason}`);
    this.name = "WorkerStopped";
  }
}

/**
 * Parse and plan a file in a worker thread within `budgetMs`. When the budget runs out or `signal`
 * aborts, piscina terminates the thread mid-parse (the request thread never waited on it) and this
 * rejects with WorkerStopped; a thread that runs out of heap rejects the same way.
 */
export function runImportTask(
  task: ParseInput,
  options: { budgetMs?: number; signal?: AbortSignal } = {},
): Promise<ParsePlanResult> {
  return runTask<ParsePlanResult>(
    task,
    "default",
    options.budgetMs ?? loadEnv().CLASH_IMPORT_BUDGET_MS,
    options.signal,
  );
}

/**
 * Re-anchor a source's cards in a worker thread within `budgetMs` (CLASH_REANCHOR_BUDGET_MS): a
 * pathological edit of a very long source is stopped (WorkerStopped "budget") instead of holding
 * the server; the caller's transaction then rolls back, so nothing is written.
 */
export function runReanchorTask(text: string, anchors: QuoteAnchor[], budgetMs?: number): Promise<AnchorResult[]> {
  return runTask<AnchorResult[]>({ text, anchors }, "reanchor", budgetMs ?? loadEnv().CLASH_REANCHOR_BUDGET_MS);
}

/** Evaluate a debate in a worker thread within `budgetMs` (CLASH_EVALUATION_BUDGET_MS). */
export function runEvaluationTask(
  debate: DebateDto,
  budgetMs?: number,
): Promise<{ nodes: NodeEvaluation[]; ballot: Ballot }> {
  return runTask(debate, "evaluateGraph", budgetMs ?? loadEnv().CLASH_EVALUATION_BUDGET_MS);
}

/** Encode a debate's download in a worker thread within `budgetMs` (CLASH_EXPORT_BUDGET_MS). */
export function runExportTask(task: ExportTask, budgetMs?: number): Promise<EncodedDownload> {
  return runTask(task, "encodeExport", budgetMs ?? loadEnv().CLASH_EXPORT_BUDGET_MS);
}

async function runTask<R>(task: unknown, name: string, budgetMs: number, cancel?: AbortSignal): Promise<R> {
  const workers = pool(); // building the bundle on first use is not the task's time
  // A thread being started for this task's sake: take it when it is ready (nor is that the task's time).
  if (g.clashImportWarming) await g.clashImportWarming;
  const started = performance.now();
  const timer = AbortSignal.timeout(budgetMs);
  const signal = cancel ? AbortSignal.any([timer, cancel]) : timer;
  const options = { signal };
  g.clashWorkerTasks = (g.clashWorkerTasks ?? 0) + 1;
  try {
    const result = (await workers.run(task, name === "default" ? options : { ...options, name })) as R;
    // The budget is wall-clock time, whichever the event loop handles first: on a starved CPU the
    // worker's answer can be read before the timer that should have stopped it fires.
    if (performance.now() - started > budgetMs) throw new WorkerStopped("budget");
    return result;
  } catch (err) {
    if (err instanceof WorkerStopped) throw err;
    if (cancel?.aborted) throw new WorkerStopped("cancelled");
    if (timer.aborted) throw new WorkerStopped("budget");
    const code = (err as { code?: string })?.code;
    if (code === "ERR_WORKER_OUT_OF_MEMORY") throw new WorkerStopped("memory");
    throw err;
  } finally {
    g.clashWorkerTasks = Math.max(0, (g.clashWorkerTasks ?? 1) - 1);
  }
}

/** Stop every worker thread (tests and the CLI, so the process can exit). */
export async function closeWorkerPools(): Promise<void> {
  const p = g.clashImportPool;
  g.clashImportPool = undefined;
  g.clashImportWarming = null;
  g.clashWorkerTasks = 0;
  await p?.destroy();
}
