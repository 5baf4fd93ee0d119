import "server-only";
import { readChange, toLiveEvent, type LiveEvent } from "@/lib/domain/changes";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { db, dbReady } from "../db";
import { ensureListening, onChanges, onPresence } from "./bus";
import { join, peopleIn, trackRemote } from "./presence";

const HEARTBEAT_MS = 15_000;
const BATCH = 500;

/** The next batch of changes as live events; `last` is the seq read up to (rows it cannot read are skipped). */
async function changesSince(debateId: string, seq: number): Promise<{ events: LiveEvent[]; last: number; full: boolean }> {
  const rows = await db.change.findMany({ where: { debateId, seq: { gt: seq } }, orderBy: { seq: "asc" }, take: BATCH });
  const events = rows.flatMap((r) => toLiveEvent(readChange(r), { seq: r.seq, at: r.createdAt.toISOString(), actorId: r.actorId }) ?? []);
  return { events, last: rows.at(-1)?.seq ?? seq, full: rows.length === BATCH };
}

/**
 * A debate's live event stream (Server-Sent Events): first every change after `since` (a
 * reconnecting client sends its last seq and misses nothing), then each change as it commits,
 * plus who else is here. Authorization is checked once, at the start, like any read.
 */
export async function streamEvents(o: { user: SessionUser | null; debateId: string; since: number; signal: AbortSignal }): Promise<ReadableStream<Uint8Array>> {
  await dbReady();
  await authorizeDebate(db, o.debateId, o.user, "viewer");
  await ensureListening();
  const enc = new TextEncoder();
  let last = o.since;
  let closed = false;
  const cleanups: (() => void)[] = [];

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (!closed) controller.enqueue(enc.encode(text));
      };
      let pumping: Promise<void> | null = null;
      let again = false;
      // One reader at a time; a signal during a read schedules one more read.
      const pump = () => {
        if (pumping) {
          again = true;
          return;
        }
        pumping = (async () => {
          do {
            again = false;
            for (;;) {
              const batch = await changesSince(o.debateId, last).catch(() => null);
              if (!batch) break;
              for (const e of batch.events) send(`id: ${e.seq}\nevent: change\ndata: ${JSON.stringify(e)}\n\n`);
              last = batch.last;
              if (!batch.full) break;
            }
          } while (again && !closed);
        })().finally(() => {
          pumping = null;
        });
      };
      const sendPresence = () => send(`event: presence\ndata: ${JSON.stringify({ people: peopleIn(o.debateId) })}\n\n`);
      cleanups.push(onChanges(o.debateId, pump));
      cleanups.push(trackRemote(o.debateId));
      cleanups.push(onPresence(o.debateId, () => setTimeout(sendPresence, 0)));
      cleanups.push(join(o.debateId, o.user ? { id: o.user.id, name: o.user.name } : { id: `guest-${Math.random().toString(36).slice(2, 8)}`, name: "Guest" }));
      const beat = setInterval(() => send(`: keep-alive\n\n`), HEARTBEAT_MS);
      cleanups.push(() => clearInterval(beat));
      send(`retry: 1000\n\n`);
      pump();
      sendPresence();
      o.signal.addEventListener("abort", () => {
        closed = true;
        for (const c of cleanups) c();
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      });
    },
    cancel() {
      closed = true;
      for (const c of cleanups) c();
    },
  });
}
