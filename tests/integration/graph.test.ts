// Arguments and connections: create, update (version-checked), delete with cascade, and the
// connection rules, through the use cases against the real database.
import { describe, expect, it } from "vitest";
import { CreateEdgeInput, CreateNodeInput, NodeDto, UpdateEdgeInput, UpdateNodeInput } from "@/lib/domain/schemas";
import { createEdge } from "@/lib/server/edges/create-edge";
import { deleteEdge } from "@/lib/server/edges/delete-edge";
import { updateEdge } from "@/lib/server/edges/update-edge";
import { createNode } from "@/lib/server/nodes/create-node";
import { deleteNode } from "@/lib/server/nodes/delete-node";
import { updateNode } from "@/lib/server/nodes/update-node";
import {
  card,
  countsOf,
  db,
  expectAppError,
  makeDebate,
  makeSource,
  snapshot,
  unique,
  withPoisonedChangeLog,
} from "./helpers";

const changesFor = (entityId: string) => db.change.findMany({ where: { entityId }, orderBy: { seq: "asc" } });

describe("nodes", () => {
  it("creates an argument and records it", async () => {
    const f = await makeDebate({});
    const node = await createNode({
      user: f.owner,
      debateId: f.debateId,
      input: CreateNodeInput.parse({
        kind: "claim",
        side: "aff",
        role: "harms",
        speech: "1AC",
        title: "Training without conditions backfires",
        position: { x: 40, y: -25 },
      }),
    });
    expect(node).toMatchObject({
      kind: "claim",
      side: "aff",
      role: "harms",
      speech: "1AC",
      title: "Training without conditions backfires",
      position: { x: 40, y: -25 },
      version: 1,
      evidence: null,
    });
    const row = await db.argNode.findUniqueOrThrow({ where: { id: node.id } });
    expect(row).toMatchObject({ debateId: f.debateId, createdById: f.owner.id, x: 40, y: -25, version: 1 });

    const changes = await changesFor(node.id);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ debateId: f.debateId, actorId: f.owner.id, entity: "node", action: "create" });
    expect(JSON.parse(changes[0]!.after!)).toEqual(node);
  });

  it("updates with the current version, bumps it and records before and after", async () => {
    const f = await makeDebate({});
    const node = await updateNode({
      user: f.owner,
      nodeId: f.nodes.a,
      input: UpdateNodeInput.parse({ version: 1, title: "Sharper claim", body: "Because." }),
    });
    expect(node).toMatchObject({ id: f.nodes.a, title: "Sharper claim", body: "Because.", version: 2, side: "aff" });
    expect(await db.argNode.findUniqueOrThrow({ where: { id: f.nodes.a } })).toMatchObject({
      title: "Sharper claim",
      version: 2,
    });
    const [change] = await changesFor(f.nodes.a);
    expect(change).toMatchObject({ entity: "node", action: "update", actorId: f.owner.id });
    expect(JSON.parse(change!.before!)).toMatchObject({ title: "Claim A", version: 1 });
    expect(JSON.parse(change!.after!)).toEqual(node);
  });

  it("refuses a stale version with a conflict carrying the current argument, and changes nothing", async () => {
    const f = await makeDebate({});
    const current = await updateNode({
      user: f.owner,
      nodeId: f.nodes.a,
      input: UpdateNodeInput.parse({ version: 1, title: "First writer" }),
    });
    const before = await snapshot(f.debateId);

    const err = await expectAppError(
      updateNode({
        user: f.owner,
        nodeId: f.nodes.a,
        input: UpdateNodeInput.parse({ version: 1, title: "Second writer" }),
      }),
      "conflict",
    );
    const details = err.details as { current: unknown };
    expect(NodeDto.parse(details.current)).toEqual(current);
    expect(current).toMatchObject({ title: "First writer", version: 2 });
    expect(await snapshot(f.debateId)).toEqual(before);
  });

  it("answers not_found for an argument that does not exist", async () => {
    const f = await makeDebate({});
    await expectAppError(
      updateNode({
        user: f.owner,
        nodeId: unique("missing"),
        input: UpdateNodeInput.parse({ version: 1, title: "x" }),
      }),
      "not_found",
    );
  });

  it("deletes an argument with every connection touching it, recording each removal", async () => {
    const f = await makeDebate({});
    // x has one outgoing and two incoming edges; b -> a must survive.
    const x = await createNode({
      user: f.owner,
      debateId: f.debateId,
      input: CreateNodeInput.parse({ kind: "claim", title: "X" }),
    });
    const e1 = await createEdge({
      user: f.owner,
      debateId: f.debateId,
      input: CreateEdgeInput.parse({ source: x.id, target: f.nodes.a, relation: "supports" }),
    });
    const e2 = await createEdge({
      user: f.owner,
      debateId: f.debateId,
      input: CreateEdgeInput.parse({ source: f.nodes.b, target: x.id, relation: "rebuts" }),
    });
    const e3 = await createEdge({
      user: f.owner,
      debateId: f.debateId,
      input: CreateEdgeInput.parse({ source: f.nodes.c, target: x.id, relation: "supports" }),
    });
    const changesBefore = await db.change.count({ where: { debateId: f.debateId } });

    const deleted = await deleteNode({ user: f.owner, nodeId: x.id, version: 1 });
    expect(deleted.nodes).toEqual([x.id]);
    expect([...deleted.edges].sort()).toEqual([e1.id, e2.id, e3.id].sort());

    expect(await db.argNode.findUnique({ where: { id: x.id } })).toBeNull();
    expect(await db.edge.count({ where: { id: { in: [e1.id, e2.id, e3.id] } } })).toBe(0);
    expect(await db.edge.findUnique({ where: { id: f.edgeId } })).not.toBeNull();
    expect(await countsOf(f.debateId)).toMatchObject({ nodes: 3, edges: 1, changes: changesBefore + 4 });

    const newRows = await db.change.findMany({
      where: { debateId: f.debateId },
      orderBy: { seq: "asc" },
      skip: changesBefore,
    });
    expect(newRows.map((c) => `${c.entity}:${c.action}:${c.entityId}`).sort()).toEqual(
      [`edge:delete:${e1.id}`, `edge:delete:${e2.id}`, `edge:delete:${e3.id}`, `node:delete:${x.id}`].sort(),
    );
    for (const c of newRows) {
      expect(c.actorId).toBe(f.owner.id);
      expect(JSON.parse(c.before!).id).toBe(c.entityId);
    }
  });

  it("deletes all or nothing: if the last history row fails, the connections stay", async () => {
    const f = await makeDebate({});
    const before = await snapshot(f.debateId);
    // The node's delete row is written last (after the edge rows and the deletes); poison it.
    await withPoisonedChangeLog({ entityId: f.nodes.a }, async () => {
      await expect(deleteNode({ user: f.owner, nodeId: f.nodes.a })).rejects.toThrow();
    });
    expect(await snapshot(f.debateId)).toEqual(before);
    expect(before.counts).toMatchObject({ nodes: 3, edges: 1 });
    // Without the trigger the same delete goes through (so the history row was what failed).
    await deleteNode({ user: f.owner, nodeId: f.nodes.a });
    expect(await countsOf(f.debateId)).toMatchObject({ nodes: 2, edges: 0, changes: before.counts.changes + 2 });
  });

  it("refuses to delete with a stale version", async () => {
    const f = await makeDebate({});
    await updateNode({
      user: f.owner,
      nodeId: f.nodes.a,
      input: UpdateNodeInput.parse({ version: 1, title: "edited" }),
    });
    const before = await snapshot(f.debateId);
    const err = await expectAppError(deleteNode({ user: f.owner, nodeId: f.nodes.a, version: 1 }), "conflict");
    expect((err.details as { current: NodeDto }).current).toMatchObject({ id: f.nodes.a, version: 2 });
    expect(await snapshot(f.debateId)).toEqual(before);
  });
});

