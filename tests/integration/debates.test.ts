// Debates: create, list, update (version-checked), visibility and delete, against the real database.
import { describe, expect, it } from "vitest";
import { CHANGE_SCHEMA_VERSION, readChange } from "@/lib/domain/changes";
import { CreateDebateInput, UpdateDebateInput } from "@/lib/domain/schemas";
import { createDebate } from "@/lib/server/debates/create-debate";
import { deleteDebate } from "@/lib/server/debates/delete-debate";
import { listDebates } from "@/lib/server/debates/list-debates";
import { updateDebate } from "@/lib/server/debates/update-debate";
import { updateNode } from "@/lib/server/nodes/update-node";
import {
  card,
  countsOf,
  db,
  expectAppError,
  makeDebate,
  makeSource,
  makeUser,
  snapshot,
  unique,
  withPoisonedChangeLog,
} from "./helpers";

describe("createDebate", () => {
  it("creates the debate with its owner's membership and one history row", async () => {
    const user = await makeUser("creator");
    const title = unique("Should the plan pass");
    const dto = await createDebate({ user, input: CreateDebateInput.parse({ title, resolution: "Resolved: yes" }) });

    expect(dto).toMatchObject({
      title,
      resolution: "Resolved: yes",
      visibility: "private",
      ownerId: user.id,
      ownerName: user.name,
      role: "owner",
      nodeCount: 0,
      version: 1,
    });
    const row = await db.debate.findUniqueOrThrow({ where: { id: dto.id } });
    expect(row).toMatchObject({ title, ownerId: user.id, visibility: "private", version: 1 });

    const memberships = await db.membership.findMany({ where: { debateId: dto.id } });
    expect(memberships.map((m) => ({ userId: m.userId, role: m.role }))).toEqual([{ userId: user.id, role: "owner" }]);

    const changes = await db.change.findMany({ where: { debateId: dto.id } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      actorId: user.id,
      entity: "debate",
      entityId: dto.id,
      action: "create",
      before: null,
    });
    // The change holds the debate's own fields (not the reader-relative ones of its summary), at the contract's version.
    const { id, title: t, resolution, description, visibility, version } = dto;
    expect(readChange(changes[0]!)).toMatchObject({
      action: "create",
      before: null,
      after: { id, title: t, resolution, description, visibility, version },
    });
    expect(changes[0]!.schemaVersion).toBe(CHANGE_SCHEMA_VERSION);
  });

  it("refuses anonymous callers and writes nothing", async () => {
    const title = unique("anonymous debate");
    await expectAppError(createDebate({ user: null, input: CreateDebateInput.parse({ title }) }), "unauthorized");
    expect(await db.debate.count({ where: { title } })).toBe(0);
  });

  it("writes debate, membership and history in one transaction: a failed history row leaves nothing", async () => {
    const user = await makeUser("creator");
    const title = unique("poisoned");
    await withPoisonedChangeLog({ mentions: title }, async () => {
      await expect(createDebate({ user, input: CreateDebateInput.parse({ title }) })).rejects.toThrow();
    });
    expect(await db.debate.count({ where: { title } })).toBe(0);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
    // With the trigger gone the same call succeeds, so it was the history row that failed above.
    const dto = await createDebate({ user, input: CreateDebateInput.parse({ title }) });
    expect(await countsOf(dto.id)).toMatchObject({ debates: 1, memberships: 1, changes: 1 });
  });
});

describe("listDebates", () => {
  it("shows a user their own, shared and public debates; strangers and anonymous see public ones only", async () => {
    const [alice, bob, stranger] = [await makeUser("alice"), await makeUser("bob"), await makeUser("stranger")];
    const alicePrivate = await makeDebate({ owner: alice });
    const alicePublic = await makeDebate({ owner: alice, visibility: "public" });
    const sharedWithBob = await makeDebate({ owner: alice, members: [{ user: bob, role: "commenter" }] });
    const bobOwn = await makeDebate({ owner: bob });

    const byId = (list: Awaited<ReturnType<typeof listDebates>>) => new Map(list.map((d) => [d.id, d]));

    const forBob = byId(await listDebates({ user: bob }));
    expect(forBob.get(bobOwn.debateId)?.role).toBe("owner");
    expect(forBob.get(sharedWithBob.debateId)?.role).toBe("commenter");
    expect(forBob.get(alicePublic.debateId)?.role).toBe("viewer");
    expect(forBob.has(alicePrivate.debateId)).toBe(false);
    for (const d of forBob.values()) {
      expect(
        d.visibility === "public" || d.id === bobOwn.debateId || d.id === sharedWithBob.debateId,
        `bob should not see ${d.id}`,
      ).toBe(true);
    }

    const forAlice = byId(await listDebates({ user: alice }));
    for (const f of [alicePrivate, alicePublic, sharedWithBob]) expect(forAlice.get(f.debateId)?.role).toBe("owner");
    expect(forAlice.has(bobOwn.debateId)).toBe(false);
    expect(forAlice.get(alicePublic.debateId)?.nodeCount).toBe(3);

    for (const user of [stranger, null]) {
      const seen = await listDebates({ user });
      expect(seen.every((d) => d.visibility === "public")).toBe(true);
      expect(seen.every((d) => d.role === "viewer")).toBe(true);
      const ids = new Set(seen.map((d) => d.id));
      expect(ids.has(alicePublic.debateId)).toBe(true);
      for (const hidden of [alicePrivate, sharedWithBob, bobOwn]) expect(ids.has(hidden.debateId)).toBe(false);
    }
  });
});

