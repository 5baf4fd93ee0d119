// Sharing a debate with named users: grant, change and remove roles, and what each role then allows.
import { describe, expect, it } from "vitest";
import { CreateNodeInput, SetMemberInput } from "@/lib/domain/schemas";
import { getDebate } from "@/lib/server/debates/get-debate";
import { listMembers } from "@/lib/server/debates/list-members";
import { removeMember } from "@/lib/server/debates/remove-member";
import { MEMBER_LOOKUPS, setMember } from "@/lib/server/debates/set-member";
import { createNode } from "@/lib/server/nodes/create-node";
import { countsOf, db, expectAppError, makeDebate, makeUser, snapshot, unique } from "./helpers";

const share = (
  owner: { id: string; name: string; email: string },
  debateId: string,
  email: string,
  role: "editor" | "commenter" | "viewer",
) => setMember({ user: owner, debateId, input: SetMemberInput.parse({ email, role }) });

describe("members", () => {
  it("limits lookups of unknown e-mails per owner (account enumeration); other owners are untouched", async () => {
    const f = await makeDebate({});
    for (let i = 0; i < MEMBER_LOOKUPS.max; i++)
      await expectAppError(
        share(f.owner, f.debateId, `${unique("nobody")}@test.clash.local`, "viewer"),
        "validation_failed",
      );
    const known = await makeUser("known");
    const limited = await expectAppError(share(f.owner, f.debateId, known.email, "viewer"), "rate_limited");
    expect(limited.details).toMatchObject({ retryAfter: expect.any(Number) });
    expect(await db.membership.count({ where: { debateId: f.debateId, userId: known.id } })).toBe(0);
    const g = await makeDebate({});
    expect((await share(g.owner, g.debateId, known.email, "viewer")).role).toBe("viewer");
  });

  it("shares by email as editor: the editor can then add arguments", async () => {
    const f = await makeDebate({});
    const ed = await makeUser("editor");
    await expectAppError(getDebate({ user: ed, debateId: f.debateId }), "forbidden");

    const dto = await share(f.owner, f.debateId, ed.email, "editor");
    expect(dto).toEqual({ userId: ed.id, name: ed.name, email: ed.email, role: "editor" });
    expect(
      await db.membership.findUnique({ where: { debateId_userId: { debateId: f.debateId, userId: ed.id } } }),
    ).toMatchObject({ role: "editor" });
    const change = await db.change.findFirstOrThrow({ where: { debateId: f.debateId, entity: "membership" } });
    expect(change).toMatchObject({ actorId: f.owner.id, action: "create" });
    // Everyone who reads the history reads this row: it names the member but holds no e-mail address.
    expect(JSON.parse(change.after!)).toEqual({ userId: ed.id, name: ed.name, role: "editor" });

    expect((await getDebate({ user: ed, debateId: f.debateId })).role).toBe("editor");
    await createNode({
      user: ed,
      debateId: f.debateId,
      input: CreateNodeInput.parse({ kind: "claim", title: "by the editor" }),
    });
    expect((await countsOf(f.debateId)).nodes).toBe(4);
  });

  it("shares as viewer: the viewer can read but not write, and a later share changes the role", async () => {
    const f = await makeDebate({});
    const v = await makeUser("viewer");
    // Addresses are matched without regard to case.
    await share(f.owner, f.debateId, v.email.toUpperCase(), "viewer");
    expect((await getDebate({ user: v, debateId: f.debateId })).role).toBe("viewer");
    await expectAppError(
      createNode({ user: v, debateId: f.debateId, input: CreateNodeInput.parse({ kind: "claim" }) }),
      "forbidden",
    );
    await expectAppError(listMembers({ user: v, debateId: f.debateId }), "forbidden");

    await share(f.owner, f.debateId, v.email, "editor");
    expect(await db.membership.count({ where: { debateId: f.debateId, userId: v.id } })).toBe(1);
    // A new membership is recorded as a creation, a role change as an update with the old role.
    const history = await db.change.findMany({
      where: { debateId: f.debateId, entity: "membership" },
      orderBy: { seq: "asc" },
    });
    expect(history.map((c) => c.action)).toEqual(["create", "update"]);
    expect(JSON.parse(history[1]!.before!)).toEqual({ userId: v.id, name: v.name, role: "viewer" });
    expect((await getDebate({ user: v, debateId: f.debateId })).role).toBe("editor");
    const members = await listMembers({ user: v, debateId: f.debateId });
    expect(members.map((m) => [m.userId, m.role])).toEqual(
      expect.arrayContaining([
        [f.owner.id, "owner"],
        [v.id, "editor"],
      ]),
    );
    expect(members).toHaveLength(2);
  });

  it("refuses an email no account uses, with a field error, and writes nothing", async () => {
    const f = await makeDebate({});
    const before = await snapshot(f.debateId);
    const err = await expectAppError(
      share(f.owner, f.debateId, `${unique("nobody")}@test.clash.local`, "editor"),
      "validation_failed",
    );
    expect(err.details).toMatchObject({ fieldErrors: { email: expect.any(Array) } });
    expect(await snapshot(f.debateId)).toEqual(before);
  });

  it("refuses to demote the owner through sharing", async () => {
    const f = await makeDebate({});
    const before = await snapshot(f.debateId);
    await expectAppError(share(f.owner, f.debateId, f.owner.email, "viewer"), "validation_failed");
    expect(await snapshot(f.debateId)).toEqual(before);
  });

  it("removes a member, who then loses access to the private debate", async () => {
    const f = await makeDebate({});
    const ed = await makeUser("editor");
    await share(f.owner, f.debateId, ed.email, "editor");
    expect((await getDebate({ user: ed, debateId: f.debateId })).role).toBe("editor");

    expect(await removeMember({ user: f.owner, debateId: f.debateId, userId: ed.id })).toEqual({ userId: ed.id });
    expect(
      await db.membership.findUnique({ where: { debateId_userId: { debateId: f.debateId, userId: ed.id } } }),
    ).toBeNull();
    await expectAppError(getDebate({ user: ed, debateId: f.debateId }), "forbidden");
    await expectAppError(
      createNode({ user: ed, debateId: f.debateId, input: CreateNodeInput.parse({ kind: "claim" }) }),
      "forbidden",
    );
    expect((await listMembers({ user: f.owner, debateId: f.debateId })).map((m) => m.userId)).toEqual([f.owner.id]);
    const change = await db.change.findFirstOrThrow({
      where: { debateId: f.debateId, entity: "membership", action: "delete" },
    });
    expect(JSON.parse(change.before!)).toEqual({ userId: ed.id, role: "editor" });

    // Removing again: there is no such member any more.
    await expectAppError(removeMember({ user: f.owner, debateId: f.debateId, userId: ed.id }), "not_found");
  });

  it("never removes the owner, and only the owner removes members", async () => {
    const ed = await makeUser("editor");
    const other = await makeUser("other");
    const f = await makeDebate({
      members: [
        { user: ed, role: "editor" },
        { user: other, role: "viewer" },
      ],
    });
    const before = await snapshot(f.debateId);
    await expectAppError(
      removeMember({ user: f.owner, debateId: f.debateId, userId: f.owner.id }),
      "validation_failed",
    );
    await expectAppError(removeMember({ user: ed, debateId: f.debateId, userId: other.id }), "forbidden");
    await expectAppError(removeMember({ user: null, debateId: f.debateId, userId: other.id }), "unauthorized");
    expect(await snapshot(f.debateId)).toEqual(before);
  });
});
