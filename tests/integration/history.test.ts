import { describe, expect, it } from "vitest";
import {
  CreateNodeInput,
  CreateSourceInput,
  RestoreInput,
  SetMemberInput,
  UpdateDebateInput,
  UpdateSourceInput,
} from "@/lib/domain/schemas";
import { setMember } from "@/lib/server/debates/set-member";
import { updateDebate } from "@/lib/server/debates/update-debate";
import { streamEvents } from "@/lib/server/events/stream-events";
import { listHistory } from "@/lib/server/history/list-history";
import { restore } from "@/lib/server/history/restore";
import { createNode } from "@/lib/server/nodes/create-node";
import { createSource } from "@/lib/server/sources/create-source";
import { deleteSource } from "@/lib/server/sources/delete-source";
import { updateSource } from "@/lib/server/sources/update-source";
import { card, db, makeDebate, makeUser } from "./helpers";

const lastSeq = async (debateId: string) =>
  (await db.change.aggregate({ where: { debateId }, _max: { seq: true } }))._max.seq ?? 0;
const debateText = async (debateId: string) =>
  db.debate.findUniqueOrThrow({
    where: { id: debateId },
    select: { title: true, resolution: true, description: true },
  });
const restoreDebate = (f: { owner: { id: string; name: string; email: string }; debateId: string }, seq: number) =>
  restore({ user: f.owner, debateId: f.debateId, input: RestoreInput.parse({ scope: "debate", seq }) });

async function edit(f: { owner: { id: string; name: string; email: string }; debateId: string }, n: number) {
  const { version } = await db.debate.findUniqueOrThrow({ where: { id: f.debateId } });
  await updateDebate({
    user: f.owner,
    debateId: f.debateId,
    input: UpdateDebateInput.parse({
      version,
      title: `Title ${n}`,
      resolution: `Resolution ${n}`,
      description: `Description ${n}`,
    }),
  });
  return lastSeq(f.debateId);
}
const text = (n: number) => ({ title: `Title ${n}`, resolution: `Resolution ${n}`, description: `Description ${n}` });

