import { describe, expect, it } from "vitest";
import {
  CreateCommentInput,
  CreateLinkInput,
  CreateNodeInput,
  RestoreInput,
  UpdateCommentInput,
  UpdateNodeInput,
} from "@/lib/domain/schemas";
import { createComment } from "@/lib/server/comments/create-comment";
import { deleteComment } from "@/lib/server/comments/delete-comment";
import { listComments } from "@/lib/server/comments/list-comments";
import { updateComment } from "@/lib/server/comments/update-comment";
import { getDebate } from "@/lib/server/debates/get-debate";
import { listDebates } from "@/lib/server/debates/list-debates";
import { listHistory } from "@/lib/server/history/list-history";
import { restore } from "@/lib/server/history/restore";
import { createLink } from "@/lib/server/links/create-link";
import { redeemLink } from "@/lib/server/links/redeem-link";
import { revokeLink } from "@/lib/server/links/revoke-link";
import { createNode } from "@/lib/server/nodes/create-node";
import { deleteNode } from "@/lib/server/nodes/delete-node";
import { updateNode } from "@/lib/server/nodes/update-node";
import { db, expectAppError, makeDebate, makeUser } from "./helpers";

describe("comments", () => {
  it("threads: comment, reply, resolve; viewers read but cannot write", async () => {
    const commenter = await makeUser("commenter");
    const viewer = await makeUser("viewer");
    const f = await makeDebate({
      members: [
        { user: commenter, role: "commenter" },
        { user: viewer, role: "viewer" },
      ],
    });
    const c = await createComment({
      user: commenter,
      debateId: f.debateId,
      input: CreateCommentInput.parse({ nodeId: f.nodes.a, body: "Needs a card" }),
    });
    const r = await createComment({
      user: f.owner,
      debateId: f.debateId,
      input: CreateCommentInput.parse({ nodeId: f.nodes.a, parentId: c.id, body: "On it" }),
    });
    expect(r.parentId).toBe(c.id);
    await expectAppError(
      createComment({
        user: viewer,
        debateId: f.debateId,
        input: CreateCommentInput.parse({ nodeId: f.nodes.a, body: "x" }),
      }),
      "forbidden",
    );
    await expectAppError(
      createComment({
        user: commenter,
        debateId: f.debateId,
        input: CreateCommentInput.parse({ nodeId: f.nodes.a, parentId: r.id, body: "nested" }),
      }),
      "validation_failed",
    );
    const resolved = await updateComment({
      user: commenter,
      commentId: c.id,
      input: UpdateCommentInput.parse({ version: c.version, resolved: true }),
    });
    expect(resolved.resolved).toBe(true);
    await expectAppError(
      updateComment({
        user: commenter,
        commentId: r.id,
        input: UpdateCommentInput.parse({ version: r.version, body: "not mine" }),
      }),
      "forbidden",
    );
    const listed = await listComments({ user: viewer, debateId: f.debateId, nodeId: f.nodes.a });
    expect(listed.map((x) => x.body)).toEqual(["Needs a card", "On it"]);
    expect((await deleteComment({ user: f.owner, commentId: c.id })).deleted.sort()).toEqual([c.id, r.id].sort());
    expect(await listComments({ user: viewer, debateId: f.debateId })).toEqual([]);
  });

  it("refuses a comment on an argument of another debate", async () => {
    const f = await makeDebate({});
    const g = await makeDebate({ owner: f.owner });
    await expectAppError(
      createComment({
        user: f.owner,
        debateId: f.debateId,
        input: CreateCommentInput.parse({ nodeId: g.nodes.a, body: "x" }),
      }),
      "validation_failed",
    );
  });
});

