import { describe, expect, it, vi } from "vitest";
import { CONTEXT_CHARS } from "@/lib/domain/anchoring";
import { ANSWER_COLUMN, MIN_ROW } from "@/lib/domain/placement";
import {
  ContributionInput,
  FeedbackInput,
  OpenTaskInput,
  RevealInput,
  StartSeminarInput,
} from "@/lib/domain/seminar-schemas";
import type { SessionUser } from "@/lib/server/auth-guard";
import { addContribution } from "@/lib/server/seminars/add-contribution";
import { closeTask } from "@/lib/server/seminars/close-task";
import { deleteContribution } from "@/lib/server/seminars/delete-contribution";
import { endSeminar } from "@/lib/server/seminars/end-seminar";
import { exportSeminar } from "@/lib/server/seminars/export-seminar";
import { getSeminar } from "@/lib/server/seminars/get-seminar";
import { giveFeedback } from "@/lib/server/seminars/give-feedback";
import { CODE_SPACE, JOIN_LIMIT } from "@/lib/server/seminars/join-limit";
import { resetCeiling } from "@/lib/server/load-shed";
import { joinClientKey, joinSeminar } from "@/lib/server/seminars/join-seminar";
import { openTask } from "@/lib/server/seminars/open-task";
import { releaseFeedback } from "@/lib/server/seminars/release-feedback";
import { revealSpeech } from "@/lib/server/seminars/reveal-speech";
import { startSeminar } from "@/lib/server/seminars/start-seminar";
import { updateContribution } from "@/lib/server/seminars/update-contribution";
import { getDebate } from "@/lib/server/debates/get-debate";
import { searchDebate } from "@/lib/server/debates/search-debate";
import {
  db,
  expectAppError,
  makeDebate,
  makeSource,
  makeUser,
  snapshot,
  unique,
  withPoisonedChangeLog,
} from "./helpers";

/** A debate with a speech on each side: a1 (1AC) ← n1 (1NC) ← a2 (2AC), plus a speechless resolution. */
async function debateWithSpeeches() {
  const f = await makeDebate({});
  const [a1, n1, a2, res] = [unique("a1"), unique("n1"), unique("a2"), unique("res")];
  await db.argNode.createMany({
    data: [
      { id: a1, debateId: f.debateId, kind: "claim", side: "aff", speech: "1AC", title: "Training fuels extremism" },
      {
        id: n1,
        debateId: f.debateId,
        kind: "rebuttal",
        side: "neg",
        speech: "1NC",
        title: "Training is only training",
      },
      {
        id: a2,
        debateId: f.debateId,
        kind: "rebuttal",
        side: "aff",
        speech: "2AC",
        title: "Khalimov used his training",
      },
      { id: res, debateId: f.debateId, kind: "claim", side: "neutral", title: "Resolved: condition assistance" },
    ],
  });
  await db.edge.createMany({
    data: [
      { debateId: f.debateId, sourceId: n1, targetId: a1, relation: "rebuts" },
      { debateId: f.debateId, sourceId: a2, targetId: n1, relation: "rebuts" },
    ],
  });
  // makeDebate's three speechless arguments get speeches too, so the reveal decides what shows.
  await db.argNode.updateMany({ where: { id: { in: Object.values(f.nodes) } }, data: { speech: "2NR" } });
  return { ...f, ids: { a1, n1, a2, res } };
}

async function seminarOn(o: { anonymous?: boolean; allowGuests?: boolean } = {}) {
  const f = await debateWithSpeeches();
  const s = await startSeminar({ user: f.owner, input: StartSeminarInput.parse({ debateId: f.debateId, ...o }) });
  const join = async (label: string) => {
    const user = await makeUser(label);
    await joinSeminar({ user, input: { code: s.code }, client: `test:${user.id}` });
    return user;
  };
  const version = async () => (await db.seminar.findUniqueOrThrow({ where: { id: s.id } })).version;
  const open = async (prompt = "Answer the 1NC", targetNodeId: string | null = f.ids.n1) =>
    openTask({
      user: f.owner,
      seminarId: s.id,
      input: OpenTaskInput.parse({ version: await version(), prompt, targetNodeId }),
    });
  const reveal = async (step: "next" | "previous" = "next") =>
    revealSpeech({ user: f.owner, seminarId: s.id, input: RevealInput.parse({ version: await version(), step }) });
  const rebut = (user: SessionUser, title: string, targetId: string = f.ids.n1) =>
    addContribution({
      user,
      seminarId: s.id,
      input: ContributionInput.parse({ type: "argument", kind: "rebuttal", title, targetId }),
    });
  return { f, s, join, version, open, reveal, rebut };
}

