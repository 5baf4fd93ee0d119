import "server-only";
import { studentLabel } from "@/lib/domain/seminar";
import type { SessionUser } from "../auth-guard";
import { db } from "../db";
import { coalesced, sseStream } from "../sse";
import { withRead } from "../tx";
import { ensureListening, onChanges, onPresence } from "../events/bus";
import { join, peopleIn, trackRemote } from "../events/presence";
import { accessSeminar } from "./seminar-access";

/**
 * A seminar's live stream (Server-Sent Events). It carries no rows, only "something changed at
 * seq N": the client then re-reads the seminar through getSeminar, the one place that filters
 * what a student may see and hides classmates' names. Presence is labelled per viewer the same way.
 */
export async function streamSeminar(options: {
  user: SessionUser | null;
  seminarId: string;
  since: number;
  signal: AbortSignal;
}): Promise<ReadableStream<Uint8Array>> {
  const a = await withRead((read) => accessSeminar(read, options.seminarId, options.user));
  await ensureListening();
  const { seminar } = a;
  const room = `seminar:${seminar.id}`;
  let last = options.since;
  return sseStream(options.signal, (sink) => {
    // Only the newest seq matters, so a burst of commits costs at most two reads.
    const check = coalesced(
      async () => {
        const max = await db.change
          .aggregate({ where: { debateId: seminar.debateId }, _max: { seq: true } })
          .catch(() => null);
        const seq = max?._max.seq ?? 0;
        if (seq > last) {
          last = seq;
          sink.send("change", { seq }, seq);
        }
      },
      () => sink.closed,
    );
    const sendPresence = async () => {
      const people = peopleIn(room);
      const seats = await db.seminarParticipant
        .findMany({ where: { seminarId: seminar.id }, select: { id: true, number: true } })
        .catch(() => []);
      const number = new Map(seats.map((s) => [s.id, s.number]));
      const shown = people.map((p) => {
        if (a.role === "instructor" || !number.has(p.id)) return { id: p.id, name: p.name };
        if (p.id === a.participant?.id) return { id: p.id, name: "You" };
        return { id: p.id, name: seminar.anonymous ? studentLabel(number.get(p.id)!) : p.name };
      });
      sink.send("presence", { people: shown });
    };
    sink.onClose(onChanges(seminar.debateId, check));
    sink.onClose(trackRemote(room));
    sink.onClose(onPresence(room, () => setTimeout(() => void sendPresence(), 0)));
    // Students are present under their seat (never their user id); instructors under theirs.
    sink.onClose(join(room, { id: a.participant?.id ?? `instructor-${a.user.id}`, name: a.user.name }));
    check();
    void sendPresence();
  });
}
