import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Where one API request spends its time (session, body, authorize, write, commit), sent back as
 * a Server-Timing header when CLASH_SERVER_TIMING=on: the bench reads it to set a write's
 * breakdown against the empty route's floor. Off by default, so production answers do not hand
 * out timings.
 */
type Phases = { start: number; last: number; phases: [string, number][] };

const store = new AsyncLocalStorage<Phases>();

export function timed<T>(enabled: boolean, fn: () => Promise<T>): Promise<T> {
  if (!enabled) return fn();
  const now = performance.now();
  return store.run({ start: now, last: now, phases: [] }, fn);
}

/** End the phase that ran since the last mark (a no-op outside a timed request). */
export function mark(name: string): void {
  const t = store.getStore();
  if (!t) return;
  const now = performance.now();
  t.phases.push([name, now - t.last]);
  t.last = now;
}

/** The Server-Timing header of the current request, or null when it is not timed. */
export function serverTiming(): string | null {
  const t = store.getStore();
  if (!t) return null;
  const end = performance.now();
  return [...t.phases, ["rest", end - t.last] as [string, number], ["total", end - t.start] as [string, number]]
    .map(([n, d]) => `${n};dur=${d.toFixed(2)}`)
    .join(", ");
}
