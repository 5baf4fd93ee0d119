import { describe, expect, it } from "vitest";
import { ContributionInput, OpenTaskInput, RevealInput, StartSeminarInput } from "@/lib/domain/seminar-schemas";
import type { SessionUser } from "@/lib/server/auth-guard";
import { getDebate, getDebateJson } from "@/lib/server/debates/get-debate";
import { listHistory } from "@/lib/server/history/list-history";
import { listComments } from "@/lib/server/comments/list-comments";
import { exportSpeechDoc } from "@/lib/server/speech-docs/export-speech-doc";
import { getSpeechDoc } from "@/lib/server/speech-docs/get-speech-doc";
import { listSpeechDocs } from "@/lib/server/speech-docs/list-speech-docs";
import { addContribution } from "@/lib/server/seminars/add-contribution";
import { joinSeminar } from "@/lib/server/seminars/join-seminar";
import { openTask } from "@/lib/server/seminars/open-task";
import { revealSpeech } from "@/lib/server/seminars/reveal-speech";
import { startSeminar } from "@/lib/server/seminars/start-seminar";
import { aliasLiveEvent, streamReader } from "@/lib/server/seminars/reader-view";
import { toLiveEvent } from "@/lib/domain/changes";
import { db, makeDebate, makeUser, unique } from "./helpers";

/** A public debate (1AC ← 1NC) with an anonymous seminar, one speech revealed, and a student's answer. */
async function publicSeminar() {
  const f = await makeDebate({ visibility: "public" });
  const [a1, n1] = [unique("a1"), unique("n1")];
  await db.argNode.createMany({
    data: [
      { id: a1, debateId: f.debateId, kind: "claim", side: "aff", speech: "1AC", title: "Training fuels extremism" },
      { id: n1, debateId: f.debateId, kind: "rebuttal", side: "neg", speech: "1NC", title: "Training is training" },
    ],
  });
  await db.edge.create({ data: { debateId: f.debateId, sourceId: n1, targetId: a1, relation: "rebuts" } });
  const s = await startSeminar({
    user: f.owner,
    input: StartSeminarInput.parse({ debateId: f.debateId, anonymous: true }),
  });
  const version = async () => (await db.seminar.findUniqueOrThrow({ where: { id: s.id } })).version;
  await revealSpeech({
    user: f.owner,
    seminarId: s.id,
    input: RevealInput.parse({ version: await version(), step: "next" }),
  });
  const join = async (label: string) => {
    const user = await makeUser(label);
    await joinSeminar({ user, input: { code: s.code }, client: `test:${user.id}` });
    return user;
  };
  const [ada, bob] = [await join("ada"), await join("bob")];
  await openTask({
    user: f.owner,
    seminarId: s.id,
    input: OpenTaskInput.parse({ version: await version(), prompt: "Answer the 1AC", targetNodeId: a1 }),
  });
  const answer = (user: SessionUser, title: string) =>
    addContribution({
      user,
      seminarId: s.id,
      input: ContributionInput.parse({ type: "argument", kind: "rebuttal", title, targetId: a1 }),
    });
  await answer(ada, "Ada's answer");
  return { f, s, ids: { a1, n1 }, ada, bob };
}

const titles = (g: { nodes: { title: string }[] }) => g.nodes.map((n) => n.title).sort();

