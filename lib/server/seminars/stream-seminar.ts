import "server-only";
import { studentLabel } from "@/lib/domain/seminar";
import type { SessionUser } from "../auth-guard";
import { db } from "../db";
import { AppError } from "../errors";
import { onSessionsForgotten } from "../session-cache";
import { coalesced, sseStream, type SseSink } from "../sse";
import { withRead } from "../tx";
import { ensureListening, onChanges, onPresence } from "../events/bus";
import { join, peopleIn, trackRemote } from "../events/presence";
import { reserveStream } from "../events/stream-caps";
import { accessSeminar, type SeminarAccess } from "./seminar-access";

/** Changes of these entities can take a seat or a role away: the stream then checks access again. */
const ACCESS_ENTITIES = new Set(["debate", "membership", "link", "seminar"]);
/** How often an open stream re-reads its session, for sign-outs made through another server. */
const SESSION_RECHECK_MS = 60_000;

/** The newest seq after `last`, and whether a change since then may have changed access (one query). */
async function newestSince(debateId: string, last: number): Promise<{ seq: number; touchesAccess: boolean } | null> {
  const groups = await db.change
    .groupBy({ by: ["entity"], where: { debateId, seq: { gt: last } }, _max: { seq: true } })
    .catch(() => null);
  if (!groups) return null;
  const seq = Math.max(last, ...groups.map((g) => g._max.seq ?? 0));
  return { seq, touchesAccess: groups.some((g) => ACCESS_ENTITIES.has(g.entity)) };
}

/** End the stream with a reason if the caller lost their seat or role, or was signed out. */
async function recheck(
  sink: SseSink,
  seminarId: string,
  user: SessionUser,
  session: (() => Promise<SessionUser | null>) | null,
): Promise<void> {
  try {
    const now = session ? await session() : user;
    if (!now || now.id !== user.id) return sink.end("you were signed out");
    await withRead((read) => accessSeminar(read, seminarId, now));
  } catch (err) {
    if (err instanceof AppError) sink.end(`you no longer have access to this seminar (${err.message})`);
  }
}

/** Presence labelled for one viewer: students appear under their seat, anonymously when the seminar is. */
async function presenceFor(a: SeminarAccess, room: string) {
  const people = peopleIn(room);
  const seats = await db.seminarParticipant
    .findMany({ where: { seminarId: a.seminar.id }, select: { id: true, number: true } })
    .catch(() => []);
  const number = new Map(seats.map((s) => [s.id, s.number]));
  return people.map((p) => {
    if (a.role === "instructor" || !number.has(p.id)) return { id: p.id, name: p.name };
    if (p.id === a.participant?.id) return { id: p.id, name: "You" };
    return { id: p.id, name: a.seminar.anonymous ? studentLabel(number.get(p.id)!) : p.name };
  });
}

/**
 * A seminar's live stream (Server-Sent Events). It carries no rows, only "something changed at
 * seq N": the client then re-reads the seminar through getSeminar, the one place that filters
 * what a student may see and hides classmates' names. Presence is labelled per viewer the same way.
 * Access is checked again when a change may have taken it away and when sessions end; the stream
 * then ends with a reason. Streams are capped per seminar and per client (429 past the cap).
 */
export async function streamSeminar(options: {
  user: SessionUser | null;
  seminarId: string;
  since: number;
  signal: AbortSignal;
  /** Re-reads the caller's session (sign-out ends the stream); omitted: the user is taken as is. */
  session?: () => Promise<SessionUser | null>;
}): Promise<ReadableStream<Uint8Array>> {
  const a = await withRead((read) => accessSeminar(read, options.seminarId, options.user));
  await ensureListening();
  const { seminar } = a;
  const room = `seminar:${seminar.id}`;
  const release = reserveStream(room, `user:${a.user.id}`);
  let last = options.since;
  return sseStream(options.signal, (sink) => {
    sink.onClose(release);
    const session = options.session ?? null;
    const check = coalesced(
      async () => {
        const newest = await newestSince(seminar.debateId, last);
        if (!newest) return;
        if (newest.touchesAccess) await recheck(sink, seminar.id, a.user, session);
        // Only the newest seq matters, so a burst of commits costs at most two reads.
        if (newest.seq > last) {
          last = newest.seq;
          sink.send("change", { seq: newest.seq }, newest.seq);
        }
      },
      () => sink.closed,
    );
    const sendPresence = async () => sink.send("presence", { people: await presenceFor(a, room) });
    const recheckSession = () => void recheck(sink, seminar.id, a.user, session);
    const timer = setInterval(recheckSession, SESSION_RECHECK_MS);
    sink.onClose(() => clearInterval(timer));
    sink.onClose(onSessionsForgotten(recheckSession));
    sink.onClose(onChanges(seminar.debateId, check));
    sink.onClose(trackRemote(room));
    sink.onClose(onPresence(room, () => setTimeout(() => void sendPresence(), 0)));
    // Students are present under their seat (never their user id); instructors under theirs.
    sink.onClose(join(room, { id: a.participant?.id ?? `instructor-${a.user.id}`, name: a.user.name }));
    check();
    void sendPresence();
  });
}
