import "server-only";
import { loadEnv } from "@/lib/env";
import { AppError } from "../errors";

/** Open streams on this server, by room (a debate or a seminar) and by client. */
const g = globalThis as unknown as { clashStreamCounts?: { rooms: Map<string, number>; clients: Map<string, number> } };
const counts = (g.clashStreamCounts ??= { rooms: new Map<string, number>(), clients: new Map<string, number>() });

/** How long a refused client is told to wait: streams end when tabs close, so soon. */
const RETRY_AFTER_S = 30;

function bump(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

/**
 * Reserve a stream slot for `client` (a user id or trusted address; null: no per-client cap,
 * so clients that cannot be told apart never lock each other out) in `room`, or answer 429.
 * Checked and counted in one synchronous step, so concurrent opens cannot overshoot. The
 * returned function frees the slot (once).
 */
export function reserveStream(room: string, client: string | null): () => void {
  const env = loadEnv();
  const refuse = (what: string) =>
    new AppError("rate_limited", `too many live streams ${what}; try again later`, { retryAfter: RETRY_AFTER_S });
  if ((counts.rooms.get(room) ?? 0) >= env.CLASH_SSE_MAX_PER_DEBATE) throw refuse("on this debate");
  if (client && (counts.clients.get(client) ?? 0) >= env.CLASH_SSE_MAX_PER_CLIENT) throw refuse("from this client");
  bump(counts.rooms, room, 1);
  if (client) bump(counts.clients, client, 1);
  let freed = false;
  return () => {
    if (freed) return;
    freed = true;
    bump(counts.rooms, room, -1);
    if (client) bump(counts.clients, client, -1);
  };
}