describe("evidence cards", () => {
  it("accepts a card quoting a source of the same debate", async () => {
    const f = await makeDebate({});
    const source = await makeSource(f.debateId);
    const ev = card(source, 6, 16);
    const node = await createNode({
      user: f.owner,
      debateId: f.debateId,
      input: CreateNodeInput.parse({ kind: "evidence", title: "Card", evidence: ev }),
    });
    // The server decides the anchor status: this span matches the source text.
    expect(node.evidence).toEqual({ ...ev, status: "exact" });
    expect(await db.argNode.findUniqueOrThrow({ where: { id: node.id } })).toMatchObject({
      sourceId: source.id,
      quote: "beta gamma",
      quoteStart: 6,
      quoteEnd: 16,
      anchorStatus: "exact",
    });
  });

  it("marks a card whose quote is not at its offsets as orphaned, and keeps a moved status when only highlights change", async () => {
    const f = await makeDebate({});
    const source = await makeSource(f.debateId);
    const wrong = { ...card(source, 6, 16), quote: "not in the text" };
    const orphan = await createNode({
      user: f.owner,
      debateId: f.debateId,
      input: CreateNodeInput.parse({ kind: "evidence", title: "Card", evidence: wrong }),
    });
    expect(orphan.evidence!.status).toBe("orphaned");

    const ev = card(source, 6, 16);
    const node = await createNode({
      user: f.owner,
      debateId: f.debateId,
      input: CreateNodeInput.parse({ kind: "evidence", title: "Card", evidence: ev }),
    });
    await db.argNode.update({ where: { id: node.id }, data: { anchorStatus: "moved" } });
    const updated = await updateNode({
      user: f.owner,
      nodeId: node.id,
      input: UpdateNodeInput.parse({ version: node.version, evidence: { ...ev, highlights: [{ start: 0, end: 4 }] } }),
    });
    expect(updated.evidence).toMatchObject({ status: "moved", highlights: [{ start: 0, end: 4 }] });
  });

  it("refuses a card whose source belongs to another debate, on create and on update", async () => {
    const f = await makeDebate({});
    const other = await makeDebate({ owner: f.owner });
    const foreign = await makeSource(other.debateId);
    const before = await snapshot(f.debateId);

    await expectAppError(
      createNode({
        user: f.owner,
        debateId: f.debateId,
        input: CreateNodeInput.parse({ kind: "evidence", title: "Stolen card", evidence: card(foreign, 0, 5) }),
      }),
      "validation_failed",
    );
    expect(await snapshot(f.debateId)).toEqual(before);

    // Turn an existing argument into evidence pointing at the foreign source: also refused.
    await expectAppError(
      updateNode({
        user: f.owner,
        nodeId: f.nodes.c,
        input: UpdateNodeInput.parse({ version: 1, kind: "evidence", evidence: card(foreign, 0, 5) }),
      }),
      "validation_failed",
    );
    expect(await snapshot(f.debateId)).toEqual(before);
    expect(await db.argNode.count({ where: { sourceId: foreign.id } })).toBe(0);
  });

  it("refuses a card pointing at a source that does not exist", async () => {
    const f = await makeDebate({});
    const ghost = { id: unique("nosource"), text: "Alpha beta gamma" };
    await expectAppError(
      createNode({
        user: f.owner,
        debateId: f.debateId,
        input: CreateNodeInput.parse({ kind: "evidence", evidence: card(ghost, 0, 5) }),
      }),
      "validation_failed",
    );
    expect((await countsOf(f.debateId)).nodes).toBe(3);
  });
});

