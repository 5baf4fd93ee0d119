import { describe, expect, it } from "vitest";
import { CreateEdgeInput, CreateNodeInput, UpdateNodeInput } from "@/lib/domain/schemas";
import { getDebate } from "@/lib/server/debates/get-debate";
import { createEdge } from "@/lib/server/edges/create-edge";
import { createNode } from "@/lib/server/nodes/create-node";
import { deleteNode } from "@/lib/server/nodes/delete-node";
import { updateNode } from "@/lib/server/nodes/update-node";
import { makeDebate } from "./helpers";

describe("getDebate's cached graph follows the change log", () => {
  it("reflects every committed write, and serves identical graphs while nothing changes", async () => {
    const f = await makeDebate({});
    const first = await getDebate({ user: f.owner, debateId: f.debateId });
    const again = await getDebate({ user: f.owner, debateId: f.debateId });
    expect(again.nodes).toEqual(first.nodes);
    expect(again.seq).toBe(first.seq);

    const a = first.nodes.find((n) => n.id === f.nodes.a)!;
    await updateNode({ user: f.owner, nodeId: a.id, input: UpdateNodeInput.parse({ version: a.version, title: "Renamed" }) });
    const afterEdit = await getDebate({ user: f.owner, debateId: f.debateId });
    expect(afterEdit.seq).toBeGreaterThan(first.seq);
    expect(afterEdit.nodes.find((n) => n.id === a.id)).toMatchObject({ title: "Renamed", version: a.version + 1 });

    const n = await createNode({ user: f.owner, debateId: f.debateId, input: CreateNodeInput.parse({ kind: "claim", title: "New one" }) });
    await createEdge({ user: f.owner, debateId: f.debateId, input: CreateEdgeInput.parse({ source: n.id, target: a.id, relation: "supports" }) });
    const afterAdd = await getDebate({ user: f.owner, debateId: f.debateId });
    expect(afterAdd.nodes.map((x) => x.id)).toContain(n.id);
    expect(afterAdd.edges.some((e) => e.source === n.id && e.target === a.id)).toBe(true);

    await deleteNode({ user: f.owner, nodeId: n.id });
    const afterDelete = await getDebate({ user: f.owner, debateId: f.debateId });
    expect(afterDelete.nodes.map((x) => x.id)).not.toContain(n.id);
    expect(afterDelete.edges.some((e) => e.source === n.id)).toBe(false);
  });
});
