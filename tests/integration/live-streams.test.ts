import { describe, expect, it, vi } from "vitest";
import { CreateLinkInput, CreateNodeInput, UpdateDebateInput } from "@/lib/domain/schemas";
import type { SessionUser } from "@/lib/server/auth-guard";
import { StartSeminarInput } from "@/lib/domain/seminar-schemas";
import { createLink } from "@/lib/server/links/create-link";
import { revokeLink } from "@/lib/server/links/revoke-link";
import { removeMember } from "@/lib/server/debates/remove-member";
import { updateDebate } from "@/lib/server/debates/update-debate";
import { onChanges } from "@/lib/server/events/bus";
import { readDb } from "@/lib/server/db";
import { changeReads } from "@/lib/server/events/read-changes";
import { streamEvents } from "@/lib/server/events/stream-events";
import { createNode } from "@/lib/server/nodes/create-node";
import { startSeminar } from "@/lib/server/seminars/start-seminar";
import { streamSeminar } from "@/lib/server/seminars/stream-seminar";
import { forgetSessions } from "@/lib/server/session-cache";
import { db, expectAppError, makeDebate, makeUser } from "./helpers";

type Open = { until: (pattern: RegExp) => Promise<string>; text: () => string; close: () => void };

/** Open a debate stream and read it as text; `until` reads until the text matches or the stream ends. */
async function open(options: Omit<Parameters<typeof streamEvents>[0], "signal" | "since">): Promise<Open> {
  const ac = new AbortController();
  const reader = (await streamEvents({ ...options, since: 0, signal: ac.signal })).getReader();
  const dec = new TextDecoder();
  let text = "";
  return {
    async until(pattern) {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += dec.decode(value);
      }
      return text;
    },
    text: () => text,
    close: () => ac.abort(),
  };
}

const addNode = (user: SessionUser, debateId: string, title: string) =>
  createNode({ user, debateId, input: CreateNodeInput.parse({ kind: "claim", title }) });

/** Read to the end: the stream must close, after an `end` event. */
async function endOf(s: Open): Promise<{ reason: string }> {
  const text = await s.until(/event: end\ndata: .*\n\n/);
  const m = /event: end\ndata: (.*)\n\n/.exec(text);
  expect(m, `no end event in: ${text.slice(-300)}`).not.toBeNull();
  return JSON.parse(m![1]!) as { reason: string };
}

describe("live streams end when access ends", () => {
  it("a member's stream ends with a reason when the member is removed, and sends nothing after", async () => {
    const member = await makeUser("member");
    const f = await makeDebate({ members: [{ user: member, role: "editor" }] });
    const s = await open({ user: member, debateId: f.debateId });
    await addNode(f.owner, f.debateId, "Before removal");
    await s.until(/Before removal/);
    await removeMember({ user: f.owner, debateId: f.debateId, userId: member.id });
    expect((await endOf(s)).reason).toMatch(/no longer have access/);
    await addNode(f.owner, f.debateId, "After removal");
    expect(await s.until(/(?!)/)).not.toContain("After removal"); // the stream is closed: read returns done
  });

  it("a stream opened through a share link ends with a reason when the link is revoked", async () => {
    const f = await makeDebate({});
    const guest = await makeUser("guest");
    const { link } = await createLink({
      user: f.owner,
      debateId: f.debateId,
      input: CreateLinkInput.parse({ role: "editor" }),
    });
    // The membership a redeemed link leaves (written directly: redeeming is not under test here).
    await db.membership.create({ data: { debateId: f.debateId, userId: guest.id, role: "editor", linkId: link.id } });
    const s = await open({ user: guest, debateId: f.debateId });
    await addNode(f.owner, f.debateId, "Via the link");
    await s.until(/Via the link/);
    await revokeLink({ user: f.owner, linkId: link.id });
    expect((await endOf(s)).reason).toMatch(/no longer have access/);
  });

  it("an anonymous reader's stream ends when a public debate is made private", async () => {
    const f = await makeDebate({ visibility: "public" });
    const s = await open({ user: null, debateId: f.debateId });
    await addNode(f.owner, f.debateId, "While public");
    await s.until(/While public/);
    const { version } = await db.debate.findUniqueOrThrow({ where: { id: f.debateId } });
    await updateDebate({
      user: f.owner,
      debateId: f.debateId,
      input: UpdateDebateInput.parse({ version, visibility: "private" }),
    });
    expect((await endOf(s)).reason).toMatch(/no longer have access/);
    await addNode(f.owner, f.debateId, "Now private");
    expect(await s.until(/(?!)/)).not.toContain("Now private");
  });

  it("a stream ends when its session is signed out", async () => {
    const f = await makeDebate({});
    let signedIn = true;
    const s = await open({ user: f.owner, debateId: f.debateId, session: async () => (signedIn ? f.owner : null) });
    await addNode(f.owner, f.debateId, "Signed in");
    await s.until(/Signed in/);
    signedIn = false;
    forgetSessions(); // what any write to /api/auth (sign-out among them) does
    expect((await endOf(s)).reason).toMatch(/signed out/);
  });

  it("a stream whose access is unchanged keeps going through a membership change", async () => {
    const member = await makeUser("member");
    const other = await makeUser("other");
    const f = await makeDebate({
      members: [
        { user: member, role: "viewer" },
        { user: other, role: "viewer" },
      ],
    });
    const s = await open({ user: member, debateId: f.debateId });
    await removeMember({ user: f.owner, debateId: f.debateId, userId: other.id });
    await addNode(f.owner, f.debateId, "Still here");
    const text = await s.until(/Still here/);
    expect(text).toContain("Still here");
    expect(text).not.toContain("event: end");
    s.close();
  });
});

