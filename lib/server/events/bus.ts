import "server-only";
import { EventEmitter } from "node:events";
import { readPresenceSignal, type PresenceSignal } from "@/lib/domain/changes";
import { loadEnv } from "@/lib/env";
import { isPostgresUrl } from "@/lib/db/create-client";

/**
 * "Debate X has new changes" signals. Subscribers re-read the change log from their last seq,
 * so a signal carries no data and duplicates are harmless. With SQLite (one server) the bus is
 * in-process; with PostgreSQL every server LISTENs, so a change committed through any server
 * reaches the clients of all of them (NOTIFY is sent inside the writing transaction and delivered
 * only if it commits).
 */
type Bus = { emitter: EventEmitter; listening: Promise<void> | null };
const g = globalThis as unknown as { clashBus?: Bus };
const bus: Bus = (g.clashBus ??= { emitter: new EventEmitter().setMaxListeners(0), listening: null });

export const CHANGES_CHANNEL = "clash_changes";
export const PRESENCE_CHANNEL = "clash_presence";

export type { PresenceSignal };

/** Tell this server's subscribers that a debate changed (after its transaction committed). */
export function signalLocal(debateId: string): void {
  bus.emitter.emit(`changes:${debateId}`);
}

export function onChanges(debateId: string, fn: () => void): () => void {
  bus.emitter.on(`changes:${debateId}`, fn);
  return () => bus.emitter.off(`changes:${debateId}`, fn);
}

export function onPresence(debateId: string, fn: (p: PresenceSignal) => void): () => void {
  bus.emitter.on(`presence:${debateId}`, fn);
  return () => bus.emitter.off(`presence:${debateId}`, fn);
}

export function emitPresenceLocal(p: PresenceSignal): void {
  bus.emitter.emit(`presence:${p.debateId}`, p);
}

/** Start LISTENing on PostgreSQL once per process (no-op on SQLite). */
export function ensureListening(): Promise<void> {
  const url = loadEnv().DATABASE_URL;
  if (!isPostgresUrl(url)) return Promise.resolve();
  bus.listening ??= (async () => {
    const { default: pg } = await import("pg");
    const connect = async () => {
      const client = new pg.Client({ connectionString: url });
      client.on("notification", (n) => {
        if (!n.payload) return;
        if (n.channel === CHANGES_CHANNEL) signalLocal(n.payload);
        if (n.channel === PRESENCE_CHANNEL) {
          const p = readPresenceSignal(n.payload);
          if (p) emitPresenceLocal(p); // a malformed payload is ignored
        }
      });
      // A lost listener reconnects; subscribers catch up by seq, so nothing is missed.
      client.on("error", () => setTimeout(() => void connect().catch(() => undefined), 1_000));
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
    };
    await connect();
  })().catch((err) => {
    bus.listening = null;
    throw err;
  });
  return bus.listening;
}
