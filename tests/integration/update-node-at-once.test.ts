// The synchronous SQLite path of an argument's edit (lib/server/nodes/update-node-at-once.ts):
// taken for an edit that leaves the card alone, with the same effects as the general path (the
// row, its version, one history row); left to the general path whenever a Prisma transaction is
// open, the version is stale, the card is touched, or on PostgreSQL.
import { describe, expect, it, vi } from "vitest";
import { UpdateNodeInput } from "@/lib/domain/schemas";
import { isPostgres } from "@/lib/server/db";
import { updateNode } from "@/lib/server/nodes/update-node";
import { updateNodeAtOnce } from "@/lib/server/nodes/update-node-at-once";
import { withTx } from "@/lib/server/tx";
import { countsOf, db, expectAppError, makeDebate, makeUser, snapshot, withPoisonedChangeLog } from "./helpers";

const patch = (o: Record<string, unknown>) => UpdateNodeInput.parse(o);

if (!isPostgres)
  describe("an edit on SQLite in one synchronous transaction", () => {
    it("writes the row, bumps its version and records one history row", async () => {
      const f = await makeDebate({});
      const before = await countsOf(f.debateId);
      const node = updateNodeAtOnce(
        f.owner,
        f.nodes.a,
        patch({ version: 1, title: "At once", position: { x: 5, y: 7 } }),
      );
      expect(node).toMatchObject({ id: f.nodes.a, title: "At once", version: 2, position: { x: 5, y: 7 } });
      expect(await db.argNode.findUniqueOrThrow({ where: { id: f.nodes.a } })).toMatchObject({
        title: "At once",
        version: 2,
        x: 5,
        y: 7,
      });
      expect((await countsOf(f.debateId)).changes).toBe(before.changes + 1);
      const change = await db.change.findFirstOrThrow({ where: { debateId: f.debateId }, orderBy: { seq: "desc" } });
      expect(change).toMatchObject({ entity: "node", entityId: f.nodes.a, action: "update", actorId: f.owner.id });
      expect(JSON.parse(change.before!)).toMatchObject({ title: "Claim A", version: 1 });
      expect(JSON.parse(change.after!)).toMatchObject({ title: "At once", version: 2 });
    });

    it("is the path updateNode takes for an edit that leaves the card alone, and only for that", async () => {
      const f = await makeDebate({});
      const transactions = vi.spyOn(db, "$transaction");
      try {
        const node = await updateNode({ user: f.owner, nodeId: f.nodes.a, input: patch({ version: 1, title: "X" }) });
        expect(node).toMatchObject({ title: "X", version: 2 });
        expect(transactions).not.toHaveBeenCalled();
        await updateNode({ user: f.owner, nodeId: f.nodes.a, input: patch({ version: 2, kind: "claim" }) });
        expect(transactions).toHaveBeenCalledTimes(1);
      } finally {
        transactions.mockRestore();
      }
    });

    it("leaves a stale version, the card and an open transaction to the general path, changing nothing", async () => {
      const f = await makeDebate({});
      const start = await snapshot(f.debateId);
      expect(updateNodeAtOnce(f.owner, f.nodes.a, patch({ version: 7, title: "stale" }))).toBeNull();
      expect(updateNodeAtOnce(f.owner, f.nodes.a, patch({ version: 1, kind: "claim" }))).toBeNull();
      const inside = await withTx(async (tx) => {
        await tx.argNode.count({ where: { debateId: f.debateId } });
        return updateNodeAtOnce(f.owner, f.nodes.a, patch({ version: 1, title: "inside" }));
      });
      expect(inside).toBeNull();
      expect(await snapshot(f.debateId)).toEqual(start);
      // The general path then gives the stale version its 409.
      await expectAppError(
        updateNode({ user: f.owner, nodeId: f.nodes.a, input: patch({ version: 7, title: "stale" }) }),
        "conflict",
      );
    });

    it("refuses a caller who may not edit and a missing argument, changing nothing", async () => {
      const viewer = await makeUser("viewer");
      const f = await makeDebate({ members: [{ user: viewer, role: "viewer" }] });
      const start = await snapshot(f.debateId);
      expect(() => updateNodeAtOnce(viewer, f.nodes.a, patch({ version: 1, title: "no" }))).toThrow(/editor access/);
      expect(() => updateNodeAtOnce(null, f.nodes.a, patch({ version: 1, title: "no" }))).toThrow(/sign in/);
      expect(() => updateNodeAtOnce(f.owner, "missing-node", patch({ version: 1, title: "no" }))).toThrow(/not found/);
      expect(await snapshot(f.debateId)).toEqual(start);
    });

    it("rolls back the row when its history row fails, and the general path reports it", async () => {
      const f = await makeDebate({});
      const start = await snapshot(f.debateId);
      await withPoisonedChangeLog({ entityId: f.nodes.a }, async () => {
        expect(updateNodeAtOnce(f.owner, f.nodes.a, patch({ version: 1, title: "poisoned" }))).toBeNull();
        await expect(
          updateNode({ user: f.owner, nodeId: f.nodes.a, input: patch({ version: 1, title: "poisoned" }) }),
        ).rejects.toThrow();
      });
      expect(await snapshot(f.debateId)).toEqual(start);
    });
  });

if (isPostgres)
  describe("an edit on PostgreSQL", () => {
    it("always takes the general path", async () => {
      const f = await makeDebate({});
      expect(updateNodeAtOnce(f.owner, f.nodes.a, patch({ version: 1, title: "pg" }))).toBeNull();
    });
  });