describe("updateDebate", () => {
  it("renames with the current version and bumps it, recording the change", async () => {
    const f = await makeDebate({});
    const dto = await updateDebate({
      user: f.owner,
      debateId: f.debateId,
      input: UpdateDebateInput.parse({ version: 1, title: "Renamed" }),
    });
    expect(dto).toMatchObject({ title: "Renamed", version: 2 });
    expect(await db.debate.findUniqueOrThrow({ where: { id: f.debateId } })).toMatchObject({
      title: "Renamed",
      version: 2,
    });
    const change = await db.change.findFirstOrThrow({
      where: { debateId: f.debateId, entity: "debate", action: "update" },
    });
    expect(JSON.parse(change.before!)).toMatchObject({ version: 1 });
    expect(JSON.parse(change.after!)).toMatchObject({ title: "Renamed", version: 2 });
  });

  it("carries a new resolution to the map's resolution claim, not to one retitled since", async () => {
    const user = await makeUser("resolver");
    const made = await createDebate({
      user,
      input: CreateDebateInput.parse({ title: unique("Aid"), resolution: "Resolved: cut aid", resolutionClaim: true }),
    });
    const [thesis] = await db.argNode.findMany({ where: { debateId: made.id } });
    const other = await db.argNode.create({
      data: { id: unique("n"), debateId: made.id, kind: "claim", side: "neutral", role: "thesis", title: "Framing" },
    });
    await updateDebate({
      user,
      debateId: made.id,
      input: UpdateDebateInput.parse({ version: made.version, resolution: "Resolved: condition aid" }),
    });
    const after = await db.argNode.findUniqueOrThrow({ where: { id: thesis!.id } });
    expect(after).toMatchObject({ title: "Resolved: condition aid", version: thesis!.version + 1 });
    expect(await db.argNode.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ title: "Framing" });
    // In the history (and so the live stream), as an edit of the argument.
    const change = await db.change.findFirstOrThrow({
      where: { debateId: made.id, entity: "node", entityId: thesis!.id, action: "update" },
    });
    expect(JSON.parse(change.after!)).toMatchObject({ title: "Resolved: condition aid" });

    // Retitled on the map since: the debate's resolution no longer names it, so it is left alone.
    await db.argNode.update({ where: { id: thesis!.id }, data: { title: "Our own words" } });
    const v = (await db.debate.findUniqueOrThrow({ where: { id: made.id } })).version;
    await updateDebate({
      user,
      debateId: made.id,
      input: UpdateDebateInput.parse({ version: v, resolution: "Resolved: X" }),
    });
    expect(await db.argNode.findUniqueOrThrow({ where: { id: thesis!.id } })).toMatchObject({ title: "Our own words" });
  });

  it("carries a retitled resolution claim to the debate's resolution, and back on undo", async () => {
    const user = await makeUser("claimer");
    const made = await createDebate({
      user,
      input: CreateDebateInput.parse({ title: unique("Aid"), resolution: "Resolved: cut aid", resolutionClaim: true }),
    });
    const [thesis] = await db.argNode.findMany({ where: { debateId: made.id } });
    const claim = await db.argNode.create({
      data: { id: unique("n"), debateId: made.id, kind: "claim", side: "aff", title: "Resolved: cut aid" },
    });
    const resolution = async () => (await db.debate.findUniqueOrThrow({ where: { id: made.id } })).resolution;

    const renamed = await updateNode({
      user,
      nodeId: thesis!.id,
      input: { version: thesis!.version, title: "Resolved: end aid" },
    });
    expect(await resolution()).toBe("Resolved: end aid");
    expect((await db.debate.findUniqueOrThrow({ where: { id: made.id } })).version).toBe(made.version + 1);
    // Undo is the same edit the other way.
    await updateNode({ user, nodeId: thesis!.id, input: { version: renamed.version, title: "Resolved: cut aid" } });
    expect(await resolution()).toBe("Resolved: cut aid");
    // Another argument of the same words is not the resolution claim; its notes are not its title.
    await updateNode({ user, nodeId: claim.id, input: { version: claim.version, title: "Cut it" } });
    await updateNode({ user, nodeId: thesis!.id, input: { version: renamed.version + 1, body: "Why" } });
    expect(await resolution()).toBe("Resolved: cut aid");
  });

  it("leaves the debate's resolution alone when its claim no longer reads as it", async () => {
    const user = await makeUser("claimer2");
    const made = await createDebate({
      user,
      input: CreateDebateInput.parse({ title: unique("Aid"), resolution: "Resolved: cut aid", resolutionClaim: true }),
    });
    const [thesis] = await db.argNode.findMany({ where: { debateId: made.id } });
    await db.debate.update({ where: { id: made.id }, data: { resolution: "Resolved: something else" } });
    await updateNode({ user, nodeId: thesis!.id, input: { version: thesis!.version, title: "Our framing" } });
    const after = await db.debate.findUniqueOrThrow({ where: { id: made.id } });
    expect(after).toMatchObject({ resolution: "Resolved: something else", version: made.version });
  });

  it("refuses a stale version with a conflict and changes nothing", async () => {
    const f = await makeDebate({ title: "Original" });
    await updateDebate({
      user: f.owner,
      debateId: f.debateId,
      input: UpdateDebateInput.parse({ version: 1, description: "first edit" }),
    });
    const before = await snapshot(f.debateId);

    const err = await expectAppError(
      updateDebate({
        user: f.owner,
        debateId: f.debateId,
        input: UpdateDebateInput.parse({ version: 1, title: "Lost edit" }),
      }),
      "conflict",
    );
    expect((err.details as { current: { version: number; title: string } }).current).toMatchObject({
      version: 2,
      title: "Original",
    });
    expect(await snapshot(f.debateId)).toEqual(before);
    expect(before.debate).toMatchObject({ title: "Original", version: 2 });
  });

  it("lets only the owner change visibility", async () => {
    const editor = await makeUser("editor");
    const f = await makeDebate({ members: [{ user: editor, role: "editor" }] });
    const before = await snapshot(f.debateId);
    await expectAppError(
      updateDebate({
        user: editor,
        debateId: f.debateId,
        input: UpdateDebateInput.parse({ version: 1, visibility: "public" }),
      }),
      "forbidden",
    );
    expect(await snapshot(f.debateId)).toEqual(before);

    // The editor may still rename it; the owner may publish it.
    await updateDebate({
      user: editor,
      debateId: f.debateId,
      input: UpdateDebateInput.parse({ version: 1, title: "Editor's title" }),
    });
    const dto = await updateDebate({
      user: f.owner,
      debateId: f.debateId,
      input: UpdateDebateInput.parse({ version: 2, visibility: "public" }),
    });
    expect(dto).toMatchObject({ title: "Editor's title", visibility: "public", version: 3 });
  });
});

