import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { db } from "../db";
import { AppError } from "../errors";
import { onSessionsForgotten } from "../session-cache";
import type { SseSink } from "../sse";
import { coalesced } from "../sse";
import { withRead } from "../tx";
import { onChanges } from "./bus";
import { aliasLiveEvent } from "../seminars/reader-view";
import type { LiveEvent } from "@/lib/domain/changes";
import { encodeLiveEvent, readChanges, type ChangeBatch, type EncodedChange } from "./read-changes";

/** How often open streams re-read their session, for sign-outs made through another server. */
const SESSION_RECHECK_MS = 60_000;

/** One open stream of a debate. */
export type Subscriber = {
  sink: SseSink;
  /** The seq this stream has sent up to. */
  last: number;
  /** Still reading its own backlog: the shared feed skips it until it has caught up. */
  catchingUp: boolean;
  user: SessionUser | null;
  /** Re-reads the stream's session (null: the caller was anonymous, nothing to re-check). */
  session: (() => Promise<SessionUser | null>) | null;
  /** Classmates' names this subscriber sees as "Student N" (an anonymous seminar); empty: none. */
  aliases: Map<string, string>;
  /** What of the debate a seminar lets this subscriber see (null: everything). */
  shows: ((e: LiveEvent) => boolean) | null;
};

/**
 * The bytes of a change for one subscriber: the shared ones, unless a comment author must be
 * aliased; none when a seminar hides what it is about from this subscriber.
 */
function bytesFor(sub: Subscriber, c: EncodedChange): Uint8Array | null {
  if (sub.shows && !sub.shows(c.event)) return null;
  if (sub.aliases.size === 0 || c.event.entity !== "comment") return c.bytes;
  return encodeLiveEvent(aliasLiveEvent(c.event, sub.aliases));
}

/**
 * All the streams of one debate on this server. On each change signal the hub reads the new
 * rows once, encodes each event once, and sends the same bytes to every subscriber: a write
 * costs one read however many watch it. When a batch may change access (members, links,
 * visibility), each subscriber is authorized again first; those who lost access get an `end`.
 */
type Hub = { debateId: string; last: number; ready: Promise<void>; subs: Set<Subscriber>; stop: () => void };

const g = globalThis as unknown as { clashHubs?: Map<string, Hub> };
const hubs = (g.clashHubs ??= new Map<string, Hub>());

/** Why a subscriber may no longer read (null: it still may). */
async function lostAccess(debateId: string, sub: Subscriber): Promise<string | null> {
  try {
    let user = sub.user;
    if (sub.session) {
      const now = await sub.session();
      if (!now || now.id !== sub.user?.id) return "you were signed out";
      user = now;
    }
    await withRead((read) => authorizeDebate(read, debateId, user, "viewer"));
    return null;
  } catch (err) {
    if (err instanceof AppError) return `you no longer have access to this debate (${err.message})`;
    return null; // a failed check (database away) is not a revocation; the next batch checks again
  }
}

/** Authorize every subscriber again; end the streams of those who lost access. */
async function recheck(hub: Hub, subs: Iterable<Subscriber>): Promise<void> {
  await Promise.all(
    [...subs].map(async (sub) => {
      const reason = await lostAccess(hub.debateId, sub);
      if (reason) sub.sink.end(reason);
    }),
  );
}

function concat(parts: EncodedChange[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.bytes.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p.bytes, at);
    at += p.bytes.byteLength;
  }
  return out;
}

/** Send a batch to the subscribers that are caught up: the shared bytes, or the part they lack. */
function deliver(hub: Hub, batch: ChangeBatch): void {
  let all: Uint8Array | null = null;
  for (const sub of hub.subs) {
    if (sub.catchingUp || sub.sink.closed) continue;
    const fresh = batch.changes.filter((c) => c.seq > sub.last);
    if (fresh.length === batch.changes.length && fresh.length && sub.aliases.size === 0 && !sub.shows)
      sub.sink.sendBytes((all ??= concat(batch.changes)));
    else
      for (const c of fresh) {
        const bytes = bytesFor(sub, c);
        if (bytes) sub.sink.sendBytes(bytes);
      }
    sub.last = Math.max(sub.last, batch.last);
  }
}

async function pumpHub(hub: Hub): Promise<void> {
  await hub.ready;
  for (;;) {
    const batch = await readChanges(hub.debateId, hub.last).catch(() => null);
    if (!batch) return;
    if (batch.touchesAccess) await recheck(hub, hub.subs);
    // From here to the end of the loop body is synchronous: a subscriber finishing its catch-up
    // sees either this batch delivered to it or `hub.last` past its own seq (and reads again).
    deliver(hub, batch);
    hub.last = Math.max(hub.last, batch.last);
    if (!batch.full) return;
  }
}

function createHub(debateId: string): Hub {
  const hub: Hub = {
    debateId,
    last: 0,
    subs: new Set(),
    stop: () => undefined,
    ready: db.change
      .aggregate({ where: { debateId }, _max: { seq: true } })
      .then((r) => void (hub.last = r._max.seq ?? 0)),
  };
  hub.ready.catch(() => undefined);
  const pump = coalesced(
    () => pumpHub(hub),
    () => hub.subs.size === 0,
  );
  const signedIn = () => [...hub.subs].filter((s) => s.session);
  const offChanges = onChanges(debateId, pump);
  const offSessions = onSessionsForgotten(() => void recheck(hub, signedIn()));
  const timer = setInterval(() => void recheck(hub, signedIn()), SESSION_RECHECK_MS);
  hub.stop = () => {
    offChanges();
    offSessions();
    clearInterval(timer);
  };
  return hub;
}

/** Read a new subscriber's own backlog (from its Last-Event-ID) until it has reached the shared feed. */
async function catchUp(hub: Hub, sub: Subscriber): Promise<void> {
  await hub.ready;
  for (;;) {
    const batch = await readChanges(hub.debateId, sub.last).catch(() => null);
    if (sub.sink.closed) return;
    if (!batch) return sub.sink.end(); // the client reconnects and resumes from what it has
    if (batch.touchesAccess) {
      const reason = await lostAccess(hub.debateId, sub);
      if (reason) return sub.sink.end(reason);
    }
    for (const c of batch.changes) {
      const bytes = c.seq > sub.last ? bytesFor(sub, c) : null;
      if (bytes) sub.sink.sendBytes(bytes);
    }
    sub.last = Math.max(sub.last, batch.last);
    if (!batch.full && hub.last <= sub.last) {
      sub.catchingUp = false;
      return;
    }
  }
}

/** Add a stream to its debate's hub: it catches up on its own, then shares the hub's reads. */
export function joinHub(debateId: string, sub: Omit<Subscriber, "catchingUp">): void {
  let hub = hubs.get(debateId);
  if (!hub) hubs.set(debateId, (hub = createHub(debateId)));
  const member: Subscriber = { ...sub, catchingUp: true };
  hub.subs.add(member);
  const joined = hub;
  sub.sink.onClose(() => {
    joined.subs.delete(member);
    if (joined.subs.size === 0 && hubs.get(debateId) === joined) {
      hubs.delete(debateId);
      joined.stop();
    }
  });
  void catchUp(joined, member);
}