describe("a seminar on a public debate", () => {
  it("hides unrevealed speeches from anonymous readers, viewers and students, not from the instructor", async () => {
    const { f, ids, ada, bob } = await publicSeminar();
    const anon = await getDebate({ user: null, debateId: f.debateId });
    expect(anon.nodes.map((n) => n.id)).toContain(ids.a1);
    expect(anon.nodes.map((n) => n.id)).not.toContain(ids.n1);
    expect(titles(anon)).not.toContain("Ada's answer"); // the seminar's work, until it ends
    expect(anon.edges.every((e) => e.source !== ids.n1 && e.target !== ids.n1)).toBe(true);
    // The JSON body the route sends (the shared graph cache must not leak through it).
    const body = JSON.parse(Buffer.concat(await getDebateJson({ user: null, debateId: f.debateId })).toString());
    expect(body.nodes.map((n: { id: string }) => n.id)).not.toContain(ids.n1);
    // A student sees the reveal and the seminar's contributions, as on the seminar page.
    const student = await getDebate({ user: bob, debateId: f.debateId });
    expect(titles(student)).toContain("Ada's answer");
    expect(student.nodes.map((n) => n.id)).not.toContain(ids.n1);
    // The instructor still sees everything, even right after a reader warmed the cache.
    const owner = JSON.parse(Buffer.concat(await getDebateJson({ user: f.owner, debateId: f.debateId })).toString());
    expect(owner.nodes.map((n: { id: string }) => n.id)).toContain(ids.n1);
    expect((await getDebate({ user: ada, debateId: f.debateId })).nodes.map((n) => n.id)).not.toContain(ids.n1);
  });

  it("lists no comment on an unrevealed speech, and names classmates' comments as Student N", async () => {
    const { f, ids, ada, bob } = await publicSeminar();
    await db.comment.createMany({
      data: [
        { debateId: f.debateId, nodeId: ids.n1, authorId: f.owner.id, body: "The 2AC drops this" },
        { debateId: f.debateId, nodeId: ids.a1, authorId: ada.id, body: "Which card says so?" },
      ],
    });
    for (const user of [null, bob]) {
      const text = JSON.stringify(await listComments({ user, debateId: f.debateId }));
      expect(text).not.toContain("The 2AC drops this");
      expect(text).toContain("Which card says so?");
      expect(text).not.toContain(ada.name);
      expect(text).not.toContain(ada.id);
      expect(text).toContain("Student 1");
      expect(await listComments({ user, debateId: f.debateId, nodeId: ids.n1 })).toEqual([]);
    }
    // Ada sees her own name; the instructor sees every comment and every name.
    expect(JSON.stringify(await listComments({ user: ada, debateId: f.debateId }))).toContain(ada.name);
    const all = await listComments({ user: f.owner, debateId: f.debateId });
    expect(all.map((c) => c.body).sort()).toEqual(["The 2AC drops this", "Which card says so?"]);
    expect(all.find((c) => c.body === "Which card says so?")!.author).toEqual({ id: ada.id, name: ada.name });
  });

  it("keeps a speech document that names an unrevealed argument from readers and students", async () => {
    const { f, ids, bob } = await publicSeminar();
    await db.speechDoc.create({
      data: { debateId: f.debateId, name: "1NC", items: { create: [{ position: 0, nodeId: ids.n1 }] } },
    });
    await db.speechDoc.create({
      data: { debateId: f.debateId, name: "1AC", items: { create: [{ position: 0, nodeId: ids.a1 }] } },
    });
    // Analytics alone, for a speech not yet revealed.
    await db.speechDoc.create({
      data: { debateId: f.debateId, name: "2NR Politics", items: { create: [{ position: 0, text: "Kick the DA" }] } },
    });
    for (const user of [null, bob]) {
      expect((await listSpeechDocs({ user, debateId: f.debateId })).map((d) => d.name)).toEqual(["1AC"]);
      const doc = await getSpeechDoc({ user, debateId: f.debateId, name: "1NC" });
      expect(doc).toMatchObject({ version: 0, items: [], nodes: [] });
      expect(await getSpeechDoc({ user, debateId: f.debateId, name: "2NR Politics" })).toMatchObject({ items: [] });
      const file = await exportSpeechDoc({ user, debateId: f.debateId, name: "1NC", format: "markdown", body: "full" });
      expect(String(file.body)).not.toContain("Training is training");
      expect((await getSpeechDoc({ user, debateId: f.debateId, name: "1AC" })).nodes.map((n) => n.id)).toEqual([
        ids.a1,
      ]);
    }
    expect((await listSpeechDocs({ user: f.owner, debateId: f.debateId })).map((d) => d.name)).toEqual([
      "1NC",
      "1AC",
      "2NR Politics",
    ]);
    const owners = await getSpeechDoc({ user: f.owner, debateId: f.debateId, name: "1NC" });
    expect(owners.nodes.map((n) => n.title)).toEqual(["Training is training"]);
  });

  it("shows everything again once the seminar has ended", async () => {
    const { f, s, ids } = await publicSeminar();
    await db.seminar.update({ where: { id: s.id }, data: { status: "ended", endedAt: new Date() } });
    const anon = await getDebate({ user: null, debateId: f.debateId });
    expect(anon.nodes.map((n) => n.id)).toContain(ids.n1);
  });

  it("names classmates in /history as Student N, for readers and classmates alike", async () => {
    const { f, ada, bob } = await publicSeminar();
    for (const user of [null, bob]) {
      const { entries } = await listHistory({ user, debateId: f.debateId, limit: 50 });
      const text = JSON.stringify(entries);
      expect(text).not.toContain(ada.name);
      expect(text).not.toContain(ada.id);
      expect(entries.some((e) => e.actor?.name === "Student 1")).toBe(true);
    }
    // Ada sees herself by name; the instructor sees every name.
    for (const user of [ada, f.owner]) {
      const { entries } = await listHistory({ user, debateId: f.debateId, limit: 50 });
      expect(entries.some((e) => e.actor?.name === ada.name)).toBe(true);
    }
  });

  it("keeps the live stream anonymous: presence as Student N, comment authors aliased", async () => {
    const { f, ada, bob } = await publicSeminar();
    const forBob = await streamReader(db, f.debateId, bob, "viewer");
    expect(forBob.presentAs).toEqual({ id: bob.id, name: "Student 2" });
    expect(forBob.aliases.get(ada.id)).toBe("Student 1");
    expect(forBob.aliases.has(bob.id)).toBe(false);
    const forOwner = await streamReader(db, f.debateId, f.owner, "owner");
    expect(forOwner.aliases.size).toBe(0);
    expect(forOwner.presentAs).toEqual({ id: f.owner.id, name: f.owner.name });
    const at = new Date().toISOString();
    const comment = {
      entity: "comment" as const,
      entityId: "c1",
      action: "create" as const,
      before: null,
      after: {
        id: "c1",
        nodeId: f.nodes.a,
        parentId: null,
        author: { id: ada.id, name: ada.name },
        body: "Which card says so?",
        resolved: false,
        createdAt: at,
        updatedAt: at,
        version: 1,
      },
    };
    const event = toLiveEvent(comment, { seq: 1, at, actorId: null })!;
    const seen = JSON.stringify(aliasLiveEvent(event, forBob.aliases));
    expect(seen).not.toContain(ada.name);
    expect(seen).toContain("Student 1");
    expect(JSON.stringify(aliasLiveEvent(event, forOwner.aliases))).toContain(ada.name);
  });
});
