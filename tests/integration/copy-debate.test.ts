// "Make a copy": a debate its reader can read becomes a new private debate of their own, holding
// the map (arguments, connections, sources, groups, tags, card markup) and nothing else.
import { beforeAll, describe, expect, it } from "vitest";
import { CreateSourceInput, CutCardInput } from "@/lib/domain/schemas";
import { cutCard } from "@/lib/server/cards/cut-card";
import { copyDebate, copyTitle } from "@/lib/server/debates/copy-debate";
import { getDebate } from "@/lib/server/debates/get-debate";
import { createSource } from "@/lib/server/sources/create-source";
import { countsOf, db, expectAppError, makeDebate, makeUser } from "./helpers";
import { call, fingerprint, makeWorld, routeTree, type World } from "./route-matrix";

const TEXT = "Most recipients of U.S. training do not join ISIS or other terrorist groups, the report says.";

describe("copyDebate", () => {
  it("copies a public debate's map into a private debate of the copier: nodes, edges, sources, card markup, groups, tags", async () => {
    const f = await makeDebate({ visibility: "public", title: "Arms sales" });
    const src = await createSource({
      user: f.owner,
      debateId: f.debateId,
      input: CreateSourceInput.parse({ title: "Report", author: "Anon", text: TEXT }),
    });
    await cutCard({
      user: f.owner,
      sourceId: src.id,
      input: CutCardInput.parse({
        start: 0,
        end: 40,
        quote: TEXT.slice(0, 40),
        tag: "Trainees rarely defect",
        cite: "Anon 15",
        targetId: f.nodes.b,
        relation: "supports",
        highlights: [{ start: 0, end: 12 }],
      }),
    });
    const group = await db.nodeGroup.create({ data: { debateId: f.debateId, kind: "block", title: "A2: Training" } });
    await db.argNode.update({ where: { id: f.nodes.a }, data: { tags: '["core"]', groupId: group.id, x: 123, y: 45 } });
    await db.comment.create({ data: { debateId: f.debateId, nodeId: f.nodes.a, authorId: f.owner.id, body: "note" } });
    const reader = await makeUser("copier");

    const copy = await copyDebate({ user: reader, debateId: f.debateId });
    expect(copy).toMatchObject({
      ownerId: reader.id,
      role: "owner",
      visibility: "private",
      title: "Arms sales (copy)",
    });
    expect(copy.id).not.toBe(f.debateId);

    const [from, to] = await Promise.all([
      getDebate({ user: f.owner, debateId: f.debateId }),
      getDebate({ user: reader, debateId: copy.id }),
    ]);
    expect(to.nodes).toHaveLength(from.nodes.length);
    expect(to.edges).toHaveLength(from.edges.length);
    const strip = (d: typeof from) => ({
      nodes: d.nodes
        .map((n) => ({
          title: n.title,
          kind: n.kind,
          side: n.side,
          position: n.position,
          tags: n.tags,
          group: n.groupId ? "grouped" : null,
          quote: n.evidence?.quote ?? null,
          highlights: n.evidence?.highlights ?? null,
          cite: n.evidence?.cite ?? null,
        }))
        .sort((a, b) => a.title.localeCompare(b.title)),
      edges: d.edges
        .map((e) => {
          const title = (id: string) => d.nodes.find((n) => n.id === id)!.title;
          return `${title(e.source)} ${e.relation} ${title(e.target)}`;
        })
        .sort(),
    });
    expect(strip(to)).toEqual(strip(from));
    expect(to.nodes.find((n) => n.title === "Claim A")!.tags).toEqual(["core"]);
    // The copy's rows are its own: no id of the original, the card anchored in the copied source.
    const fromIds = new Set(from.nodes.map((n) => n.id));
    expect(to.nodes.some((n) => fromIds.has(n.id))).toBe(false);
    const copiedCard = to.nodes.find((n) => n.evidence)!.evidence!;
    const copiedSource = await db.source.findUniqueOrThrow({ where: { id: copiedCard.sourceId } });
    expect(copiedSource.debateId).toBe(copy.id);
    expect(copiedSource.text.slice(copiedCard.start, copiedCard.end)).toBe(copiedCard.quote);
    const groups = await db.nodeGroup.findMany({ where: { debateId: copy.id } });
    expect(groups.map((g) => g.title)).toEqual(["A2: Training"]);

    // Members, comments and the original's history stay behind; the copier is the only member.
    const counts = await countsOf(copy.id);
    expect(counts).toMatchObject({ debates: 1, memberships: 1, sources: 1 });
    expect(await db.comment.count({ where: { debateId: copy.id } })).toBe(0);
    expect(await db.membership.findMany({ where: { debateId: copy.id }, select: { userId: true } })).toEqual([
      { userId: reader.id },
    ]);
    // The original is untouched.
    expect(await countsOf(f.debateId)).toMatchObject({ nodes: from.nodes.length, edges: from.edges.length });
  });

  it("a private debate is not found for a stranger and copies for a member; anonymous is 401", async () => {
    const viewer = await makeUser("viewer");
    const f = await makeDebate({ members: [{ user: viewer, role: "viewer" }] });
    const before = await db.debate.count();
    await expectAppError(copyDebate({ user: await makeUser("stranger"), debateId: f.debateId }), "not_found");
    await expectAppError(copyDebate({ user: null, debateId: f.debateId }), "unauthorized");
    await expectAppError(copyDebate({ user: viewer, debateId: "no-such-debate" }), "not_found");
    expect(await db.debate.count()).toBe(before);
    const copy = await copyDebate({ user: viewer, debateId: f.debateId });
    expect(copy.ownerId).toBe(viewer.id);
    expect((await countsOf(copy.id)).nodes).toBe(3);
  });

  it("keeps a copy's title within 200 characters", () => {
    expect(copyTitle("x".repeat(200))).toHaveLength(200);
    expect(copyTitle("x".repeat(200)).endsWith("… (copy)")).toBe(true);
    expect(copyTitle("  ")).toBe("Untitled debate (copy)");
  });
});

