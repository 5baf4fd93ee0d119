// The authorization matrix, over the route tree as it is on disk: every route × every method it
// exports × every kind of actor, on a private and a public debate (each with a running anonymous
// seminar). A new route.ts is called by this test without anyone listing it; a new kind of path
// parameter, or a new route outside a debate, fails it until it is classified here.
import { beforeAll, describe, expect, it } from "vitest";
import { OpsInput, CreateLinkInput } from "@/lib/domain/schemas";
import { ContributionInput, OpenTaskInput, RevealInput, StartSeminarInput } from "@/lib/domain/seminar-schemas";
import type { SessionUser } from "@/lib/server/auth-guard";
import { applyOps } from "@/lib/server/debates/apply-ops";
import { createLink } from "@/lib/server/links/create-link";
import { addContribution } from "@/lib/server/seminars/add-contribution";
import { joinSeminar } from "@/lib/server/seminars/join-seminar";
import { openTask } from "@/lib/server/seminars/open-task";
import { revealSpeech } from "@/lib/server/seminars/reveal-speech";
import { startSeminar } from "@/lib/server/seminars/start-seminar";
import { db, makeUser, unique } from "./helpers";
import {
  call,
  expectNoServerError,
  granted,
  paramsOf,
  routeTree,
  type Answer,
  type Method,
  type RouteFile,
} from "./route-matrix";

/** Routes outside any one debate or seminar: what each may answer is checked in their own tests. */
const UNSCOPED = [
  "/api/debates",
  "/api/debates/import",
  "/api/health",
  "/api/links/redeem",
  "/api/openapi.json",
  "/api/seminars",
  "/api/seminars/join",
];
/** Better Auth's catch-all has its own suite (tests/integration/auth-routes.test.ts). */
const AUTH = "/api/auth/[...all]";
/** Query strings a GET needs to say something (a live stream replays from the start). */
const QUERY: Record<string, string> = {
  "/api/debates/[id]/events": "?since=0",
  "/api/seminars/[id]/events": "?since=0",
  "/api/debates/[id]/search": "?q=secret",
};

type World = Awaited<ReturnType<typeof makeWorld>>;
type Actor = { label: string; user: SessionUser | null };