describe("share links", () => {
  it("grant their role to whoever opens them, and stop working at once when revoked", async () => {
    const f = await makeDebate({});
    const guest = await makeUser("guest");
    await expectAppError(getDebate({ user: guest, debateId: f.debateId }), "forbidden");
    const { link, token } = await createLink({
      user: f.owner,
      debateId: f.debateId,
      input: CreateLinkInput.parse({ role: "editor" }),
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(await db.shareLink.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
    expect(await redeemLink({ user: guest, token })).toEqual({ debateId: f.debateId, role: "editor" });
    await createNode({
      user: guest,
      debateId: f.debateId,
      input: CreateNodeInput.parse({ kind: "claim", title: "via link" }),
    });
    expect((await listDebates({ user: guest })).map((d) => d.id)).toContain(f.debateId);

    await revokeLink({ user: f.owner, linkId: link.id });
    await expectAppError(getDebate({ user: guest, debateId: f.debateId }), "forbidden");
    const again = await expectAppError(redeemLink({ user: guest, token }), "forbidden");
    expect(again.message).toMatch(/revoked/);
    expect((await listDebates({ user: guest })).map((d) => d.id)).not.toContain(f.debateId);
  });

  it("an expired link grants nothing and its access lapses", async () => {
    const f = await makeDebate({});
    const guest = await makeUser("guest");
    const { link, token } = await createLink({
      user: f.owner,
      debateId: f.debateId,
      input: CreateLinkInput.parse({ role: "viewer", expiresInDays: 1 }),
    });
    await redeemLink({ user: guest, token });
    expect((await getDebate({ user: guest, debateId: f.debateId })).role).toBe("viewer");
    await db.shareLink.update({ where: { id: link.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectAppError(getDebate({ user: guest, debateId: f.debateId }), "forbidden");
    expect((await expectAppError(redeemLink({ user: guest, token }), "forbidden")).message).toMatch(/expired/);
  });

  it("only the owner makes links; a wrong token is not found; a link never lowers a role", async () => {
    const editor = await makeUser("editor");
    const f = await makeDebate({ members: [{ user: editor, role: "editor" }] });
    await expectAppError(
      createLink({ user: editor, debateId: f.debateId, input: CreateLinkInput.parse({ role: "viewer" }) }),
      "forbidden",
    );
    await expectAppError(redeemLink({ user: editor, token: "x".repeat(32) }), "not_found");
    const { token } = await createLink({
      user: f.owner,
      debateId: f.debateId,
      input: CreateLinkInput.parse({ role: "viewer" }),
    });
    expect((await redeemLink({ user: editor, token })).role).toBe("editor");
  });
});

describe("history and restore", () => {
  it("lists every change with who did it, newest first", async () => {
    const f = await makeDebate({});
    const n = await createNode({
      user: f.owner,
      debateId: f.debateId,
      input: CreateNodeInput.parse({ kind: "claim", title: "First take" }),
    });
    await updateNode({
      user: f.owner,
      nodeId: n.id,
      input: UpdateNodeInput.parse({ version: n.version, title: "Second take" }),
    });
    const { entries } = await listHistory({ user: f.owner, debateId: f.debateId, limit: 10 });
    expect(entries.map((e) => e.action).slice(0, 2)).toEqual(["update", "create"]);
    expect(entries[0]!.summary).toContain("changed argument “Second take”");
    expect(entries[0]!.actor?.id).toBe(f.owner.id);
    expect((entries[0]!.before as { title: string }).title).toBe("First take");
  });

  it("restores an edited argument, a deleted argument with its connections, and the whole debate — each as new changes", async () => {
    const f = await makeDebate({});
    const start = (await db.change.aggregate({ where: { debateId: f.debateId }, _max: { seq: true } }))._max.seq ?? 0;
    const a0 = await db.argNode.findUniqueOrThrow({ where: { id: f.nodes.a } });
    await updateNode({
      user: f.owner,
      nodeId: f.nodes.a,
      input: UpdateNodeInput.parse({ version: a0.version, title: "Edited A" }),
    });
    const mid = (await db.change.aggregate({ where: { debateId: f.debateId }, _max: { seq: true } }))._max.seq!;
    await deleteNode({ user: f.owner, nodeId: f.nodes.b });
    const added = await createNode({
      user: f.owner,
      debateId: f.debateId,
      input: CreateNodeInput.parse({ kind: "claim", title: "Added later" }),
    });

    // The deleted rebuttal comes back with its connection to A.
    await restore({
      user: f.owner,
      debateId: f.debateId,
      input: RestoreInput.parse({ scope: "node", entityId: f.nodes.b, seq: mid }),
    });
    expect(await db.argNode.findUnique({ where: { id: f.nodes.b } })).toMatchObject({ title: "Rebuttal B" });
    expect(await db.edge.findUnique({ where: { id: f.edgeId } })).toMatchObject({
      sourceId: f.nodes.b,
      targetId: f.nodes.a,
    });

    // The whole debate back to the start: A's title returns, the later node goes.
    const before = await db.change.count({ where: { debateId: f.debateId } });
    await restore({ user: f.owner, debateId: f.debateId, input: RestoreInput.parse({ scope: "debate", seq: start }) });
    expect((await db.argNode.findUniqueOrThrow({ where: { id: f.nodes.a } })).title).toBe("Claim A");
    expect(await db.argNode.findUnique({ where: { id: added.id } })).toBeNull();
    expect(await db.change.count({ where: { debateId: f.debateId } })).toBeGreaterThan(before);
  });

  it("needs an editor to restore", async () => {
    const viewer = await makeUser("viewer");
    const f = await makeDebate({ members: [{ user: viewer, role: "viewer" }] });
    await expectAppError(
      restore({ user: viewer, debateId: f.debateId, input: RestoreInput.parse({ scope: "debate", seq: 0 }) }),
      "forbidden",
    );
  });
});
