// Evaluation over a stored debate: statuses, dropped arguments and the ballot through the use case
// (and the route, for the Markdown export), authorized like any read; the seeded demo evaluates.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/debates/[id]/evaluation/route";
import { EvaluationDto } from "@/lib/domain/evaluation-schemas";
import { evaluateDebate } from "@/lib/server/debates/evaluate-debate";
import { openApiDocument } from "@/lib/server/openapi";
import { DEMO_DEBATE_ID, DEMO_USER, seedDemo } from "@/prisma/seed-lib";
import { db, expectAppError, makeDebate, makeUser, unique } from "./helpers";

const get = (debateId: string, search = "") =>
  GET(new Request(`http://localhost/api/debates/${debateId}/evaluation${search}`), {
    params: Promise.resolve({ id: debateId }),
  });

/**
 * The fixture's a (aff claim) ← b (neg rebuttal), plus speeches and: d, a neg DA in the 1NC that
 * the Aff turns in the 2AC with t; c, an aff claim in the 1AC the Neg never answers.
 */
async function smallRound(o: Parameters<typeof makeDebate>[0] = {}) {
  const f = await makeDebate({ title: unique("Evaluation round"), ...o });
  const d = unique("nd");
  const t = unique("nt");
  await db.argNode.update({ where: { id: f.nodes.a }, data: { speech: "1AC", role: "harms" } });
  await db.argNode.update({ where: { id: f.nodes.b }, data: { speech: "1NC" } });
  await db.argNode.update({ where: { id: f.nodes.c }, data: { speech: "1AC", role: "advantage" } });
  await db.argNode.createMany({
    data: [
      { id: d, debateId: f.debateId, kind: "claim", side: "neg", role: "disadvantage", speech: "1NC", title: "DA D" },
      { id: t, debateId: f.debateId, kind: "rebuttal", side: "aff", speech: "2AC", title: "Turn T" },
    ],
  });
  await db.edge.create({
    data: { id: unique("e"), debateId: f.debateId, sourceId: t, targetId: d, relation: "turns" },
  });
  return { ...f, d, t };
}

