// Who may do what: every role × every action, on a private and on a public debate. Each case gets
// its own debate, so an allowed delete cannot hide a later case's outcome. Allowed actions must
// take effect; refused ones must leave the debate exactly as it was.
import { describe, expect, it } from "vitest";
import {
  CreateEdgeInput,
  CreateNodeInput,
  SetMemberInput,
  UpdateDebateInput,
  UpdateNodeInput,
} from "@/lib/domain/schemas";
import type { Visibility } from "@/lib/domain/vocabulary";
import type { SessionUser } from "@/lib/server/auth-guard";
import { deleteDebate } from "@/lib/server/debates/delete-debate";
import { getDebate } from "@/lib/server/debates/get-debate";
import { setMember } from "@/lib/server/debates/set-member";
import { updateDebate } from "@/lib/server/debates/update-debate";
import { createEdge } from "@/lib/server/edges/create-edge";
import { createNode } from "@/lib/server/nodes/create-node";
import { deleteNode } from "@/lib/server/nodes/delete-node";
import { updateNode } from "@/lib/server/nodes/update-node";
import { countsOf, db, expectAppError, makeDebate, makeUser, snapshot, type Fixture } from "./helpers";

type Outcome = "ok" | "unauthorized" | "forbidden";
type Who = "owner" | "editor" | "commenter" | "viewer" | "stranger" | "anonymous";
type Ctx = Fixture & { visibility: Visibility; bystander: SessionUser };

type Action = {
  run: (c: Ctx, user: SessionUser | null) => Promise<unknown>;
  /** What an allowed call must have done. */
  effect: (c: Ctx, result: unknown) => void | Promise<void>;
};

const ACTIONS = {
  "get debate": {
    run: (c, user) => getDebate({ user, debateId: c.debateId }),
    effect: (c, r) => {
      expect(r).toMatchObject({ id: c.debateId, visibility: c.visibility });
      expect((r as { nodes: unknown[] }).nodes).toHaveLength(3);
    },
  },
  "create node": {
    run: (c, user) =>
      createNode({ user, debateId: c.debateId, input: CreateNodeInput.parse({ kind: "claim", title: "added" }) }),
    effect: async (c) => expect((await countsOf(c.debateId)).nodes).toBe(4),
  },
  "update node": {
    run: (c, user) =>
      updateNode({ user, nodeId: c.nodes.a, input: UpdateNodeInput.parse({ version: 1, title: "edited" }) }),
    effect: async (c) =>
      expect(await db.argNode.findUniqueOrThrow({ where: { id: c.nodes.a } })).toMatchObject({
        title: "edited",
        version: 2,
      }),
  },
  "delete node": {
    run: (c, user) => deleteNode({ user, nodeId: c.nodes.a }),
    effect: async (c) => expect(await countsOf(c.debateId)).toMatchObject({ nodes: 2, edges: 0 }),
  },
  "create edge": {
    run: (c, user) =>
      createEdge({
        user,
        debateId: c.debateId,
        input: CreateEdgeInput.parse({ source: c.nodes.c, target: c.nodes.a, relation: "supports" }),
      }),
    effect: async (c) => expect((await countsOf(c.debateId)).edges).toBe(2),
  },
  "update title": {
    run: (c, user) =>
      updateDebate({ user, debateId: c.debateId, input: UpdateDebateInput.parse({ version: 1, title: "retitled" }) }),
    effect: async (c) =>
      expect(await db.debate.findUniqueOrThrow({ where: { id: c.debateId } })).toMatchObject({
        title: "retitled",
        version: 2,
      }),
  },
  "set visibility": {
    run: (c, user) =>
      updateDebate({
        user,
        debateId: c.debateId,
        input: UpdateDebateInput.parse({ version: 1, visibility: c.visibility === "public" ? "private" : "public" }),
      }),
    effect: async (c) =>
      expect((await db.debate.findUniqueOrThrow({ where: { id: c.debateId } })).visibility).toBe(
        c.visibility === "public" ? "private" : "public",
      ),
  },
  "set member": {
    run: (c, user) =>
      setMember({
        user,
        debateId: c.debateId,
        input: SetMemberInput.parse({ email: c.bystander.email, role: "viewer" }),
      }),
    effect: async (c) =>
      expect(
        await db.membership.findUnique({
          where: { debateId_userId: { debateId: c.debateId, userId: c.bystander.id } },
        }),
      ).toMatchObject({ role: "viewer" }),
  },
  "delete debate": {
    run: (c, user) => deleteDebate({ user, debateId: c.debateId }),
    effect: async (c) => expect(await countsOf(c.debateId)).toMatchObject({ debates: 0, nodes: 0, edges: 0 }),
  },
} satisfies Record<string, Action>;
type ActionName = keyof typeof ACTIONS;

const WHO: Who[] = ["owner", "editor", "commenter", "viewer", "stranger", "anonymous"];
const ok = (...who: Who[]) => who;

/** Who may do each action; everyone else is refused (anonymous: "unauthorized", others: "forbidden"). */
function allowed(visibility: Visibility): Record<ActionName, Who[]> {
  const editors = ok("owner", "editor");
  return {
    "get debate": visibility === "public" ? WHO : ok("owner", "editor", "commenter", "viewer"),
    "create node": editors,
    "update node": editors,
    "delete node": editors,
    "create edge": editors,
    "update title": editors,
    "set visibility": ok("owner"),
    "set member": ok("owner"),
    "delete debate": ok("owner"),
  };
}

function expected(visibility: Visibility, action: ActionName, who: Who): Outcome {
  if (allowed(visibility)[action].includes(who)) return "ok";
  return who === "anonymous" ? "unauthorized" : "forbidden";
}

const CASES = (["private", "public"] as const).flatMap((visibility) =>
  (Object.keys(ACTIONS) as ActionName[]).flatMap((action) =>
    WHO.map((who) => ({ visibility, action, who, outcome: expected(visibility, action, who) })),
  ),
);

async function setUp(visibility: Visibility, who: Who): Promise<{ ctx: Ctx; user: SessionUser | null }> {
  const owner = await makeUser("owner");
  const bystander = await makeUser("bystander");
  if (who === "owner" || who === "anonymous") {
    const f = await makeDebate({ owner, visibility });
    return { ctx: { ...f, visibility, bystander }, user: who === "owner" ? owner : null };
  }
  const user = await makeUser(who);
  const members = who === "stranger" ? [] : [{ user, role: who }];
  const f = await makeDebate({ owner, visibility, members });
  return { ctx: { ...f, visibility, bystander }, user };
}

describe("access control", () => {
  it("covers every role and action on both visibilities", () => {
    expect(CASES).toHaveLength(2 * 6 * 9);
    // Sanity of the table itself: the public debate differs from the private one only in who can read it.
    const diff = CASES.filter((c) => c.visibility === "public" && c.outcome !== expected("private", c.action, c.who));
    expect(diff.map((c) => `${c.action}/${c.who}`).sort()).toEqual(["get debate/anonymous", "get debate/stranger"]);
  });

  it.each(CASES)("$visibility debate: $who → $action → $outcome", async ({ visibility, action, who, outcome }) => {
    const { ctx, user } = await setUp(visibility, who);
    const before = await snapshot(ctx.debateId);
    const act = ACTIONS[action] as Action;
    if (outcome === "ok") {
      const result = await act.run(ctx, user);
      await act.effect(ctx, result);
    } else {
      await expectAppError(act.run(ctx, user), outcome);
      expect(await snapshot(ctx.debateId)).toEqual(before);
    }
  });
});