describe("seminar streams end when access ends", () => {
  it("an instructor's seminar stream ends with a reason once they are removed from the debate", async () => {
    const editor = await makeUser("editor");
    const f = await makeDebate({ members: [{ user: editor, role: "editor" }] });
    const s = await startSeminar({ user: f.owner, input: StartSeminarInput.parse({ debateId: f.debateId }) });
    const ac = new AbortController();
    const reader = (await streamSeminar({ user: editor, seminarId: s.id, since: 0, signal: ac.signal })).getReader();
    await removeMember({ user: f.owner, debateId: f.debateId, userId: editor.id });
    let text = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toMatch(/event: end\ndata: \{"reason":"you no longer have access to this seminar/);
  });
});

describe("live stream fan-out", () => {
  it("one write is read from the change log once, not once per subscriber, and all get the same bytes", async () => {
    const f = await makeDebate({ visibility: "public" });
    const n = 25;
    const streams = await Promise.all(Array.from({ length: n }, () => open({ user: null, debateId: f.debateId })));
    // First write: every stream has caught up (on its own or from the shared feed) once it has it.
    await addNode(f.owner, f.debateId, "First write");
    await Promise.all(streams.map((s) => s.until(/First write/)));
    const before = changeReads();
    // Every read of the change log, whoever makes it (the writer's own reads are not of this table),
    // and every "this debate changed" signal the hub gets: the writer's own, and on PostgreSQL each
    // NOTIFY, which may come late (the first write's can arrive after this line on a loaded machine).
    const findMany = vi.spyOn(readDb.change, "findMany");
    let signals = 0;
    const offSignals = onChanges(f.debateId, () => void signals++);
    await addNode(f.owner, f.debateId, "Second write");
    const texts = await Promise.all(streams.map((s) => s.until(/Second write.*\n\n/)));
    const queries = findMany.mock.calls.length;
    findMany.mockRestore();
    offSignals();
    const reads = changeReads() - before;
    // One read per signal at most, whatever the number of subscribers (before the hub: one read per
    // subscriber per signal, 25 here): one signal on SQLite, two or three on PostgreSQL.
    expect(queries).toBeGreaterThanOrEqual(1);
    expect(queries).toBeLessThanOrEqual(signals);
    expect(signals).toBeLessThan(n / 5);
    expect(reads).toBe(queries);
    const event = (t: string) => /id: \d+\nevent: change\ndata: [^\n]*Second write[^\n]*\n\n/.exec(t)?.[0];
    expect(new Set(texts.map(event)).size).toBe(1);
    expect(event(texts[0]!)).toBeDefined();
    for (const s of streams) s.close();
  });

  it("a reconnecting client catches up on what it missed, then follows the shared feed", async () => {
    const f = await makeDebate({});
    await addNode(f.owner, f.debateId, "Missed one");
    await addNode(f.owner, f.debateId, "Missed two");
    const live = await open({ user: f.owner, debateId: f.debateId });
    await live.until(/Missed two/);
    const late = await open({ user: f.owner, debateId: f.debateId });
    await addNode(f.owner, f.debateId, "Live three");
    const text = await late.until(/Live three/);
    const titles = [...text.matchAll(/"title":"([^"]+)"/g)].map((m) => m[1]);
    expect(titles.filter((t) => t?.startsWith("Missed") || t === "Live three")).toEqual([
      "Missed one",
      "Missed two",
      "Live three",
    ]);
    live.close();
    late.close();
  });
});

describe("live stream caps", () => {
  it("past the per-client cap a new stream is refused with 429 and a retry time; closing one frees a slot", async () => {
    const f = await makeDebate({});
    const cap = 20; // CLASH_SSE_MAX_PER_CLIENT's default
    const streams = await Promise.all(Array.from({ length: cap }, () => open({ user: f.owner, debateId: f.debateId })));
    const err = await expectAppError(open({ user: f.owner, debateId: f.debateId }), "rate_limited");
    expect(err.status).toBe(429);
    expect(err.details).toMatchObject({ retryAfter: expect.any(Number) });
    streams[0]!.close();
    const again = await open({ user: f.owner, debateId: f.debateId });
    again.close();
    for (const s of streams) s.close();
  });
});
