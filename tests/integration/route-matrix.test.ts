// The authorization matrix, over the route tree as it is on disk: every route × every method it
// exports × every kind of actor, on a private and a public debate (each with a running anonymous
// seminar). A new route.ts is called by this test without anyone listing it; a new kind of path
// parameter, or a new route outside a debate, fails it until it is classified here.
import { beforeAll, describe, expect, it } from "vitest";
import {
  address,
  AUTH,
  call,
  expectNoServerError,
  fingerprint,
  granted,
  makeWorld,
  paramsOf,
  routeTree,
  UNSCOPED,
  type Actor,
  type Answer,
  type Method,
  type RouteFile,
  type World,
} from "./route-matrix";

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
