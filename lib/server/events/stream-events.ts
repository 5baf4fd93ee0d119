import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { db } from "../db";
import { coalesced, sseStream } from "../sse";
import { withRead } from "../tx";
import { ensureListening, onChanges, onPresence } from "./bus";
import { join, peopleIn, trackRemote } from "./presence";

export type ChangeEvent = { seq: number; entity: string; entityId: string; action: string; actorId: string | null; after: unknown; at: string };

const BATCH = 500;

async function changesSince(debateId: string, seq: number): Promise<ChangeEvent[]> {
  const rows = await db.change.findMany({ where: { debateId, seq: { gt: seq } }, orderBy: { seq: "asc" }, take: BATCH });
  return rows.map((r) => ({
    seq: r.seq, entity: r.entity, entityId: r.entityId, action: r.action, actorId: r.actorId,
    after: r.after ? JSON.parse(r.after) : null, at: r.createdAt.toISOString(),
  }));
}

/**
 * A debate's live event stream (Server-Sent Events): first every change after `since` (a
 * reconnecting client sends its last seq and misses nothing), then each change as it commits,
 * plus who else is here. Authorization is checked once, at the start, like any read.
 */
export async function streamEvents(o: { user: SessionUser | null; debateId: string; since: number; signal: AbortSignal }): Promise<ReadableStream<Uint8Array>> {
  await withRead((read) => authorizeDebate(read, o.debateId, o.user, "viewer"));
  await ensureListening();
  let last = o.since;
  return sseStream(o.signal, (sink) => {
    // One reader at a time; a signal during a read schedules one more read.
    const pump = coalesced(async () => {
      for (;;) {
        const events = await changesSince(o.debateId, last).catch(() => []);
        for (const e of events) sink.send("change", e, e.seq);
        if (events.length) last = events.at(-1)!.seq;
        if (events.length < BATCH) break;
      }
    }, () => sink.closed);
    const sendPresence = () => sink.send("presence", { people: peopleIn(o.debateId) });
    sink.onClose(onChanges(o.debateId, pump));
    sink.onClose(trackRemote(o.debateId));
    sink.onClose(onPresence(o.debateId, () => setTimeout(sendPresence, 0)));
    sink.onClose(join(o.debateId, o.user ? { id: o.user.id, name: o.user.name } : { id: `guest-${Math.random().toString(36).slice(2, 8)}`, name: "Guest" }));
    pump();
    sendPresence();
  });
}