describe("evaluateDebate", () => {
  it("evaluates a small debate: statuses, the dropped claim, the turn and the ballot", async () => {
    const f = await smallRound();
    const result = await evaluateDebate({ user: f.owner, debateId: f.debateId });
    expect(EvaluationDto.parse({ nodes: result.nodes, ballot: result.ballot })).toEqual({
      nodes: result.nodes,
      ballot: result.ballot,
    });

    const byId = new Map(result.nodes.map((n) => [n.id, n]));
    expect(result.nodes).toHaveLength(5);
    expect(byId.get(f.nodes.a)).toEqual({
      id: f.nodes.a,
      status: "refuted",
      dropped: false,
      why: "Refuted: answered by 'Rebuttal B' (standing), which no one answered.",
    });
    expect(byId.get(f.nodes.b)).toMatchObject({ status: "standing", dropped: true, droppedIn: "2AC" });
    expect(byId.get(f.nodes.c)).toEqual({
      id: f.nodes.c,
      status: "standing",
      dropped: true,
      droppedIn: "1NC",
      why: "Standing: nothing answers it. Conceded: the Neg never answered it (dropped in the 1NC).",
    });
    expect(byId.get(f.d)).toMatchObject({
      status: "refuted",
      dropped: false,
      why: "Refuted: turned by 'Turn T' (standing), which no one answered — it now counts for the Aff.",
    });
    // The Neg has not spoken after the 2AC: the turn is not dropped yet.
    expect(byId.get(f.t)).toMatchObject({ status: "standing", dropped: false });

    const ids = (items: { id: string }[]) => items.map((i) => i.id);
    expect(ids(result.ballot.aff.standing)).toEqual([f.nodes.c, f.t]);
    expect(ids(result.ballot.aff.refuted)).toEqual([f.nodes.a]);
    expect(ids(result.ballot.aff.droppedByOpponent)).toEqual([f.nodes.c]);
    expect(ids(result.ballot.neg.refuted)).toEqual([f.d]);
    expect(ids(result.ballot.neg.droppedByOpponent)).toEqual([f.nodes.b]);
    // The explained decision: the Aff's conceded claim and its standing turn are live offence; the Neg has none.
    expect(result.ballot.winner).toBe("aff");
    expect(result.ballot.decision).toMatch(/^Vote Aff: the Aff has live offence and the Neg has none left/);
    expect(result.ballot.decision).toContain("Drops: the Neg dropped 1 argument and the Aff dropped 1 argument.");

    const title = (await db.debate.findUniqueOrThrow({ where: { id: f.debateId } })).title;
    expect(result.markdown.startsWith(`# Ballot: ${title.replaceAll("_", "\\_")}\n`)).toBe(true);
    expect(result.markdown).toContain("### Dropped by the Neg (1)\n\n- **Claim C** — Standing: nothing answers it.");
  });

  it("lets a viewer member evaluate a private debate and refuses a stranger and an anonymous caller", async () => {
    const viewer = await makeUser("viewer");
    const f = await smallRound({ members: [{ user: viewer, role: "viewer" }] });
    expect((await evaluateDebate({ user: viewer, debateId: f.debateId })).nodes).toHaveLength(5);
    await expectAppError(evaluateDebate({ user: await makeUser("stranger"), debateId: f.debateId }), "forbidden");
    await expectAppError(evaluateDebate({ user: null, debateId: f.debateId }), "unauthorized");
    await expectAppError(evaluateDebate({ user: f.owner, debateId: unique("missing") }), "not_found");

    // Through the route: the refusal comes in the API's one error shape, and nothing leaks.
    const res = await get(f.debateId, "?format=markdown");
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { code: string } };
    expect(body.error.code).toBe("unauthorized");
    expect(JSON.stringify(body)).not.toContain("Claim");
  });

  it("evaluates the seeded demo, as JSON and as Markdown, for an anonymous reader", { timeout: 60_000 }, async () => {
    // The seed suite expects to find an empty database, so remove the demo again if this test made it.
    const created = (await seedDemo(db)).created;
    try {
      const result = await evaluateDebate({ user: null, debateId: DEMO_DEBATE_ID });
      const nodeCount = await db.argNode.count({ where: { debateId: DEMO_DEBATE_ID } });
      expect(result.nodes).toHaveLength(nodeCount);
      const byId = new Map(result.nodes.map((n) => [n.id, n]));
      expect(byId.get("tj-resolution")?.dropped).toBe(false);
      expect(byId.get("tj-aff-corruption")).toMatchObject({ status: "standing", dropped: true, droppedIn: "1NC" });
      expect(byId.get("tj-aff2-no-link")).toMatchObject({ dropped: true, byBlock: true });
      expect(byId.get("tj-neg-russia-more")?.why).not.toContain("it now counts for the Aff");
      // The explained decision, the same as the browser computes (lib/domain/evaluation/__scenarios__/demo.test.ts).
      expect(result.ballot.winner).toBe("aff");
      expect(result.ballot.decision).toMatch(/^Vote Aff: /);
      expect(result.ballot.aff.droppedByOpponent).toHaveLength(6);
      expect(result.ballot.neg.droppedByOpponent).toHaveLength(3);
      expect(result.ballot.aff.droppedByOpponent.map((i) => i.id)).toContain("tj-aff-corruption");

      const json = await get(DEMO_DEBATE_ID);
      expect(json.status).toBe(200);
      expect(json.headers.get("content-type")).toMatch(/^application\/json/);
      expect(EvaluationDto.parse(await json.json())).toEqual({ nodes: result.nodes, ballot: result.ballot });

      const md = await get(DEMO_DEBATE_ID, "?format=markdown");
      expect(md.status).toBe(200);
      expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
      const text = await md.text();
      expect(text).toBe(result.markdown);
      expect(text.startsWith("# Ballot: U.S. Security Assistance to Tajikistan\n")).toBe(true);
      expect(text).toContain("## Affirmative");
      expect(text).toContain("## Negative");

      const bad = await get(DEMO_DEBATE_ID, "?format=pdf");
      expect(bad.status).toBe(422);
    } finally {
      if (created) {
        // Cards reference sources with RESTRICT: nodes first, then the debate (the rest cascades), then the demo owner.
        await db.edge.deleteMany({ where: { debateId: DEMO_DEBATE_ID } });
        await db.argNode.deleteMany({ where: { debateId: DEMO_DEBATE_ID } });
        await db.debate.delete({ where: { id: DEMO_DEBATE_ID } });
        await db.user.delete({ where: { email: DEMO_USER.email } });
      }
    }
  });

  it("is described in the OpenAPI document", () => {
    const doc = openApiDocument();
    const content = doc.paths["/api/debates/{id}/evaluation"]?.get?.responses["200"]?.content ?? {};
    expect(Object.keys(content)).toEqual(["application/json", "text/markdown"]);
    expect(doc.components.schemas.Evaluation).toMatchObject({ type: "object", required: ["nodes", "ballot"] });
  });
});
