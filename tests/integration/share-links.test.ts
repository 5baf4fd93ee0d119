// Share links as issue 15 (item 10) asks: opening the join page never writes, joining is a POST,
// redeeming never lowers a role, and revoking (or the expiry of) a link gives back a direct role
// it had raised.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { CreateLinkInput, SetMemberInput, UpdateNodeInput } from "@/lib/domain/schemas";
import type { SessionUser } from "@/lib/server/auth-guard";
import { getDebate } from "@/lib/server/debates/get-debate";
import { listDebates } from "@/lib/server/debates/list-debates";
import { setMember } from "@/lib/server/debates/set-member";
import { createLink } from "@/lib/server/links/create-link";
import { redeemLink } from "@/lib/server/links/redeem-link";
import { revokeLink } from "@/lib/server/links/revoke-link";
import { updateNode } from "@/lib/server/nodes/update-node";
import { db, expectAppError, makeDebate, makeUser } from "./helpers";

// The join page asks Better Auth who is signed in; here that is whoever the test says.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/server/auth", () => ({ currentUser: () => Promise.resolve(session.user) }));

beforeEach(() => {
  session.user = null;
});

async function linkFor(owner: SessionUser, debateId: string, role: "viewer" | "commenter" | "editor") {
  return createLink({ user: owner, debateId, input: CreateLinkInput.parse({ role }) });
}

async function roleOf(user: SessionUser, debateId: string) {
  return (await getDebate({ user, debateId })).role;
}

/** Rows a render could have written for this debate: memberships and change-log entries. */
async function writesIn(debateId: string) {
  const [memberships, changes] = await Promise.all([
    db.membership.count({ where: { debateId } }),
    db.change.count({ where: { debateId } }),
  ]);
  return { memberships, changes };
}

describe("the join page", () => {
  it("shows what the link grants and writes nothing when rendered", async () => {
    const { default: JoinPage } = await import("@/app/join/[token]/page");
    const f = await makeDebate({});
    const guest = await makeUser("guest");
    const { token } = await linkFor(f.owner, f.debateId, "editor");
    const before = await writesIn(f.debateId);

    session.user = guest;
    const page = await JoinPage({ params: Promise.resolve({ token }) });

    // The page offers the link's role (the Offer element's props) rather than redirecting.
    expect(JSON.stringify(page)).toContain(`"offer":{"debateId":"${f.debateId}","debateTitle":"Debate ${f.debateId}"`);
    expect(JSON.stringify(page)).toContain('"linkRole":"editor","currentRole":null,"raises":true');
    expect(await writesIn(f.debateId)).toEqual(before);
    await expectAppError(getDebate({ user: guest, debateId: f.debateId }), "forbidden");
    // Joining is the POST the page's button sends.
    expect(await redeemLink({ user: guest, token })).toEqual({ debateId: f.debateId, role: "editor" });
    expect(await roleOf(guest, f.debateId)).toBe("editor");
  });
});

describe("redeeming a share link", () => {
  it("never lowers a role: a direct editor, and an editor through another link, keep editing", async () => {
    const direct = await makeUser("direct-editor");
    const linked = await makeUser("linked-editor");
    const f = await makeDebate({ members: [{ user: direct, role: "editor" }] });
    const editorLink = await linkFor(f.owner, f.debateId, "editor");
    const viewerLink = await linkFor(f.owner, f.debateId, "viewer");
    await redeemLink({ user: linked, token: editorLink.token });

    for (const user of [direct, linked, f.owner]) {
      const before = await writesIn(f.debateId);
      const expected = user === f.owner ? "owner" : "editor";
      expect(await redeemLink({ user, token: viewerLink.token })).toEqual({ debateId: f.debateId, role: expected });
      expect(await roleOf(user, f.debateId)).toBe(expected);
      expect(await writesIn(f.debateId)).toEqual(before);
    }
  });

  it("revoking a link gives back the direct role it had raised, and ends access for the others", async () => {
    const viewer = await makeUser("direct-viewer");
    const stranger = await makeUser("stranger");
    const f = await makeDebate({ members: [{ user: viewer, role: "viewer" }] });
    const { link, token } = await linkFor(f.owner, f.debateId, "editor");
    await redeemLink({ user: viewer, token });
    await redeemLink({ user: stranger, token });
    expect(await roleOf(viewer, f.debateId)).toBe("editor");

    expect((await revokeLink({ user: f.owner, linkId: link.id })).membersRemoved).toBe(1);
    expect(await roleOf(viewer, f.debateId)).toBe("viewer");
    expect((await listDebates({ user: viewer })).find((d) => d.id === f.debateId)?.role).toBe("viewer");
    await expectAppError(getDebate({ user: stranger, debateId: f.debateId }), "forbidden");
  });

  it("an expired link falls back to the direct role beneath it, through a second link too", async () => {
    const commenter = await makeUser("direct-commenter");
    const f = await makeDebate({ members: [{ user: commenter, role: "commenter" }] });
    const first = await linkFor(f.owner, f.debateId, "editor");
    await redeemLink({ user: commenter, token: first.token });
    // The write path reads the link's dates in its own statement (lib/server/nodes/node-rows.ts).
    const edit = (version: number) =>
      updateNode({ user: commenter, nodeId: f.nodes.a, input: UpdateNodeInput.parse({ version, title: "Via link" }) });
    expect((await edit(1)).version).toBe(2);
    await db.shareLink.update({ where: { id: first.link.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await roleOf(commenter, f.debateId)).toBe("commenter");
    await expectAppError(edit(2), "forbidden");
    expect((await listDebates({ user: commenter })).find((d) => d.id === f.debateId)?.role).toBe("commenter");

    // A second link raises it again, and still remembers the direct role under it.
    const second = await linkFor(f.owner, f.debateId, "editor");
    await redeemLink({ user: commenter, token: second.token });
    expect(await roleOf(commenter, f.debateId)).toBe("editor");
    await revokeLink({ user: f.owner, linkId: second.link.id });
    expect(await roleOf(commenter, f.debateId)).toBe("commenter");
  });

  it("a role the owner sets directly no longer hangs on the link", async () => {
    const guest = await makeUser("guest");
    const f = await makeDebate({});
    const { link, token } = await linkFor(f.owner, f.debateId, "editor");
    await redeemLink({ user: guest, token });
    await setMember({
      user: f.owner,
      debateId: f.debateId,
      input: SetMemberInput.parse({ email: guest.email, role: "commenter" }),
    });
    await revokeLink({ user: f.owner, linkId: link.id });
    expect(await roleOf(guest, f.debateId)).toBe("commenter");
  });
});
