// GET /api/debates/{id}/flow: the flow sheet's graph as row tables. It must answer exactly who the
// graph route answers (private, public, members, a seminar's students and readers) with the same
// rows, and follow every change (cached by change-log seq).
import { beforeAll, describe, expect, it } from "vitest";
import { unpackFlowGraph, type FlowGraphWire, type FlowHeadWire } from "@/lib/domain/flow-graph";
import { flowHead } from "@/lib/domain/flow-head";
import { PACK_HEADER, PACKING } from "@/lib/domain/packing";
import { OpsInput, type DebateDto } from "@/lib/domain/schemas";
import { applyOps } from "@/lib/server/debates/apply-ops";
import { getDebateFlow } from "@/lib/server/debates/get-debate-flow";
import * as flowRoute from "@/app/api/debates/[id]/flow/route";
import * as graphRoute from "@/app/api/debates/[id]/route";
import { call, granted, makeWorld, type World } from "./route-matrix";
import { unique } from "./helpers";

const worlds: World[] = [];
beforeAll(async () => {
  worlds.push(await makeWorld("private"), await makeWorld("public"));
}, 120_000);

type Handler = Parameters<typeof call>[0];
const flowOf = (body: string) => unpackFlowGraph(JSON.parse(body) as FlowGraphWire);

describe.each(["private", "public"] as const)("GET /api/debates/{id}/flow on a %s debate", (visibility) => {
  const world = () => worlds.find((w) => w.visibility === visibility)!;

  it("?part=head answers every actor as the graph route does, with the summary alone", async () => {
    const w = world();
    const params = { id: w.debateId };
    let served = 0;
    for (const actor of w.actors) {
      const graph = await call(graphRoute.GET as Handler, `/api/debates/${w.debateId}`, "GET", actor.user, params);
      const head = await call(
        graphRoute.GET as Handler,
        `/api/debates/${w.debateId}?part=head`,
        "GET",
        actor.user,
        params,
      );
      expect(head.status, actor.label).toBe(graph.status);
      if (!granted(head.status)) continue;
      served++;
      const full = JSON.parse(graph.body) as DebateDto;
      const summary = JSON.parse(head.body) as Record<string, unknown>;
      expect(summary, actor.label).toMatchObject({
        id: full.id,
        title: full.title,
        resolution: full.resolution,
        version: full.version,
        role: full.role,
      });
      expect(summary, actor.label).not.toHaveProperty("nodes");
    }
    expect(served).toBeGreaterThan(0);
    const bad = await call(
      graphRoute.GET as Handler,
      `/api/debates/${w.debateId}?part=all`,
      "GET",
      w.actors[0]!.user,
      params,
    );
    expect(bad.status).toBe(422);
  });

  it("packs the graph and the sheet for a client that asks, the same bodies as plain JSON, for every actor", async () => {
    const w = world();
    const params = { id: w.debateId };
    const ask = { [PACK_HEADER]: PACKING };
    let served = 0;
    for (const actor of w.actors) {
      for (const [handler, url] of [
        [graphRoute.GET, `/api/debates/${w.debateId}`],
        [flowRoute.GET, `/api/debates/${w.debateId}/flow`],
      ] as const) {
        const plain = await call(handler as Handler, url, "GET", actor.user, params);
        const packed = await call(handler as Handler, url, "GET", actor.user, params, undefined, ask);
        expect(packed.status, `${actor.label} ${url}`).toBe(plain.status);
        if (!granted(plain.status)) {
          // Refusals stay plain JSON in the one error shape, never packed.
          expect(packed.packed, actor.label).toBeUndefined();
          expect(packed.body).toBe(plain.body);
          continue;
        }
        served++;
        expect(packed.packed, `${actor.label} ${url}`).toBeDefined();
        expect(packed.body, `${actor.label} ${url}`).toBe(plain.body);
        expect(packed.packed!.bytes).toBeLessThan(Buffer.byteLength(plain.body));
      }
    }
    expect(served).toBeGreaterThanOrEqual(8);
    // A packing Clash does not make is refused, for a caller who may read the debate.
    const reader = w.actors.find((a) => a.label === "owner")!.user;
    const wrong = await call(
      graphRoute.GET as Handler,
      `/api/debates/${w.debateId}`,
      "GET",
      reader,
      params,
      undefined,
      {
        [PACK_HEADER]: "gzip",
      },
    );
    expect(wrong.status).toBe(400);
    expect((JSON.parse(wrong.body) as { error: { code: string } }).error.code).toBe("bad_request");
  });

  it("answers every actor as the graph route does, with the same rows and seq", async () => {
    const w = world();
    const params = { id: w.debateId };
    let served = 0;
    for (const actor of w.actors) {
      const graph = await call(graphRoute.GET as Handler, `/api/debates/${w.debateId}`, "GET", actor.user, params);
      const flow = await call(flowRoute.GET as Handler, `/api/debates/${w.debateId}/flow`, "GET", actor.user, params);
      expect(flow.status, `${actor.label}: ${flow.body.slice(0, 200)}`).toBe(graph.status);
      if (!granted(flow.status)) {
        expect(flow.body).not.toContain(w.secret);
        continue;
      }
      served++;
      const full = JSON.parse(graph.body) as DebateDto;
      const sheet = flowOf(flow.body);
      expect(sheet.seq, actor.label).toBe(full.seq);
      expect(sheet.nodes, actor.label).toEqual(full.nodes);
      expect(sheet.edges, actor.label).toEqual(full.edges);
      expect(sheet.groups, actor.label).toEqual(full.groups);
      // A seminar's students see the speeches revealed so far, like on the map: not the secret 1NC.
      if (actor.label === "zelda" || actor.label === "bob") expect(flow.body).not.toContain(w.secret);
    }
    if (visibility === "private") {
      for (const label of ["anonymous", "stranger"]) {
        const actor = w.actors.find((a) => a.label === label)!;
        const a = await call(flowRoute.GET as Handler, `/api/debates/${w.debateId}/flow`, "GET", actor.user, params);
        expect([401, 403, 404], label).toContain(a.status);
      }
    } else {
      const anonymous = await call(flowRoute.GET as Handler, `/api/debates/${w.debateId}/flow`, "GET", null, params);
      expect(anonymous.status).toBe(200);
      // A reader of a public debate with a running seminar sees what the seminar has revealed.
      expect(flowOf(anonymous.body).nodes.some((n) => n.title.startsWith("Open 1AC"))).toBe(true);
      expect(anonymous.body).not.toContain(w.secret);
    }
    expect(served).toBeGreaterThanOrEqual(4);
  });
});

