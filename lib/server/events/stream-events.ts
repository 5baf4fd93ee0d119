import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { sseStream } from "../sse";
import { seminarChangeFilter, seminarViewFor, streamReader } from "../seminars/reader-view";
import { withRead } from "../tx";
import { ensureListening, onPresence } from "./bus";
import { joinHub } from "./debate-hub";
import { join, peopleIn, trackRemote } from "./presence";
import { reserveStream } from "./stream-caps";

/**
 * A debate's live event stream (Server-Sent Events): first every change after `since` (a
 * reconnecting client sends its last seq and misses nothing), then each change as it commits,
 * plus who else is here. Authorized at the start like any read, and again whenever a change may
 * have taken access away or the session may have ended: the stream then ends with a reason.
 * Streams are capped per debate and per client (429 past the cap).
 */
export async function streamEvents(options: {
  user: SessionUser | null;
  debateId: string;
  since: number;
  signal: AbortSignal;
  /** Re-reads the caller's session (sign-out ends the stream); omitted: the user is taken as is. */
  session?: () => Promise<SessionUser | null>;
  /** Who the per-client cap counts against when anonymous (a trusted address; null: no per-client cap). */
  clientKey?: string | null;
}): Promise<ReadableStream<Uint8Array>> {
  const { debateId, user } = options;
  const reader = await withRead(async (read) => {
    const { role } = await authorizeDebate(read, debateId, user, "viewer");
    // A seminar's unrevealed speeches and other seminars' work stay out of the stream, replay included.
    const shows = await seminarChangeFilter(read, debateId, await seminarViewFor(read, debateId, user, role));
    return { ...(await streamReader(read, debateId, user, role)), shows };
  });
  await ensureListening();
  const release = reserveStream(`debate:${debateId}`, user ? `user:${user.id}` : (options.clientKey ?? null));
  return sseStream(options.signal, (sink) => {
    sink.onClose(release);
    const session = user ? (options.session ?? null) : null;
    joinHub(debateId, { sink, last: options.since, user, session, aliases: reader.aliases, shows: reader.shows });
    const sendPresence = () => sink.send("presence", { people: peopleIn(debateId) });
    sink.onClose(trackRemote(debateId));
    sink.onClose(onPresence(debateId, () => setTimeout(sendPresence, 0)));
    sink.onClose(
      join(debateId, reader.presentAs ?? { id: `guest-${Math.random().toString(36).slice(2, 8)}`, name: "Guest" }),
    );
    sendPresence();
  });
}
