// Argument nodes, premises, contradictions and tags through the use cases against the real
// database: scheme and premise numbers are stored, read back and kept in the change log.
import { describe, expect, it } from "vitest";
import { CreateEdgeInput, CreateNodeInput, UpdateNodeInput } from "@/lib/domain/schemas";
import { createEdge } from "@/lib/server/edges/create-edge";
import { createNode } from "@/lib/server/nodes/create-node";
import { updateNode } from "@/lib/server/nodes/update-node";
import { getDebate } from "@/lib/server/debates/get-debate";
import { db, expectAppError, makeDebate } from "./helpers";

describe("arguments and premises", () => {
  it("stores an argument's scheme and its numbered premises, and refuses a premise of a statement", async () => {
    const f = await makeDebate({});
    const arg = await createNode({
      user: f.owner,
      debateId: f.debateId,
      input: CreateNodeInput.parse({ kind: "argument", title: "From expert opinion", scheme: "Expert Opinion" }),
    });
    expect(arg).toMatchObject({ kind: "argument", scheme: "Expert Opinion" });
    const premise = await createEdge({
      user: f.owner,
      debateId: f.debateId,
      input: CreateEdgeInput.parse({ source: f.nodes.a, target: arg.id, relation: "premise", position: 2 }),
    });
    expect(premise).toMatchObject({ relation: "premise", position: 2 });
    const graph = await getDebate({ user: f.owner, debateId: f.debateId });
    expect(graph.nodes.find((n) => n.id === arg.id)).toMatchObject({ scheme: "Expert Opinion" });
    expect(graph.edges.find((e) => e.id === premise.id)).toMatchObject({ position: 2 });
    const change = await db.change.findFirstOrThrow({ where: { entityId: premise.id } });
    expect(JSON.parse(change.after!)).toMatchObject({ position: 2, relation: "premise" });

    await expectAppError(
      createEdge({
        user: f.owner,
        debateId: f.debateId,
        input: CreateEdgeInput.parse({ source: f.nodes.a, target: f.nodes.b, relation: "premise" }),
      }),
      "validation_failed",
    );
  });

  it("edits a node's tags through the node PATCH, validated and recorded", async () => {
    const f = await makeDebate({});
    const node = await updateNode({
      user: f.owner,
      nodeId: f.nodes.a,
      input: UpdateNodeInput.parse({ version: 1, tags: ["energy", "long term"] }),
    });
    expect(node.tags).toEqual(["energy", "long term"]);
    const change = await db.change.findFirstOrThrow({ where: { entityId: f.nodes.a, action: "update" } });
    expect(JSON.parse(change.after!).tags).toEqual(["energy", "long term"]);
    expect(JSON.parse(change.before!).tags).toEqual([]);
    expect(UpdateNodeInput.safeParse({ version: 2, tags: [""] }).success).toBe(false);
    expect(UpdateNodeInput.safeParse({ version: 2, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }).success).toBe(
      false,
    );
  });
});
