// GET /api/debates/{id}/flow: the flow sheet's graph as row tables. It must answer exactly who the
// graph route answers (private, public, members, a seminar's students and readers) with the same
// rows, and follow every change (cached by change-log seq).
import { beforeAll, describe, expect, it } from "vitest";
import { unpackFlowGraph, type FlowGraphWire } from "@/lib/domain/flow-graph";
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
