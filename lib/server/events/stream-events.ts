import "server-only";
import { readChange, toLiveEvent, type LiveEvent } from "@/lib/domain/changes";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { db } from "../db";
import { coalesced, sseStream } from "../sse";
import { aliasLiveEvent, streamReader } from "../seminars/reader-view";
import { withRead } from "../tx";
import { ensureListening, onChanges, onPresence } from "./bus";
import { join, peopleIn, trackRemote } from "./presence";

const BATCH = 500;

/** The next batch of changes as live events; `last` is the seq read up to (rows it cannot read are skipped). */
async function changesSince(
  debateId: string,
  seq: number,
): Promise<{ events: LiveEvent[]; last: number; full: boolean }> {
  const rows = await db.change.findMany({
    where: { debateId, seq: { gt: seq } },
    orderBy: { seq: "asc" },
    take: BATCH,
  });
  const events = rows.flatMap(
    (r) => toLiveEvent(readChange(r), { seq: r.seq, at: r.createdAt.toISOString(), actorId: r.actorId }) ?? [],
  );
  return { events, last: rows.at(-1)?.seq ?? seq, full: rows.length === BATCH };
}

/**
 * A debate's live event stream (Server-Sent Events): first every change after `since` (a
 * reconnecting client sends its last seq and misses nothing), then each change as it commits,
 * plus who else is here. Authorization is checked once, at the start, like any read.
 */
export async function streamEvents(options: {
  user: SessionUser | null;
  debateId: string;
  since: number;
  signal: AbortSignal;
}): Promise<ReadableStream<Uint8Array>> {
  const reader = await withRead(async (read) =>
    streamReader(
      read,
      options.debateId,
      options.user,
      (await authorizeDebate(read, options.debateId, options.user, "viewer")).role,
    ),
  );
  await ensureListening();
  let last = options.since;
  return sseStream(options.signal, (sink) => {
    // One reader at a time; a signal during a read schedules one more read.
    const pump = coalesced(
      async () => {
        for (;;) {
          const batch = await changesSince(options.debateId, last).catch(() => null);
          if (!batch) break;
          for (const e of batch.events) sink.send("change", aliasLiveEvent(e, reader.aliases), e.seq);
          last = batch.last;
          if (!batch.full) break;
        }
      },
      () => sink.closed,
    );
    const sendPresence = () => sink.send("presence", { people: peopleIn(options.debateId) });
    sink.onClose(onChanges(options.debateId, pump));
    sink.onClose(trackRemote(options.debateId));
    sink.onClose(onPresence(options.debateId, () => setTimeout(sendPresence, 0)));
    sink.onClose(
      join(
        options.debateId,
        reader.presentAs ?? { id: `guest-${Math.random().toString(36).slice(2, 8)}`, name: "Guest" },
      ),
    );
    pump();
    sendPresence();
  });
}