describe("GET /api/debates/{id}/flow?part=head", () => {
  it("answers every actor as the whole flow does, with the first threads of what that actor may see", async () => {
    for (const w of worlds) {
      const params = { id: w.debateId };
      for (const actor of w.actors) {
        const url = `/api/debates/${w.debateId}/flow`;
        const whole = await call(flowRoute.GET as Handler, url, "GET", actor.user, params);
        const part = await call(flowRoute.GET as Handler, `${url}?part=head`, "GET", actor.user, params);
        const label = `${w.visibility} ${actor.label}`;
        expect(part.status, `${label}: ${part.body.slice(0, 200)}`).toBe(whole.status);
        if (!granted(part.status)) {
          expect(part.body).not.toContain(w.secret);
          continue;
        }
        const sheet = flowOf(whole.body);
        const wire = JSON.parse(part.body) as FlowHeadWire;
        const got = unpackFlowGraph(wire);
        const want = flowHead(sheet.nodes, sheet.edges);
        expect(got.seq, label).toBe(sheet.seq);
        expect(wire.head, label).toEqual({ total: sheet.nodes.length, rows: want.rows });
        // The first threads of this actor's own sheet, rows whole…
        expect(got.nodes.length, label).toBeGreaterThan(0);
        expect(got.nodes, label).toEqual(want.nodes);
        expect(got.edges, label).toEqual(want.edges);
        // …and never more than the whole flow gives this actor (a student never sees the secret 1NC).
        if (!whole.body.includes(w.secret)) expect(part.body).not.toContain(w.secret);
      }
    }
  });

  it("refuses a part it does not know (422), and changes with the debate", async () => {
    const w = worlds[0]!;
    const owner = w.users.owner;
    const url = `/api/debates/${w.debateId}/flow`;
    const bad = await call(flowRoute.GET as Handler, `${url}?part=tail`, "GET", owner, { id: w.debateId });
    expect(bad.status, bad.body).toBe(422);
    const head = async () =>
      JSON.parse(
        (await getDebateFlow({ user: owner, debateId: w.debateId, part: "head" })).toString("utf8"),
      ) as FlowHeadWire;
    const before = await head();
    const id = unique("hd");
    await applyOps({
      user: owner,
      debateId: w.debateId,
      input: OpsInput.parse({
        ops: [
          { op: "createNode", node: { id, kind: "claim", side: "aff", speech: "1AC", title: "A new first thread" } },
        ],
      }),
    });
    const after = await head();
    expect(after.seq).toBeGreaterThan(before.seq);
    expect(after.head.total).toBe(before.head.total + 1);
    expect(unpackFlowGraph(after).nodes.some((n) => n.id === id)).toBe(true);
  });
});

describe("the flow body's cache", () => {
  it("follows a change at once: a new seq, the new row", async () => {
    const w = worlds[0]!;
    const owner = w.users.owner;
    const read = async () => flowOf((await getDebateFlow({ user: owner, debateId: w.debateId })).toString("utf8"));
    const before = await read();
    expect(await read()).toEqual(before);
    const id = unique("nf");
    await applyOps({
      user: owner,
      debateId: w.debateId,
      input: OpsInput.parse({
        ops: [{ op: "createNode", node: { id, kind: "claim", side: "aff", speech: "2AC", title: "Added later" } }],
      }),
    });
    const after = await read();
    expect(after.seq).toBeGreaterThan(before.seq);
    expect(after.nodes.find((n) => n.id === id)?.title).toBe("Added later");
    expect(after.nodes.length).toBe(before.nodes.length + 1);
  });

  it("refuses an id that is not one", async () => {
    const w = worlds[1]!;
    const a = await call(flowRoute.GET as Handler, `/api/debates/x/flow`, "GET", w.users.owner, { id: "no way!" });
    expect(a.status).toBeGreaterThanOrEqual(400);
    expect(a.status).toBeLessThan(500);
  });
});