describe("edges", () => {
  it("creates, re-types and deletes a connection, each with its history row", async () => {
    const f = await makeDebate({});
    const edge = await createEdge({
      user: f.owner,
      debateId: f.debateId,
      input: CreateEdgeInput.parse({ source: f.nodes.c, target: f.nodes.a, relation: "supports" }),
    });
    expect(edge).toMatchObject({ source: f.nodes.c, target: f.nodes.a, relation: "supports", version: 1 });
    expect(await db.edge.findUniqueOrThrow({ where: { id: edge.id } })).toMatchObject({
      debateId: f.debateId,
      sourceId: f.nodes.c,
      targetId: f.nodes.a,
    });

    const updated = await updateEdge({
      user: f.owner,
      edgeId: edge.id,
      input: UpdateEdgeInput.parse({ version: 1, relation: "extends" }),
    });
    expect(updated).toMatchObject({ id: edge.id, relation: "extends", version: 2 });
    expect(await db.edge.findUniqueOrThrow({ where: { id: edge.id } })).toMatchObject({
      relation: "extends",
      version: 2,
    });

    expect(await deleteEdge({ user: f.owner, edgeId: edge.id, version: 2 })).toEqual({ nodes: [], edges: [edge.id] });
    expect(await db.edge.findUnique({ where: { id: edge.id } })).toBeNull();
    expect((await changesFor(edge.id)).map((c) => c.action)).toEqual(["create", "update", "delete"]);
  });

  it("refuses a stale edge version with the current connection", async () => {
    const f = await makeDebate({});
    await updateEdge({
      user: f.owner,
      edgeId: f.edgeId,
      input: UpdateEdgeInput.parse({ version: 1, relation: "undercuts" }),
    });
    const before = await snapshot(f.debateId);
    const err = await expectAppError(
      updateEdge({ user: f.owner, edgeId: f.edgeId, input: UpdateEdgeInput.parse({ version: 1, relation: "turns" }) }),
      "conflict",
    );
    expect((err.details as { current: unknown }).current).toEqual({
      id: f.edgeId,
      source: f.nodes.b,
      target: f.nodes.a,
      relation: "undercuts",
      version: 2,
    });
    await expectAppError(deleteEdge({ user: f.owner, edgeId: f.edgeId, version: 1 }), "conflict");
    expect(await snapshot(f.debateId)).toEqual(before);
  });

  it("refuses to connect arguments of two different debates", async () => {
    const f = await makeDebate({});
    const other = await makeDebate({ owner: f.owner });
    const before = [await snapshot(f.debateId), await snapshot(other.debateId)];
    await expectAppError(
      createEdge({
        user: f.owner,
        debateId: f.debateId,
        input: CreateEdgeInput.parse({ source: f.nodes.c, target: other.nodes.a, relation: "rebuts" }),
      }),
      "validation_failed",
    );
    await expectAppError(
      createEdge({
        user: f.owner,
        debateId: f.debateId,
        input: CreateEdgeInput.parse({ source: other.nodes.c, target: f.nodes.a, relation: "rebuts" }),
      }),
      "validation_failed",
    );
    // Nor both ends in the other debate while claiming this one.
    await expectAppError(
      createEdge({
        user: f.owner,
        debateId: f.debateId,
        input: CreateEdgeInput.parse({ source: other.nodes.c, target: other.nodes.a, relation: "rebuts" }),
      }),
      "validation_failed",
    );
    expect([await snapshot(f.debateId), await snapshot(other.debateId)]).toEqual(before);
  });

  it("refuses a self-loop", async () => {
    const f = await makeDebate({});
    const before = await snapshot(f.debateId);
    await expectAppError(
      createEdge({
        user: f.owner,
        debateId: f.debateId,
        input: CreateEdgeInput.parse({ source: f.nodes.a, target: f.nodes.a, relation: "supports" }),
      }),
      "validation_failed",
    );
    expect(await snapshot(f.debateId)).toEqual(before);
  });

  it("refuses a duplicate connection with a conflict", async () => {
    const f = await makeDebate({});
    const before = await snapshot(f.debateId);
    // b -> a already exists (as "rebuts"); a second one, even with another relation, is a duplicate.
    await expectAppError(
      createEdge({
        user: f.owner,
        debateId: f.debateId,
        input: CreateEdgeInput.parse({ source: f.nodes.b, target: f.nodes.a, relation: "undercuts" }),
      }),
      "conflict",
    );
    expect(await snapshot(f.debateId)).toEqual(before);
    // The reverse direction is a different connection and is allowed.
    await createEdge({
      user: f.owner,
      debateId: f.debateId,
      input: CreateEdgeInput.parse({ source: f.nodes.a, target: f.nodes.b, relation: "rebuts" }),
    });
    expect((await countsOf(f.debateId)).edges).toBe(2);
  });
});
