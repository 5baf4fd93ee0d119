// Batches of graph operations: one transaction, all or nothing, errors naming the failing index.
import { describe, expect, it } from "vitest";
import { OpsInput } from "@/lib/domain/schemas";
import { applyOps } from "@/lib/server/debates/apply-ops";
import { countsOf, db, expectAppError, makeDebate, makeSource, card, unique } from "./helpers";

const createNode = (id: string) => ({ op: "createNode", node: { id, kind: "claim", title: `node ${id}` } });
const edge = (source: string, target: string, relation: string) => ({
  op: "createEdge",
  edge: { source, target, relation },
});

describe("applyOps", () => {
  it("applies a batch whose later ops refer to ids created earlier in it", async () => {
    const f = await makeDebate({});
    const source = await makeSource(f.debateId);
    const [claim, answer, ev] = [unique("op-claim"), unique("op-answer"), unique("op-ev")];
    const before = await countsOf(f.debateId);

    const results = await applyOps({
      user: f.owner,
      debateId: f.debateId,
      input: OpsInput.parse({
        ops: [
          { op: "createNode", node: { id: claim, kind: "claim", side: "aff", title: "New claim" } },
          { op: "createNode", node: { id: answer, kind: "rebuttal", side: "neg", title: "Answer" } },
          { op: "createNode", node: { id: ev, kind: "evidence", side: "neg", evidence: card(source, 0, 5) } },
          { op: "createEdge", edge: { source: answer, target: claim, relation: "rebuts" } },
          { op: "createEdge", edge: { source: ev, target: answer, relation: "supports" } },
          { op: "updateNode", id: claim, version: 1, patch: { title: "New claim, refined" } },
          { op: "deleteEdge", id: f.edgeId },
        ],
      }),
    });

    expect(results).toHaveLength(7);
    expect(results.slice(0, 3).map((r) => r.node?.id)).toEqual([claim, answer, ev]);
    expect(results[3]!.edge).toMatchObject({ source: answer, target: claim, relation: "rebuts", version: 1 });
    expect(results[4]!.edge).toMatchObject({ source: ev, target: answer, relation: "supports" });
    expect(results[5]!.node).toMatchObject({ id: claim, title: "New claim, refined", version: 2 });
    expect(results[6]!.deleted).toEqual({ nodes: [], edges: [f.edgeId] });

    expect(await countsOf(f.debateId)).toMatchObject({
      nodes: before.nodes + 3,
      edges: before.edges + 2 - 1,
      changes: before.changes + 7,
    });
    expect(await db.argNode.findUniqueOrThrow({ where: { id: claim } })).toMatchObject({
      debateId: f.debateId,
      title: "New claim, refined",
      version: 2,
    });
    expect(await db.edge.findFirst({ where: { sourceId: answer, targetId: claim } })).toMatchObject({
      debateId: f.debateId,
      relation: "rebuts",
    });
    expect(await db.edge.findUnique({ where: { id: f.edgeId } })).toBeNull();
  });

  type Ids = { n1: string; n2: string; a: string; foreign: string };
  // Ops 0 and 1 succeed on their own; op 2 fails; op 3 is never reached.
  const failingThirdOps = [
    {
      why: "a self-loop",
      code: "validation_failed",
      first: (i: Ids) => [createNode(i.n1), createNode(i.n2)],
      third: (i: Ids) => edge(i.n1, i.n1, "supports"),
    },
    {
      why: "a stale version",
      code: "conflict",
      first: (i: Ids) => [createNode(i.n1), createNode(i.n2)],
      third: (i: Ids) => ({ op: "updateNode", id: i.n1, version: 7, patch: { title: "stale" } }),
    },
    {
      why: "an unknown node",
      code: "not_found",
      first: (i: Ids) => [createNode(i.n1), createNode(i.n2)],
      third: () => ({ op: "deleteNode", id: unique("nowhere") }),
    },
    {
      why: "a duplicate edge",
      code: "conflict",
      first: (i: Ids) => [createNode(i.n1), edge(i.n1, i.a, "supports")],
      third: (i: Ids) => edge(i.n1, i.a, "rebuts"),
    },
    {
      why: "a node of another debate",
      code: "validation_failed",
      first: (i: Ids) => [createNode(i.n1), createNode(i.n2)],
      third: (i: Ids) => edge(i.n1, i.foreign, "rebuts"),
    },
  ] as const;

  it.each(failingThirdOps)(
    "changes nothing at all when the third op fails ($why), and names index 2",
    async ({ code, first, third }) => {
      const f = await makeDebate({});
      const other = await makeDebate({ owner: f.owner });
      const ids: Ids = { n1: unique("op-n1"), n2: unique("op-n2"), a: f.nodes.a, foreign: other.nodes.a };
      const before = await countsOf(f.debateId);
      const otherBefore = await countsOf(other.debateId);
      const totalChanges = await db.change.count();

      const ops = [...first(ids), third(ids), createNode(unique("op-never"))];
      const err = await expectAppError(
        applyOps({ user: f.owner, debateId: f.debateId, input: OpsInput.parse({ ops }) }),
        code,
      );
      expect(err.message).toMatch(/^operation 2 \(/);
      expect((err.details as { index: number }).index).toBe(2);

      expect(await countsOf(f.debateId)).toEqual(before);
      expect(await countsOf(other.debateId)).toEqual(otherBefore);
      expect(await db.change.count()).toBe(totalChanges);
      expect(await db.argNode.count({ where: { id: { in: [ids.n1, ids.n2] } } })).toBe(0);
    },
  );

  it("keeps the conflict's current row alongside the index", async () => {
    const f = await makeDebate({});
    const err = await expectAppError(
      applyOps({
        user: f.owner,
        debateId: f.debateId,
        input: OpsInput.parse({
          ops: [
            { op: "updateNode", id: f.nodes.a, version: 1, patch: { title: "ok" } },
            { op: "updateNode", id: f.nodes.b, version: 1, patch: { title: "ok too" } },
            { op: "updateNode", id: f.nodes.a, version: 1, patch: { title: "stale: a is at version 2 now" } },
          ],
        }),
      }),
      "conflict",
    );
    // The current row reported is the one inside the (rolled back) transaction.
    expect(err.details).toMatchObject({ index: 2, current: { id: f.nodes.a, version: 2, title: "ok" } });
    expect(await db.argNode.findUniqueOrThrow({ where: { id: f.nodes.a } })).toMatchObject({
      title: "Claim A",
      version: 1,
    });
    expect(await db.argNode.findUniqueOrThrow({ where: { id: f.nodes.b } })).toMatchObject({
      title: "Rebuttal B",
      version: 1,
    });
  });
});
