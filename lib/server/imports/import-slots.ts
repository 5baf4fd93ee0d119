import "server-only";
import { loadEnv } from "@/lib/env";
import { AppError } from "../errors";

/** Seconds a refused import is told to wait: about how long a large import holds its slot. */
const RETRY_AFTER_SECONDS = 10;

const g = globalThis as unknown as { clashImportSlots?: { total: number; byUser: Map<string, number> } };
const slots = (g.clashImportSlots ??= { total: 0, byUser: new Map<string, number>() });

/**
 * Take one of the server's import slots for `userId`, or refuse with 429 and Retry-After: at most
 * CLASH_IMPORTS_PER_USER imports per user and CLASH_IMPORTS_TOTAL in all run at once, so a few
 * large files cannot queue every worker and every other user behind them. Returns the release
 * (idempotent), to call when the import has finished, failed or been cancelled.
 */
export function acquireImportSlot(userId: string, limits = loadEnv()): () => void {
  const mine = slots.byUser.get(userId) ?? 0;
  if (mine >= limits.CLASH_IMPORTS_PER_USER)
    throw new AppError(
      "rate_limited",
      `you already have ${mine} import${mine === 1 ? "" : "s"} running; wait for one to finish`,
      { retryAfter: RETRY_AFTER_SECONDS, limit: limits.CLASH_IMPORTS_PER_USER },
    );
  if (slots.total >= limits.CLASH_IMPORTS_TOTAL)
    throw new AppError("rate_limited", "the server is busy with other imports; try again shortly", {
      retryAfter: RETRY_AFTER_SECONDS,
    });
  slots.total++;
  slots.byUser.set(userId, mine + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    slots.total--;
    const left = (slots.byUser.get(userId) ?? 1) - 1;
    if (left > 0) slots.byUser.set(userId, left);
    else slots.byUser.delete(userId);
  };
}

/** Imports running now (for tests and the health view). */
export function importsRunning(): { total: number; byUser: number } {
  return { total: slots.total, byUser: slots.byUser.size };
}