describe("POST /api/debates/[id]/copy on the route matrix's worlds", () => {
  const worlds: World[] = [];
  let handler: Parameters<typeof call>[0];
  beforeAll(async () => {
    const route = (await routeTree()).find((r) => r.pattern === "/api/debates/[id]/copy")!;
    handler = route.methods.POST!;
    worlds.push(await makeWorld("private"), await makeWorld("public"));
  }, 120_000);

  it("private: 404 for a stranger and 401 anonymous, the database unchanged; 201 for members", async () => {
    const w = worlds[0]!;
    const url = `/api/debates/${w.debateId}/copy`;
    const params = { id: w.debateId };
    for (const [label, status] of [
      ["anonymous", 401],
      ["stranger", 404],
    ] as const) {
      const before = await fingerprint();
      const a = await call(handler, url, "POST", label === "anonymous" ? null : w.users[label], params);
      expect(a.status, `${label}: ${a.body}`).toBe(status);
      expect(await fingerprint()).toBe(before);
    }
    for (const label of ["owner", "viewer"] as const) {
      const a = await call(handler, url, "POST", w.users[label], params);
      expect(a.status, `${label}: ${a.body}`).toBe(201);
      const copy = JSON.parse(a.body) as { id: string; ownerId: string; visibility: string };
      expect(copy).toMatchObject({ ownerId: w.users[label].id, visibility: "private" });
      // The seminar's unrevealed 1NC is not the viewer's to copy (an export leaves it out too).
      const titles = (await db.argNode.findMany({ where: { debateId: copy.id } })).map((n) => n.title);
      if (label === "viewer") expect(titles).not.toContain(w.secret);
      expect(await db.seminar.count({ where: { debateId: copy.id } })).toBe(0);
      expect(await db.speechDoc.count({ where: { debateId: copy.id } })).toBe(0);
    }
  }, 120_000);

  it("public: any signed-in reader copies it (201), anonymous does not (401)", async () => {
    const w = worlds[1]!;
    const url = `/api/debates/${w.debateId}/copy`;
    const params = { id: w.debateId };
    const stranger = await call(handler, url, "POST", w.users.stranger, params);
    expect(stranger.status, stranger.body).toBe(201);
    expect(JSON.parse(stranger.body)).toMatchObject({ ownerId: w.users.stranger.id, visibility: "private" });
    expect((await call(handler, url, "POST", null, params)).status).toBe(401);
  }, 120_000);

  it("takes an optional title; a body it does not understand is refused and copies nothing", async () => {
    const w = worlds[1]!;
    const url = `/api/debates/${w.debateId}/copy`;
    const params = { id: w.debateId };
    const named = await call(handler, url, "POST", w.users.stranger, params, JSON.stringify({ title: "  My prep " }));
    expect(named.status, named.body).toBe(201);
    expect(JSON.parse(named.body)).toMatchObject({ title: "My prep" });
    for (const body of ['{"title":""}', '{"visibility":"public"}', "[1,2"]) {
      const before = await fingerprint();
      const a = await call(handler, url, "POST", w.users.stranger, params, body);
      expect([400, 422], `${body}: ${a.status} ${a.body}`).toContain(a.status);
      expect(await fingerprint()).toBe(before);
    }
  }, 120_000);
});
