import "server-only";
import { randomUUID } from "node:crypto";
import { db, isPostgres } from "../db";
import { emitPresenceLocal, onPresence, PRESENCE_CHANNEL, type PresenceSignal } from "./bus";

/** Who has a debate open: this server's connections, plus what other servers last announced. */
const SERVER_ID = randomUUID();
type Person = { id: string; name: string };
const g = globalThis as unknown as {
  clashPresence?: { local: Map<string, Map<string, Person>>; remote: Map<string, Map<string, Person[]>> };
};
const state = (g.clashPresence ??= {
  local: new Map<string, Map<string, Person>>(),
  remote: new Map<string, Map<string, Person[]>>(),
});

function localPeople(debateId: string): Person[] {
  return [...(state.local.get(debateId)?.values() ?? [])];
}

/** Everyone present in a debate, across servers, each person once. */
export function peopleIn(debateId: string): Person[] {
  const all = [...localPeople(debateId), ...[...(state.remote.get(debateId)?.values() ?? [])].flat()];
  return [...new Map(all.map((p) => [p.id, p])).values()];
}

async function announce(debateId: string): Promise<void> {
  const signal: PresenceSignal = { debateId, server: SERVER_ID, people: localPeople(debateId) };
  emitPresenceLocal(signal);
  if (isPostgres)
    await db.$executeRaw`SELECT pg_notify(${PRESENCE_CHANNEL}, ${JSON.stringify(signal)})`.catch(() => undefined);
}

/** Record remote servers' announcements (called once per debate subscription). */
export function trackRemote(debateId: string): () => void {
  return onPresence(debateId, (p) => {
    if (p.server === SERVER_ID) return;
    const m = state.remote.get(debateId) ?? new Map<string, Person[]>();
    m.set(p.server, p.people);
    state.remote.set(debateId, m);
  });
}

/** Mark a connection present; the returned function removes it. */
export function join(debateId: string, person: Person): () => void {
  const conn = randomUUID();
  const m = state.local.get(debateId) ?? new Map<string, Person>();
  m.set(conn, person);
  state.local.set(debateId, m);
  void announce(debateId);
  return () => {
    m.delete(conn);
    if (m.size === 0) state.local.delete(debateId);
    void announce(debateId);
  };
}