describe("joining a seminar", () => {
  it("by its code, with an account; an editor of the debate joins as instructor", async () => {
    const { f, s } = await seminarOn();
    expect(s.code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    const ada = await makeUser("ada");
    const r = await joinSeminar({ user: ada, input: { code: s.code.toLowerCase().replace("-", " ") }, client: "t1" });
    expect(r).toMatchObject({ seminarId: s.id, role: "student", label: ada.name });
    expect((await joinSeminar({ user: ada, input: { code: s.code }, client: "t1" })).role).toBe("student"); // same seat
    expect(await db.seminarParticipant.count({ where: { seminarId: s.id } })).toBe(1);
    expect((await joinSeminar({ user: f.owner, input: { code: s.code }, client: "t1" })).role).toBe("instructor");
    // A seat gives no rights on the debate itself.
    await expectAppError(getDebate({ user: ada, debateId: f.debateId }), "forbidden");
  });

  it("numbers students in joining order, concurrent joins included", async () => {
    const { s } = await seminarOn({ anonymous: true });
    const users = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => makeUser(`c${i}`)));
    const labels = await Promise.all(
      users.map((user) => joinSeminar({ user, input: { code: s.code }, client: unique("c") })),
    );
    expect(labels.map((l) => l.label).sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Student ${n}`));
  });

  it("refuses wrong codes, then rate-limits the client (even the right code) but not others", async () => {
    const { s } = await seminarOn();
    const client = unique("ip");
    const user = await makeUser("guesser");
    await expectAppError(joinSeminar({ user, input: { code: "ZZZ-ZZZ" }, client }), "not_found");
    await expectAppError(joinSeminar({ user, input: { code: "not a code" }, client }), "not_found");
    for (let i = 2; i < JOIN_LIMIT.max; i++)
      await expectAppError(joinSeminar({ user, input: { code: "ZZZ-ZZ2" }, client }), "not_found");
    const limited = await expectAppError(joinSeminar({ user, input: { code: s.code }, client }), "rate_limited");
    expect(limited.message).toMatch(/too many wrong codes/);
    expect(await db.seminarParticipant.count({ where: { seminarId: s.id } })).toBe(0);
    expect((await joinSeminar({ user, input: { code: s.code }, client: unique("other") })).role).toBe("student");
  });

  it("keys wrong codes by client, never by a minted guest (each guess would get a fresh bucket)", async () => {
    const req = new Request("http://localhost:3000/api/seminars/join", {
      headers: { "x-forwarded-for": "203.0.113.9" },
    });
    const guest = { id: "g1", name: "Gus", email: "guest-g1@guest.clash.local" };
    const member = await makeUser("member");
    // No trusted proxy in the tests: a forged X-Forwarded-For is not believed, a guest is nobody.
    expect(joinClientKey(req, guest)).toBeNull();
    expect(joinClientKey(req, null)).toBeNull();
    expect(joinClientKey(req, member)).toBe(`user:${member.id}`);
  });

  it("sheds a flood of wrong codes from unidentifiable clients for a second, never locking others out, and a right code spends nothing", async () => {
    resetCeiling("seminar-code-space");
    const { s } = await seminarOn({ allowGuests: true });
    const now = Date.now();
    const clock = vi.spyOn(Date, "now").mockReturnValue(now);
    try {
      let shed: unknown = null;
      for (let i = 0; i <= CODE_SPACE.burst && !shed; i++) {
        shed = await joinSeminar({ user: null, input: { code: "ZZZZZ-ZZZZZ", name: "Mallory" }, client: null }).catch(
          (e: unknown) => e,
        );
        if ((shed as { code?: string })?.code === "not_found") shed = null;
      }
      expect(shed).toMatchObject({ code: "rate_limited", details: { retryAfter: 1 } });
      // A second later there is room again, for anybody: the right code gets in, as often as needed.
      clock.mockReturnValue(now + 1_000);
      for (let i = 0; i < 3; i++)
        expect((await joinSeminar({ user: null, input: { code: s.code, name: `Gus ${i}` }, client: null })).role).toBe(
          "student",
        );
    } finally {
      clock.mockRestore();
      resetCeiling("seminar-code-space");
    }
  });

  it("lets guests in only when the instructor allows it, as a real signed-in principal", async () => {
    const closed = await seminarOn();
    await expectAppError(
      joinSeminar({ user: null, input: { code: closed.s.code, name: "Gus" }, client: unique("c") }),
      "unauthorized",
    );
    const open = await seminarOn({ allowGuests: true });
    await expectAppError(
      joinSeminar({ user: null, input: { code: open.s.code }, client: unique("c") }),
      "validation_failed",
    );
    const r = await joinSeminar({
      user: null,
      input: { code: open.s.code, name: "Gus the guest" },
      client: unique("c"),
      userAgent: "vitest",
    });
    expect(r.role).toBe("student");
    expect(r.guestSession?.token).toMatch(/^[A-Za-z0-9]{32}$/);
    const session = await db.session.findUniqueOrThrow({
      where: { token: r.guestSession!.token },
      include: { user: true },
    });
    expect(session.user).toMatchObject({ name: "Gus the guest", emailVerified: false });
    expect(session.user.email).toMatch(/@guest\.clash\.local$/);
    expect(await db.account.count({ where: { userId: session.userId } })).toBe(0); // no password: cannot sign in again
    const guest = { id: session.user.id, name: session.user.name, email: session.user.email };
    expect((await getSeminar({ user: guest, seminarId: open.s.id })).role).toBe("student");
    // A guest identity is not an account: a seminar that wants accounts refuses it.
    await expectAppError(
      joinSeminar({ user: guest, input: { code: closed.s.code }, client: unique("c") }),
      "forbidden",
    );
  });

  it("refuses an ended seminar's code", async () => {
    const { f, s, version } = await seminarOn();
    await endSeminar({ user: f.owner, seminarId: s.id, version: await version() });
    const e = await expectAppError(
      joinSeminar({ user: await makeUser("late"), input: { code: s.code }, client: unique("c") }),
      "forbidden",
    );
    expect(e.message).toMatch(/ended/);
  });
});

describe("progressive reveal", () => {
  it("filters what students get; the instructor sees everything", async () => {
    const { f, s, join, reveal } = await seminarOn();
    const ada = await join("ada");
    const shown = async () => (await getSeminar({ user: ada, seminarId: s.id })).graph.nodes.map((n) => n.id).sort();
    expect(await shown()).toEqual([f.ids.res]);
    expect((await reveal()).live).toBe("1AC");
    expect(await shown()).toEqual([f.ids.a1, f.ids.res].sort());
    expect((await reveal()).live).toBe("1NC"); // CX1 has no arguments: skipped
    const view = await getSeminar({ user: ada, seminarId: s.id });
    expect(view.graph.nodes.map((n) => n.id).sort()).toEqual([f.ids.a1, f.ids.n1, f.ids.res].sort());
    expect(view.graph.edges).toHaveLength(1);
    expect(view.revealedIndex).toBe(2);
    expect(JSON.stringify(view)).not.toContain("Khalimov used his training");
    const teacher = await getSeminar({ user: f.owner, seminarId: s.id });
    expect(teacher.graph.nodes).toHaveLength(7);
    expect(teacher.speeches).toEqual(["1AC", "1NC", "2AC", "2NR"]);
    await reveal("previous");
    expect(await shown()).toEqual([f.ids.a1, f.ids.res].sort());
  });

  it("search on a public debate finds for a reader only what the open seminar has revealed; the instructor finds everything", async () => {
    const { f, reveal } = await seminarOn();
    await db.debate.update({ where: { id: f.debateId }, data: { visibility: "public" } });
    const reader = await makeUser("reader");
    const found = async (user: SessionUser | null) =>
      (await searchDebate({ user, debateId: f.debateId, q: "training", limit: 20 })).map((h) => h.id).sort();
    expect(await found(reader)).toEqual([]);
    await reveal();
    expect(await found(reader)).toEqual([f.ids.a1]);
    expect(await found(null)).toEqual([f.ids.a1]);
    expect(await found(f.owner)).toEqual([f.ids.a1, f.ids.n1, f.ids.a2].sort());
  });

  it("keeps the judge's decision from students, readers and their attachments until its own step after the last speech", async () => {
    const { f, s, join, reveal, version } = await seminarOn();
    // Public, so that the debate's own map is open to the student too (the reader view).
    await db.debate.update({ where: { id: f.debateId }, data: { visibility: "public" } });
    const rfd = unique("rfd");
    await db.argNode.create({
      data: { id: rfd, debateId: f.debateId, kind: "claim", side: "neutral", role: "decision", title: "Decision: Aff" },
    });
    const ada = await join("ada");
    const seen = async () => (await getSeminar({ user: ada, seminarId: s.id })).graph.nodes.map((n) => n.id);
    expect(await seen()).not.toContain(rfd);
    // Every speech (1AC, 1NC, 2AC, 2NR), and still not the decision.
    for (const live of ["1AC", "1NC", "2AC", "2NR"]) expect((await reveal()).live).toBe(live);
    expect(await seen()).not.toContain(rfd);
    expect((await getDebate({ user: ada, debateId: f.debateId })).nodes.map((n) => n.id)).not.toContain(rfd);
    await openTask({
      user: f.owner,
      seminarId: s.id,
      input: OpenTaskInput.parse({ version: await version(), prompt: "Answer the decision", targetNodeId: null }),
    });
    await expectAppError(
      addContribution({
        user: ada,
        seminarId: s.id,
        input: ContributionInput.parse({ type: "argument", kind: "rebuttal", title: "Wrong call", targetId: rfd }),
      }),
      "validation_failed",
    );
    expect((await getSeminar({ user: f.owner, seminarId: s.id })).decision).toBe(true);

    // Its step: the decision shows, with no live speech; then nothing further.
    const last = await reveal();
    expect(last.live).toBeNull();
    expect(await seen()).toContain(rfd);
    expect((await getDebate({ user: ada, debateId: f.debateId })).nodes.map((n) => n.id)).toContain(rfd);
    await expectAppError(reveal(), "conflict");
    // Back a step: the 2NR, without the decision.
    expect((await reveal("previous")).live).toBe("2NR");
    expect(await seen()).not.toContain(rfd);
  });

  it("is the instructor's alone, and a stale step is refused", async () => {
    const { f, s, join, version } = await seminarOn();
    const ada = await join("ada");
    await expectAppError(
      revealSpeech({
        user: ada,
        seminarId: s.id,
        input: RevealInput.parse({ version: await version(), step: "next" }),
      }),
      "forbidden",
    );
    const v = await version();
    await revealSpeech({ user: f.owner, seminarId: s.id, input: RevealInput.parse({ version: v, step: "next" }) });
    await expectAppError(
      revealSpeech({ user: f.owner, seminarId: s.id, input: RevealInput.parse({ version: v, step: "next" }) }),
      "conflict",
    );
    expect((await db.seminar.findUniqueOrThrow({ where: { id: s.id } })).revealed).toBe(0);
  });
});

describe("tasks and contributions", () => {
  it("refuses a student's write outside an open task, and writes nothing", async () => {
    const { f, s, join, reveal, open, rebut, version } = await seminarOn();
    const ada = await join("ada");
    await reveal();
    await reveal();
    const before = await snapshot(f.debateId);
    const e = await expectAppError(rebut(ada, "Too early"), "forbidden");
    expect(e.message).toMatch(/the floor is closed/);
    await expectAppError(
      addContribution({
        user: ada,
        seminarId: s.id,
        input: ContributionInput.parse({ type: "comment", nodeId: f.ids.n1, body: "hm" }),
      }),
      "forbidden",
    );
    expect(await snapshot(f.debateId)).toEqual(before);
    expect(await db.seminarContribution.count({ where: { seminarId: s.id } })).toBe(0);

    const task = await open();
    const made = await rebut(ada, "Most trainees never defect");
    const node = await db.argNode.findUniqueOrThrow({ where: { id: made.nodeId! } });
    expect(node).toMatchObject({ side: "aff", speech: "2AC", kind: "rebuttal" });
    expect(await db.edge.count({ where: { sourceId: node.id, targetId: f.ids.n1, relation: "rebuts" } })).toBe(1);
    await closeTask({ user: f.owner, seminarId: s.id, taskId: task.id, version: await version() });
    const after = await snapshot(f.debateId);
    await expectAppError(rebut(ada, "Too late"), "forbidden");
    await expectAppError(
      updateContribution({
        user: ada,
        seminarId: s.id,
        contributionId: made.id,
        input: { version: made.version, title: "edited late" },
      }),
      "forbidden",
    );
    await expectAppError(deleteContribution({ user: ada, seminarId: s.id, contributionId: made.id }), "forbidden");
    expect(await snapshot(f.debateId)).toEqual(after);
  });

  it("lets students attach only to what they can see, edit and delete only their own; instructors do not contribute", async () => {
    const { f, s, join, reveal, open, rebut } = await seminarOn();
    const [ada, bob] = [await join("ada"), await join("bob")];
    await reveal();
    await open("Answer the 1AC", f.ids.a1);
    await expectAppError(rebut(ada, "Peeking", f.ids.a2), "validation_failed"); // 2AC not revealed
    await expectAppError(rebut(f.owner, "Teacher"), "forbidden");
    const mine = await rebut(ada, "Mine", f.ids.a1);
    await expectAppError(
      updateContribution({
        user: bob,
        seminarId: s.id,
        contributionId: mine.id,
        input: { version: mine.version, title: "hijack" },
      }),
      "not_found",
    );
    await expectAppError(deleteContribution({ user: bob, seminarId: s.id, contributionId: mine.id }), "not_found");
    const edited = await updateContribution({
      user: ada,
      seminarId: s.id,
      contributionId: mine.id,
      input: { version: mine.version, title: "Mine, better" },
    });
    expect((await db.argNode.findUniqueOrThrow({ where: { id: mine.nodeId! } })).title).toBe("Mine, better");
    await expectAppError(
      updateContribution({
        user: ada,
        seminarId: s.id,
        contributionId: mine.id,
        input: { version: mine.version, title: "stale" },
      }),
      "conflict",
    );
    // Bob answers Ada's contribution (visible to him: it is the seminar's), then Ada takes hers back.
    const reply = await rebut(bob, "Answering Ada", mine.nodeId!);
    expect(reply.nodeId).toBeTruthy();
    await deleteContribution({ user: ada, seminarId: s.id, contributionId: edited.id });
    expect(await db.argNode.count({ where: { id: mine.nodeId! } })).toBe(0);
    expect(await db.seminarContribution.count({ where: { id: mine.id } })).toBe(0);
  });

  it("places answers beside their target below its other answers, and a new thread under the whole map", async () => {
    const { f, s, join, reveal, open, rebut } = await seminarOn(); // every argument starts at 0,0
    const [ada, bob] = [await join("ada"), await join("bob")];
    await reveal();
    await open("Answer the 1AC", f.ids.a1);
    const at = async (nodeId: string | null) =>
      db.argNode.findUniqueOrThrow({ where: { id: nodeId! }, select: { x: true, y: true } });
    // a1 already has one answer (n1), so the first contribution goes one row under it.
    expect(await at((await rebut(ada, "First answer", f.ids.a1)).nodeId)).toEqual({ x: ANSWER_COLUMN, y: MIN_ROW });
    expect(await at((await rebut(bob, "Second answer", f.ids.a1)).nodeId)).toEqual({
      x: ANSWER_COLUMN,
      y: 2 * MIN_ROW,
    });
    const thread = await addContribution({
      user: ada,
      seminarId: s.id,
      input: ContributionInput.parse({ type: "argument", kind: "claim", title: "A new thread" }),
    });
    expect(await at(thread.nodeId)).toEqual({ x: 0, y: 3 * MIN_ROW });
  });

  it("cuts a card from quoted words, comments, and writes the contribution row with the node or not at all", async () => {
    const { f, s, join, reveal, open } = await seminarOn();
    const ada = await join("ada");
    const src = await makeSource(f.debateId, "Most trainees never join terror groups. Russia gives far more aid.");
    await reveal();
    await open("Cut a card against the 1AC", f.ids.a1);
    const input = ContributionInput.parse({
      type: "argument",
      kind: "evidence",
      title: "Trainees stay loyal",
      targetId: f.ids.a1,
      relation: "rebuts",
      card: { sourceId: src.id, quote: "Russia gives far more aid" },
    });
    const c = await addContribution({ user: ada, seminarId: s.id, input });
    const card = await db.argNode.findUniqueOrThrow({ where: { id: c.nodeId! } });
    expect(card).toMatchObject({
      kind: "evidence",
      quoteStart: src.text.indexOf("Russia"),
      anchorStatus: "exact",
      side: "neg",
    });
    expect(card.prefix).toBe(
      src.text.slice(Math.max(0, src.text.indexOf("Russia") - CONTEXT_CHARS), src.text.indexOf("Russia")),
    );
    const bad = ContributionInput.parse({ ...input, card: { sourceId: src.id, quote: "words nobody wrote" } });
    await expectAppError(addContribution({ user: ada, seminarId: s.id, input: bad }), "validation_failed");
    const comment = await addContribution({
      user: ada,
      seminarId: s.id,
      input: ContributionInput.parse({ type: "comment", nodeId: f.ids.a1, body: "Where is the link?" }),
    });
    expect(await db.comment.count({ where: { id: comment.commentId! } })).toBe(1);

    const counts = await snapshot(f.debateId);
    const rows = await db.seminarContribution.count();
    await expect(
      withPoisonedChangeLog({ mentions: "Poisoned" }, () =>
        addContribution({
          user: ada,
          seminarId: s.id,
          input: ContributionInput.parse({ type: "argument", kind: "claim", title: "Poisoned claim" }),
        }),
      ),
    ).rejects.toThrow();
    expect(await snapshot(f.debateId)).toEqual(counts);
    expect(await db.seminarContribution.count()).toBe(rows);
  });
});

describe("anonymity", () => {
  it("students see classmates only as Student N, in every part of the response; the instructor sees names", async () => {
    const { f, s, join, reveal, open, rebut } = await seminarOn({ anonymous: true });
    const [ada, bob] = [await join("ada-anon"), await join("bob-anon")];
    await reveal();
    await reveal();
    await open();
    await rebut(ada, "Ada's answer");
    await rebut(bob, "Bob's answer");
    await addContribution({
      user: bob,
      seminarId: s.id,
      input: ContributionInput.parse({ type: "comment", nodeId: f.ids.a1, body: "Bob comments" }),
    });
    const adaView = await getSeminar({ user: ada, seminarId: s.id });
    const raw = JSON.stringify(adaView);
    expect(raw).not.toContain(bob.name);
    expect(raw).not.toContain(bob.id);
    expect(raw).not.toContain(bob.email);
    const bobSeat = await db.seminarParticipant.findFirstOrThrow({ where: { seminarId: s.id, userId: bob.id } });
    expect(raw).not.toContain(bobSeat.id);
    expect(adaView.me.label).toBe("Student 1");
    expect(adaView.contributions.map((c) => c.by.label)).toEqual(["You", "Student 2", "Student 2"]);
    expect(adaView.participants.map((p) => p.label)).toEqual(["You", "Student 2"]);
    expect(adaView.graph.nodes.some((n) => n.title === "Bob's answer")).toBe(true); // the work shows, not the name

    const teacher = await getSeminar({ user: f.owner, seminarId: s.id });
    expect(teacher.contributions.map((c) => c.by.name)).toEqual([ada.name, bob.name, bob.name]);
    expect(teacher.participants.map((p) => [p.name, p.shownAs])).toEqual([
      [ada.name, "Student 1"],
      [bob.name, "Student 2"],
    ]);
  });

  it("shows names when the seminar is not anonymous", async () => {
    const { s, join, reveal, open, rebut } = await seminarOn();
    const [ada, bob] = [await join("ada"), await join("bob")];
    await reveal();
    await reveal();
    await open();
    await rebut(bob, "Bob's answer");
    const adaView = await getSeminar({ user: ada, seminarId: s.id });
    expect(adaView.contributions[0]!.by).toEqual({ label: bob.name, mine: false });
  });
});

describe("feedback", () => {
  it("stays private until released, and only ever reaches its own student", async () => {
    const { f, s, join, reveal, open, rebut } = await seminarOn();
    const [ada, bob] = [await join("ada"), await join("bob")];
    await reveal();
    await reveal();
    await open();
    const c = await rebut(ada, "Ada's answer");
    await rebut(bob, "Bob's answer");
    await expectAppError(
      giveFeedback({
        user: ada,
        seminarId: s.id,
        contributionId: c.id,
        input: FeedbackInput.parse({ version: c.version, verdict: "strong" }),
      }),
      "forbidden",
    );
    const fb = await giveFeedback({
      user: f.owner,
      seminarId: s.id,
      contributionId: c.id,
      input: FeedbackInput.parse({
        version: c.version,
        verdict: "needs-evidence",
        comment: "Cite the OSCE report",
        score: 7,
      }),
    });
    await expectAppError(
      giveFeedback({
        user: f.owner,
        seminarId: s.id,
        contributionId: c.id,
        input: FeedbackInput.parse({ version: c.version, verdict: "strong" }),
      }),
      "conflict",
    );
    const mineOf = async (u: SessionUser) => (await getSeminar({ user: u, seminarId: s.id })).contributions;
    expect((await mineOf(ada)).find((x) => x.id === c.id)!.feedback).toBeNull();
    expect(JSON.stringify(await mineOf(ada))).not.toContain("OSCE");
    expect((await mineOf(f.owner)).find((x) => x.id === c.id)!.feedback).toMatchObject({
      verdict: "needs-evidence",
      released: false,
    });

    expect(await releaseFeedback({ user: f.owner, seminarId: s.id })).toEqual({ released: 1 }); // Bob's has none yet
    expect((await mineOf(ada)).find((x) => x.id === c.id)!.feedback).toEqual({
      verdict: "needs-evidence",
      comment: "Cite the OSCE report",
      score: 7,
      released: true,
    });
    expect(JSON.stringify(await mineOf(bob))).not.toContain("OSCE");
    expect(fb.version).toBe(c.version + 1);
  });
});

describe("ending and export", () => {
  it("closes the floor and the code; the export holds every contribution with feedback, escaped", async () => {
    const { f, s, join, reveal, open, rebut, version } = await seminarOn({ anonymous: true });
    const ada = await join("ada");
    await db.user.update({ where: { id: ada.id }, data: { name: "Lovelace, Ada" } });
    await reveal();
    await reveal();
    await open('Answer "the 1NC", briefly');
    const c = await rebut(ada, '=HYPERLINK("http://evil")\nsecond line');
    await giveFeedback({
      user: f.owner,
      seminarId: s.id,
      contributionId: c.id,
      input: FeedbackInput.parse({ version: c.version, verdict: "off-topic", comment: "-see me", score: 2 }),
    });
    await expectAppError(exportSeminar({ user: ada, seminarId: s.id, format: "csv" }), "forbidden");
    await endSeminar({ user: f.owner, seminarId: s.id, version: await version() });
    await expectAppError(rebut(ada, "after the end"), "forbidden");
    await expectAppError(
      openTask({
        user: f.owner,
        seminarId: s.id,
        input: OpenTaskInput.parse({ version: await version(), prompt: "more" }),
      }),
      "forbidden",
    );
    expect(await releaseFeedback({ user: f.owner, seminarId: s.id })).toEqual({ released: 1 }); // marking goes on after class

    const csv = await exportSeminar({ user: f.owner, seminarId: s.id, format: "csv" });
    expect(csv.filename).toMatch(new RegExp(`^seminar-${s.code}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const lines = csv.body.split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFTask,Student,Shown as,Kind,Contribution,Notes,Attached to,Verdict,Score,Feedback,Released,Added at",
    );
    expect(csv.body).toContain(
      '"Answer ""the 1NC"", briefly","Lovelace, Ada",Student 1,rebuttal,"\'=HYPERLINK(""http://evil"")\nsecond line",',
    );
    expect(csv.body).toContain(",Off-topic,2,'-see me,yes,");
    const md = await exportSeminar({ user: f.owner, seminarId: s.id, format: "md" });
    expect(md.body).toContain("### Lovelace, Ada (Student 1)");
    expect(md.body).toContain("Feedback (Off-topic, 2/10, released):");
    expect(md.type).toMatch(/^text\/markdown/);
  });
});