describe("deleteDebate", () => {
  async function debateWithEverything() {
    const editor = await makeUser("editor");
    const f = await makeDebate({ members: [{ user: editor, role: "editor" }] });
    const source = await makeSource(f.debateId);
    const ev = card(source, 6, 16);
    await db.argNode.create({
      data: {
        id: unique("ev"),
        debateId: f.debateId,
        kind: "evidence",
        sourceId: source.id,
        quote: ev.quote,
        quoteStart: ev.start,
        quoteEnd: ev.end,
        prefix: ev.prefix,
        suffix: ev.suffix,
        cite: ev.cite,
        highlights: "[]",
      },
    });
    await db.change.create({
      data: { debateId: f.debateId, actorId: f.owner.id, entity: "debate", entityId: f.debateId, action: "create" },
    });
    return { ...f, editor };
  }

  it("lets the owner delete a debate with all its arguments, connections and sources", async () => {
    const f = await debateWithEverything();
    expect(await countsOf(f.debateId)).toEqual({
      debates: 1,
      nodes: 4,
      edges: 1,
      sources: 1,
      memberships: 2,
      changes: 1,
    });
    // Another debate must survive untouched.
    const other = await makeDebate({ owner: f.owner });

    expect(await deleteDebate({ user: f.owner, debateId: f.debateId })).toEqual({ id: f.debateId });
    expect(await countsOf(f.debateId)).toEqual({
      debates: 0,
      nodes: 0,
      edges: 0,
      sources: 0,
      memberships: 0,
      changes: 0,
    });
    expect(await countsOf(other.debateId)).toMatchObject({ debates: 1, nodes: 3, edges: 1 });
    await expectAppError(deleteDebate({ user: f.owner, debateId: f.debateId }), "not_found");
  });

  it("refuses an editor and keeps everything", async () => {
    const f = await debateWithEverything();
    const before = await snapshot(f.debateId);
    await expectAppError(deleteDebate({ user: f.editor, debateId: f.debateId }), "forbidden");
    expect(await snapshot(f.debateId)).toEqual(before);
    expect(before.counts).toMatchObject({ debates: 1, nodes: 4, sources: 1 });
  });
});
