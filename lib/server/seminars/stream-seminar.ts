import "server-only";
import { studentLabel } from "@/lib/domain/seminar";
import type { SessionUser } from "../auth-guard";
import { db } from "../db";
import { withRead } from "../tx";
import { ensureListening, onChanges, onPresence } from "../events/bus";
import { join, peopleIn, trackRemote } from "../events/presence";
import { accessSeminar } from "./seminar-access";

const HEARTBEAT_MS = 15_000;

/**
 * A seminar's live stream (Server-Sent Events). It carries no rows, only "something changed at
 * seq N": the client then re-reads the seminar through getSeminar, the one place that filters
 * what a student may see and hides classmates' names. Presence is labelled per viewer the same way.
 */
export async function streamSeminar(o: { user: SessionUser | null; seminarId: string; since: number; signal: AbortSignal }): Promise<ReadableStream<Uint8Array>> {
  const a = await withRead((read) => accessSeminar(read, o.seminarId, o.user));
  await ensureListening();
  const { seminar } = a;
  const room = `seminar:${seminar.id}`;
  const enc = new TextEncoder();
  let last = o.since;
  let closed = false;
  const cleanups: (() => void)[] = [];
  const close = () => {
    closed = true;
    for (const c of cleanups.splice(0)) c();
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (!closed) controller.enqueue(enc.encode(text));
      };
      let busy = false;
      let again = false;
      const check = async () => {
        if (busy) return void (again = true);
        busy = true;
        do {
          again = false;
          const max = await db.change.aggregate({ where: { debateId: seminar.debateId }, _max: { seq: true } }).catch(() => null);
          const seq = max?._max.seq ?? 0;
          if (seq > last) {
            last = seq;
            send(`id: ${seq}\nevent: change\ndata: ${JSON.stringify({ seq })}\n\n`);
          }
        } while (again && !closed);
        busy = false;
      };
      const sendPresence = async () => {
        const people = peopleIn(room);
        const seats = await db.seminarParticipant.findMany({ where: { seminarId: seminar.id }, select: { id: true, number: true } }).catch(() => []);
        const number = new Map(seats.map((s) => [s.id, s.number]));
        const shown = people.map((p) => {
          if (a.role === "instructor" || !number.has(p.id)) return { id: p.id, name: p.name };
          if (p.id === a.participant?.id) return { id: p.id, name: "You" };
          return { id: p.id, name: seminar.anonymous ? studentLabel(number.get(p.id)!) : p.name };
        });
        send(`event: presence\ndata: ${JSON.stringify({ people: shown })}\n\n`);
      };
      cleanups.push(onChanges(seminar.debateId, () => void check()));
      cleanups.push(trackRemote(room));
      cleanups.push(onPresence(room, () => setTimeout(() => void sendPresence(), 0)));
      // Students are present under their seat (never their user id); instructors under theirs.
      cleanups.push(join(room, { id: a.participant?.id ?? `instructor-${a.user.id}`, name: a.user.name }));
      const beat = setInterval(() => send(`: keep-alive\n\n`), HEARTBEAT_MS);
      cleanups.push(() => clearInterval(beat));
      send(`retry: 1000\n\n`);
      void check();
      void sendPresence();
      o.signal.addEventListener("abort", () => {
        close();
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      });
    },
    cancel() {
      close();
    },
  });
}
