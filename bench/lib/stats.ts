// Figures: several runs reduced to a median and a spread (min–max), in one unit.
import { performance } from "node:perf_hooks";

export type Unit = "ms" | "fps" | "MB" | "bytes" | "elements";

/** Runs of one measurement. `timedOutAt` (ms) means no run finished within it; `error` that it could not run. */
export type Figure = {
  median: number;
  min: number;
  max: number;
  runs: number;
  unit: Unit;
  timedOutAt?: number;
  error?: string;
};

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function figure(xs: readonly number[], unit: Unit): Figure {
  if (xs.length === 0) return { median: NaN, min: NaN, max: NaN, runs: 0, unit, error: "no runs" };
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length, unit };
}

export const timedOut = (ms: number, unit: Unit = "ms"): Figure => ({
  median: NaN,
  min: NaN,
  max: NaN,
  runs: 0,
  unit,
  timedOutAt: ms,
});
export const failed = (error: string, unit: Unit = "ms"): Figure => ({
  median: NaN,
  min: NaN,
  max: NaN,
  runs: 0,
  unit,
  error,
});

/**
 * Time `fn` up to `runs` times, stopping early once `budgetMs` is spent (big inputs get fewer
 * runs, never none). A warm-up run first when `warmup` is set, so JIT and caches are warm.
 */
export async function timeRuns(
  fn: () => unknown,
  o: { runs: number; budgetMs?: number; warmup?: boolean },
): Promise<number[]> {
  if (o.warmup) await fn();
  const out: number[] = [];
  const start = performance.now();
  for (let i = 0; i < o.runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
    if (o.budgetMs !== undefined && performance.now() - start > o.budgetMs) break;
  }
  return out;
}

/** Benchmark size settings: BENCH_QUICK=1 for a fast partial run, BENCH_SIZES=100,1000 to choose. */
export const QUICK = process.env.BENCH_QUICK === "1";
export const SIZES: number[] = (process.env.BENCH_SIZES ?? (QUICK ? "100,1000" : "100,1000,5000,20000"))
  .split(",")
  .map(Number);
/** Repetitions: fewer for bigger inputs, whose run-to-run spread is smaller than their cost. */
export const runsFor = (n: number) => (QUICK ? 2 : n >= 20_000 ? 3 : n >= 5_000 ? 3 : 5);