/** A debate with one of everything a route can name, members of every role and a seminar with a student. */
async function makeWorld(visibility: "private" | "public") {
  const tag = unique("w");
  const person = async (label: string) => {
    const u = await makeUser(`${label}-${visibility}`);
    await db.user.update({ where: { id: u.id }, data: { name: `${label} ${tag}` } });
    return { ...u, name: `${label} ${tag}` };
  };
  const [owner, editor, commenter, viewer, stranger, zelda, bob] = await Promise.all(
    ["Owner", "Editor", "Commenter", "Viewer", "Stranger", "Zelda", "Bob"].map(person),
  );
  const debateId = unique("d");
  await db.debate.create({ data: { id: debateId, title: `Matrix ${tag}`, visibility, ownerId: owner!.id } });
  await db.membership.createMany({
    data: [
      { debateId, userId: owner!.id, role: "owner" },
      { debateId, userId: editor!.id, role: "editor" },
      { debateId, userId: commenter!.id, role: "commenter" },
      { debateId, userId: viewer!.id, role: "viewer" },
    ],
  });
  const [a, n, e] = [unique("na"), unique("nn"), unique("e")];
  const secret = `secret-1NC-${tag}`;
  await applyOps({
    user: owner!,
    debateId,
    input: OpsInput.parse({
      ops: [
        { op: "createNode", node: { id: a, kind: "claim", side: "aff", speech: "1AC", title: `Open 1AC ${tag}` } },
        { op: "createNode", node: { id: n, kind: "rebuttal", side: "neg", speech: "1NC", title: secret } },
        { op: "createEdge", edge: { id: e, source: n, target: a, relation: "rebuts" } },
      ],
    }),
  });
  const comment = await db.comment.create({
    data: { debateId, nodeId: a, authorId: commenter!.id, body: `A comment ${tag}` },
  });
  const source = await db.source.create({
    data: { debateId, title: `Source ${tag}`, text: "Training fuels extremism, the report says." },
  });
  const link = await createLink({ user: owner!, debateId, input: CreateLinkInput.parse({ role: "viewer" }) });
  const seminar = await startSeminar({
    user: owner!,
    input: StartSeminarInput.parse({ debateId, anonymous: true }),
  });
  const version = async () => (await db.seminar.findUniqueOrThrow({ where: { id: seminar.id } })).version;
  await revealSpeech({
    user: owner!,
    seminarId: seminar.id,
    input: RevealInput.parse({ version: await version(), step: "next" }),
  });
  for (const s of [zelda!, bob!]) await joinSeminar({ user: s, input: { code: seminar.code }, client: `test:${s.id}` });
  await openTask({
    user: owner!,
    seminarId: seminar.id,
    input: OpenTaskInput.parse({ version: await version(), prompt: "Answer the 1AC", targetNodeId: a }),
  });
  await addContribution({
    user: zelda!,
    seminarId: seminar.id,
    input: ContributionInput.parse({ type: "argument", kind: "rebuttal", title: `Zelda's answer ${tag}`, targetId: a }),
  });
  const task = await db.seminarTask.findFirstOrThrow({ where: { seminarId: seminar.id } });
  const contribution = await db.seminarContribution.findFirstOrThrow({ where: { seminarId: seminar.id } });
  const users = {
    owner: owner!,
    editor: editor!,
    commenter: commenter!,
    viewer: viewer!,
    stranger: stranger!,
    zelda: zelda!,
    bob: bob!,
  };
  return {
    visibility,
    debateId,
    secret,
    users,
    emails: Object.values(users).map((u) => u.email),
    actors: [
      { label: "anonymous", user: null },
      ...Object.entries(users).map(([label, user]) => ({ label, user })),
    ] as Actor[],
    /** The value each kind of path parameter takes, by the segment it follows. */
    fill: {
      "debates/[id]": debateId,
      "comments/[id]": comment.id,
      "edges/[id]": e,
      "links/[id]": link.link.id,
      "nodes/[id]": a,
      "seminars/[id]": seminar.id,
      "sources/[id]": source.id,
      "members/[userId]": editor!.id,
      "contributions/[cid]": contribution.id,
      "sources/[sourceId]": source.id,
      "tasks/[taskId]": task.id,
    } as Record<string, string>,
  };
}

/** The URL and params of a scoped route in a world; throws for a parameter nobody taught the matrix. */
function address(route: RouteFile, w: World): { url: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const url = route.pattern.replace(/([a-z-]+)\/\[([^\]]+)\]/g, (_whole, seg: string, name: string) => {
    const value = w.fill[`${seg}/[${name}]`];
    if (!value) throw new Error(`${route.file}: the matrix cannot fill [${name}] after ${seg}/ (add it to makeWorld)`);
    params[name] = value;
    return `${seg}/${encodeURIComponent(value)}`;
  });
  return { url: url + (QUERY[route.pattern] ?? ""), params };
}

/** A fingerprint of everything a write could change. */
async function fingerprint(): Promise<string> {
  const counts = await Promise.all([
    db.change.count(),
    db.debate.count(),
    db.membership.count(),
    db.argNode.count(),
    db.edge.count(),
    db.source.count(),
    db.comment.count(),
    db.shareLink.count(),
    db.seminar.count(),
    db.seminarTask.count(),
    db.seminarContribution.count(),
    db.seminarParticipant.count(),
  ]);
  const versions = await db.debate.aggregate({ _sum: { version: true } });
  return JSON.stringify([counts, versions._sum.version]);
}

let routes: RouteFile[] = [];
const worlds: World[] = [];

beforeAll(async () => {
  routes = await routeTree();
  worlds.push(await makeWorld("private"), await makeWorld("public"));
}, 120_000);

const scoped = () => routes.filter((r) => r.pattern !== AUTH && !UNSCOPED.includes(r.pattern));

describe("the route tree", () => {
  it("is read from disk, and every route is either scoped to something the matrix can name or listed", () => {
    expect(routes.length).toBeGreaterThanOrEqual(40);
    for (const r of routes) {
      if (r.pattern === AUTH || UNSCOPED.includes(r.pattern)) continue;
      expect(paramsOf(r.pattern).length, `${r.file} has no parameter: list it in UNSCOPED`).toBeGreaterThan(0);
      for (const w of worlds) address(r, w); // throws on an unknown parameter
    }
    for (const p of UNSCOPED) expect(routes.map((r) => r.pattern)).toContain(p);
  });
});