describe("restoring the whole debate", () => {
  it("brings back title, resolution and description, and does so again through an earlier restore", async () => {
    const f = await makeDebate({});
    const s1 = await edit(f, 1);
    const s2 = await edit(f, 2);

    await restoreDebate(f, s1);
    expect(await debateText(f.debateId)).toEqual(text(1));
    // The restore's own row holds the debate before and after it, so a second restore can read it.
    const { entries } = await listHistory({ user: f.owner, debateId: f.debateId, limit: 1 });
    expect(entries[0]).toMatchObject({
      entity: "debate",
      action: "update",
      restoredTo: s1,
      before: text(2),
      after: text(1),
    });

    // Back to just after the second edit: the first change since is the restore above.
    await restoreDebate(f, s2);
    expect(await debateText(f.debateId)).toEqual(text(2));

    await edit(f, 3);
    await restoreDebate(f, s1);
    expect(await debateText(f.debateId)).toEqual(text(1));
  });

  it("reads through a restore row written before the change contract (no before): it takes the state recorded up to that point", async () => {
    const f = await makeDebate({});
    const s1 = await edit(f, 1);
    // What restore wrote until now: an after of {restoredTo, title} and no before, with no version.
    await db.debate.update({ where: { id: f.debateId }, data: { title: "Old title" } });
    await db.change.create({
      data: {
        debateId: f.debateId,
        actorId: f.owner.id,
        entity: "debate",
        entityId: f.debateId,
        action: "update",
        after: JSON.stringify({ restoredTo: 0, title: "Old title" }),
      },
    });

    await restoreDebate(f, s1);
    expect(await debateText(f.debateId)).toEqual(text(1));
    const { entries } = await listHistory({ user: f.owner, debateId: f.debateId, limit: 5 });
    const legacy = entries.find((e) => "unreadable" in e);
    expect(legacy).toMatchObject({ entity: "debate", restoredTo: 0, before: null, after: null });
    expect(legacy!.summary).toContain("“Old title”");
  });

  it("rewinds a source's citation and text; its cards re-anchor and return to where they were", async () => {
    const f = await makeDebate({});
    const src = await createSource({
      user: f.owner,
      debateId: f.debateId,
      input: CreateSourceInput.parse({ title: "Road report", text: "Alpha beta gamma delta epsilon zeta eta theta." }),
    });
    const quoted = await createNode({
      user: f.owner,
      debateId: f.debateId,
      input: CreateNodeInput.parse({ kind: "evidence", title: "Beta gamma", evidence: card(src, 6, 16) }),
    });
    const at = await lastSeq(f.debateId);

    const edited = await updateSource({
      user: f.owner,
      sourceId: src.id,
      input: UpdateSourceInput.parse({
        version: src.version,
        title: "Rail report",
        text: "Preface. Alpha beta gamma delta epsilon zeta eta theta, revised.",
      }),
    });
    expect(edited.cards.map((c) => c.evidence!.start)).toEqual([15]);
    const { version } = await db.source.findUniqueOrThrow({ where: { id: src.id } });
    await updateSource({
      user: f.owner,
      sourceId: src.id,
      input: UpdateSourceInput.parse({ version, author: "R. Engineer" }),
    });

    await restoreDebate(f, at);
    expect(await db.source.findUniqueOrThrow({ where: { id: src.id } })).toMatchObject({
      title: "Road report",
      author: "",
      text: src.text,
    });
    const back = await db.argNode.findUniqueOrThrow({ where: { id: quoted.id } });
    expect({ start: back.quoteStart, end: back.quoteEnd, quote: back.quote }).toEqual({
      start: 6,
      end: 16,
      quote: "beta gamma",
    });
    // Found again by the re-anchoring of the rewound text, at another place than before it: "moved".
    expect(back.anchorStatus).toBe("moved");
    const { entries } = await listHistory({ user: f.owner, debateId: f.debateId, limit: 20, entityId: src.id });
    expect(entries[0]).toMatchObject({
      entity: "source",
      action: "update",
      restoredTo: at,
      after: { title: "Road report" },
    });
    // The history carries citations, never a source's text (it can be 2 MB).
    expect(JSON.stringify(entries)).not.toContain("Alpha beta");
  });

  it("brings back a source deleted since, with its text, so its cards come back too", async () => {
    const f = await makeDebate({});
    const src = await createSource({
      user: f.owner,
      debateId: f.debateId,
      input: CreateSourceInput.parse({
        title: "Road report",
        author: "A. Author",
        text: "Alpha beta gamma delta epsilon zeta eta theta.",
      }),
    });
    const quoted = await createNode({
      user: f.owner,
      debateId: f.debateId,
      input: CreateNodeInput.parse({ kind: "evidence", title: "Beta gamma", evidence: card(src, 6, 16) }),
    });
    const at = await lastSeq(f.debateId);
    await deleteSource({ user: f.owner, sourceId: src.id, deleteCards: true });
    expect(await db.source.findUnique({ where: { id: src.id } })).toBeNull();

    await restoreDebate(f, at);
    expect(await db.source.findUniqueOrThrow({ where: { id: src.id } })).toMatchObject({
      title: "Road report",
      author: "A. Author",
      text: src.text,
    });
    expect(await db.argNode.findUniqueOrThrow({ where: { id: quoted.id } })).toMatchObject({
      sourceId: src.id,
      quoteStart: 6,
      quoteEnd: 16,
    });
  });
});

/** The events a stream sends until `count` changes arrived, as parsed JSON. */
async function readEvents(user: Parameters<typeof streamEvents>[0]["user"], debateId: string, count: number) {
  const ac = new AbortController();
  const reader = (await streamEvents({ user, debateId, since: 0, signal: ac.signal })).getReader();
  let text = "";
  const dec = new TextDecoder();
  while ((text.match(/event: change/g) ?? []).length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += dec.decode(value);
  }
  ac.abort();
  return text;
}

describe("who changed what: names, never e-mail addresses", () => {
  it("history and live events show an anonymous reader member names but no e-mail address, old rows included", async () => {
    const f = await makeDebate({ visibility: "public" });
    const member = await makeUser("member");
    await setMember({
      user: f.owner,
      debateId: f.debateId,
      input: SetMemberInput.parse({ email: member.email, role: "viewer" }),
    });
    // A membership row as it was written before the contract, with the member's address in it.
    await db.change.create({
      data: {
        debateId: f.debateId,
        actorId: f.owner.id,
        entity: "membership",
        entityId: "m-old",
        action: "create",
        after: JSON.stringify({ userId: member.id, name: member.name, email: member.email, role: "viewer" }),
      },
    });

    const { entries } = await listHistory({ user: null, debateId: f.debateId, limit: 10 });
    expect(entries.filter((e) => e.entity === "membership")).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      actor: { id: f.owner.id, name: f.owner.name },
      after: { userId: member.id, name: member.name },
    });
    const shown = JSON.stringify(entries);
    expect(shown).not.toContain(member.email);
    expect(shown).not.toContain(f.owner.email);

    const events = await readEvents(null, f.debateId, 2);
    expect(events).toContain(`"userId":"${member.id}"`);
    expect(events).not.toContain(member.email);
    expect(events).not.toContain(f.owner.email);
  });
});
