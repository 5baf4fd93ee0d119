import { describe, expect, it } from "vitest";
import { CreateEdgeInput, CreateNodeInput, UpdateNodeInput } from "@/lib/domain/schemas";
import { GET } from "@/app/api/debates/[id]/route";
import { getDebate, getDebateJson } from "@/lib/server/debates/get-debate";
import { createEdge } from "@/lib/server/edges/create-edge";
import { createNode } from "@/lib/server/nodes/create-node";
import { deleteNode } from "@/lib/server/nodes/delete-node";
import { updateNode } from "@/lib/server/nodes/update-node";
import { db, makeDebate, makeUser } from "./helpers";

describe("getDebate's cached graph follows the change log", () => {
  it("reflects every committed write, and serves identical graphs while nothing changes", async () => {
    const f = await makeDebate({});
    const first = await getDebate({ user: f.owner, debateId: f.debateId });
    const again = await getDebate({ user: f.owner, debateId: f.debateId });
    expect(again.nodes).toEqual(first.nodes);
    expect(again.seq).toBe(first.seq);

    const a = first.nodes.find((n) => n.id === f.nodes.a)!;
    await updateNode({
      user: f.owner,
      nodeId: a.id,
      input: UpdateNodeInput.parse({ version: a.version, title: "Renamed" }),
    });
    const afterEdit = await getDebate({ user: f.owner, debateId: f.debateId });
    expect(afterEdit.seq).toBeGreaterThan(first.seq);
    expect(afterEdit.nodes.find((n) => n.id === a.id)).toMatchObject({ title: "Renamed", version: a.version + 1 });

    const n = await createNode({
      user: f.owner,
      debateId: f.debateId,
      input: CreateNodeInput.parse({ kind: "claim", title: "New one" }),
    });
    await createEdge({
      user: f.owner,
      debateId: f.debateId,
      input: CreateEdgeInput.parse({ source: n.id, target: a.id, relation: "supports" }),
    });
    const afterAdd = await getDebate({ user: f.owner, debateId: f.debateId });
    expect(afterAdd.nodes.map((x) => x.id)).toContain(n.id);
    expect(afterAdd.edges.some((e) => e.source === n.id && e.target === a.id)).toBe(true);

    await deleteNode({ user: f.owner, nodeId: n.id });
    const afterDelete = await getDebate({ user: f.owner, debateId: f.debateId });
    expect(afterDelete.nodes.map((x) => x.id)).not.toContain(n.id);
    expect(afterDelete.edges.some((e) => e.source === n.id)).toBe(false);
  });
});

describe("reads see only what has committed", () => {
  it("a read while another request's transaction is open sees neither its rows nor its change log, and caches nothing of them", async () => {
    const f = await makeDebate({});
    const before = await getDebate({ user: f.owner, debateId: f.debateId });
    let during: Awaited<ReturnType<typeof getDebate>> | null = null;
    await expect(
      db.$transaction(async (tx) => {
        await tx.argNode.create({ data: { debateId: f.debateId, kind: "claim", title: "Never committed" } });
        await tx.change.create({
          data: { debateId: f.debateId, entity: "node", entityId: "x", action: "create", after: "{}" },
        });
        during = await getDebate({ user: f.owner, debateId: f.debateId });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(during!.seq).toBe(before.seq);
    expect(during!.nodes.map((n) => n.title)).not.toContain("Never committed");
    const after = await getDebate({ user: f.owner, debateId: f.debateId });
    expect(after.nodes).toEqual(before.nodes);
    expect(after.seq).toBe(before.seq);
  });
});

describe("GET /api/debates/{id} sends the cached JSON body", () => {
  it("is the same debate getDebate returns, per viewer, and follows writes", async () => {
    const viewer = await makeUser("json-viewer");
    const f = await makeDebate({ visibility: "public", members: [{ user: viewer, role: "viewer" }] });
    const body = async (user: typeof f.owner | null) =>
      JSON.parse(Buffer.concat(await getDebateJson({ user, debateId: f.debateId })).toString("utf8"));
    expect(await body(f.owner)).toEqual(await getDebate({ user: f.owner, debateId: f.debateId }));
    // The graph bytes are shared; the head is not: each viewer sees their own role.
    expect((await body(viewer)).role).toBe("viewer");
    expect((await body(f.owner)).role).toBe("owner");
    expect((await body(null)).role).toBe("viewer");

    const a = (await getDebate({ user: f.owner, debateId: f.debateId })).nodes.find((n) => n.id === f.nodes.a)!;
    await updateNode({
      user: f.owner,
      nodeId: a.id,
      input: UpdateNodeInput.parse({ version: a.version, title: "Renamed for the JSON body" }),
    });
    const after = await body(viewer);
    expect(after.nodes.find((n: { id: string }) => n.id === a.id)).toMatchObject({
      title: "Renamed for the JSON body",
      version: a.version + 1,
    });

    // Written all in ASCII (a browser parses that faster), read back as the same text.
    const title = "Rahmon’s “reform” — Раҳмон 🇹🇯";
    const b = after.nodes.find((n: { id: string }) => n.id === a.id) as { version: number };
    await updateNode({ user: f.owner, nodeId: a.id, input: UpdateNodeInput.parse({ version: b.version, title }) });
    const bytes = Buffer.concat(await getDebateJson({ user: f.owner, debateId: f.debateId }));
    expect(bytes.every((x) => x < 0x80)).toBe(true);
    expect(JSON.parse(bytes.toString("utf8")).nodes.find((n: { id: string }) => n.id === a.id).title).toBe(title);
    expect(await body(viewer)).toEqual(await getDebate({ user: viewer, debateId: f.debateId }));
  });

  it("answers through the route with application/json, and 404s an unknown debate in the one error shape", async () => {
    const f = await makeDebate({});
    const ok = await GET(new Request(`http://localhost/api/debates/${f.debateId}`), {
      params: Promise.resolve({ id: f.debateId }),
    });
    // Anonymous on a private debate: refused before any graph bytes are read.
    expect(ok.status).toBe(401);
    const owner = await getDebate({ user: f.owner, debateId: f.debateId });
    expect(owner.nodeCount).toBe(owner.nodes.length);
    expect(owner.ownerName).toBe(f.owner.name);
    const missing = await GET(new Request("http://localhost/api/debates/nope"), {
      params: Promise.resolve({ id: "nope" }),
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/application\/json/);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});