describe.each(["private", "public"] as const)("the authorization matrix on a %s debate", (visibility) => {
  const world = () => worlds.find((w) => w.visibility === visibility)!;
  const answers: { route: RouteFile; method: Method; actor: Actor; answer: Answer }[] = [];

  it("every GET of every scoped route as every actor: no 5xx, the owner always served, outsiders never on a private debate", async () => {
    const w = world();
    for (const route of scoped()) {
      const get = route.methods.GET;
      if (!get) continue;
      const { url, params } = address(route, w);
      for (const actor of w.actors) {
        const answer = await call(get, url, "GET", actor.user, params);
        const what = `${actor.label} GET ${url}`;
        expectNoServerError(answer, what);
        answers.push({ route, method: "GET", actor, answer });
        if (actor.label === "owner")
          expect(granted(answer.status), `${what} → ${answer.status} ${answer.body.slice(0, 200)}`).toBe(true);
        if (visibility === "private" && (actor.label === "anonymous" || actor.label === "stranger"))
          expect(granted(answer.status), `${what} → ${answer.status}`).toBe(false);
      }
    }
    expect(answers.length).toBeGreaterThan(100);
  }, 300_000);

  it("every write of every scoped route by an outsider, a viewer or a student is refused and changes nothing", async () => {
    const w = world();
    let cells = 0;
    for (const route of scoped()) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
        const handler = route.methods[method];
        if (!handler) continue;
        const { url, params } = address(route, w);
        for (const actor of w.actors.filter((a) => ["anonymous", "stranger", "viewer"].includes(a.label))) {
          const before = await fingerprint();
          const answer = await call(handler, url, method, actor.user, params);
          const what = `${actor.label} ${method} ${url}`;
          expectNoServerError(answer, what);
          expect(granted(answer.status), `${what} → ${answer.status} ${answer.body.slice(0, 200)}`).toBe(false);
          expect(await fingerprint(), `${what} changed the database`).toBe(before);
          cells++;
        }
      }
    }
    expect(cells).toBeGreaterThan(60);
  }, 300_000);

  it("e-mail addresses reach nobody but the owner, and only in the member list", async () => {
    const w = world();
    let checked = 0;
    for (const { route, actor, answer } of answers) {
      const ownersList = actor.label === "owner" && route.pattern === "/api/debates/[id]/members";
      if (ownersList) {
        expect(answer.body).toContain(w.users.editor.email);
        continue;
      }
      for (const email of w.emails)
        expect(answer.body.includes(email), `${actor.label} GET ${route.pattern} shows ${email}`).toBe(false);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("an anonymous seminar's unrevealed speech and students' names stay hidden from readers and classmates", () => {
    const w = world();
    const readers = ["anonymous", "stranger", "viewer", "bob"].filter((l) => visibility === "public" || l === "bob");
    let checked = 0;
    const leaks: string[] = [];
    for (const { route, actor, answer } of answers) {
      if (!readers.includes(actor.label) || !granted(answer.status)) continue;
      const what = `${actor.label} GET ${route.pattern}`;
      if (answer.body.includes(w.secret)) leaks.push(`${what} shows the unrevealed 1NC`);
      if (answer.body.includes(w.users.zelda.name)) leaks.push(`${what} names a student`);
      checked++;
    }
    expect(leaks).toEqual([]);
    expect(checked).toBeGreaterThan(visibility === "public" ? 5 : 1);
  });
});

describe("unscoped routes", () => {
  it("answer every actor without a 5xx and without anyone's e-mail but the caller's own", async () => {
    const w = worlds[0]!;
    for (const route of routes.filter((r) => UNSCOPED.includes(r.pattern))) {
      const get = route.methods.GET;
      if (!get) continue;
      for (const actor of w.actors) {
        const answer = await call(get, route.pattern, "GET", actor.user, {});
        expectNoServerError(answer, `${actor.label} GET ${route.pattern}`);
        for (const email of w.emails.filter((e) => e !== actor.user?.email))
          expect(answer.body.includes(email), `${actor.label} GET ${route.pattern} shows ${email}`).toBe(false);
      }
    }
  }, 120_000);
});
