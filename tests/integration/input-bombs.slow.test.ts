// Input bombs through every route that takes a body, and every GET, from the route tree on disk:
// an over-cap body, a body nested 200,000 deep, 50,000 ops in one batch, a lone surrogate and a
// 100,000-character query. Each is refused with a 4xx (never a 5xx, never a 2xx) and writes
// nothing; the heap the process holds afterwards is recorded in bench/security.md.
import { beforeAll, describe, expect, it } from "vitest";
import { loadEnv } from "@/lib/env";
import {
  address,
  AUTH,
  call,
  expectNoServerError,
  fingerprint,
  makeWorld,
  routeTree,
  UNSCOPED,
  type RouteFile,
  type World,
} from "./route-matrix";

/** Routes whose body is a file (their own caps: 20 MB, 12 MB for Argdown; see import-export.test.ts). */
const FILE_BODIES = ["/api/debates/import", "/api/debates/[id]/import"];

let routes: RouteFile[] = [];
let world: World;

beforeAll(async () => {
  routes = await routeTree();
  world = await makeWorld("private");
}, 120_000);

const bombs = (): [string, () => string, (status: number) => boolean][] => {
  const cap = loadEnv().CLASH_MAX_BODY_BYTES;
  return [
    // 413 at the cap; routes with a larger cap of their own (a source's text) refuse the long title with 422.
    ["a body one byte over the cap", () => JSON.stringify({ title: "x".repeat(cap) }), (s) => s === 413 || s === 422],
    ["a body nested 200,000 deep", () => "[".repeat(200_000) + "]".repeat(200_000), (s) => s >= 400 && s < 500],
    [
      "50,000 ops in one batch",
      () => JSON.stringify({ ops: Array.from({ length: 50_000 }, () => ({ op: "deleteEdge", id: "x" })) }),
      (s) => s >= 400 && s < 500,
    ],
    ["a lone surrogate", () => '{"title":"\\ud800","body":"\\ud800"}', (s) => s === 400 || s === 422],
  ];
};

describe("input bombs", () => {
  it("every write route refuses each bomb from its owner with a 4xx and writes nothing", async () => {
    let cells = 0;
    const failures: string[] = [];
    for (const route of routes) {
      if (route.pattern === AUTH) continue; // capped in auth-routes.test.ts
      const { url, params } = UNSCOPED.includes(route.pattern)
        ? { url: route.pattern, params: {} }
        : address(route, world);
      // DELETE reads no body anywhere in the API.
      for (const method of ["POST", "PUT", "PATCH"] as const) {
        const handler = route.methods[method];
        if (!handler) continue;
        for (const [what, body, expected] of bombs()) {
          if (FILE_BODIES.includes(route.pattern) && what.startsWith("a body one byte")) continue;
          const before = await fingerprint();
          const answer = await call(handler, url, method, world.users.owner, params, body());
          const cell = `${method} ${route.pattern} with ${what}`;
          expectNoServerError(answer, cell);
          if (!expected(answer.status)) failures.push(`${cell} → ${answer.status} ${answer.body.slice(0, 120)}`);
          else if ((await fingerprint()) !== before) failures.push(`${cell} changed the database`);
          cells++;
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cells).toBeGreaterThan(80);
  }, 300_000);

  it("every GET answers a 100,000-character query without a 5xx", async () => {
    const q = `?q=${"a".repeat(100_000)}&since=${"9".repeat(1000)}&format=${"%".repeat(1000)}`;
    for (const route of routes) {
      const get = route.methods.GET;
      if (!get || route.pattern === AUTH) continue;
      const { url, params } = UNSCOPED.includes(route.pattern)
        ? { url: route.pattern, params: {} }
        : address(route, world);
      const answer = await call(get, url.split("?")[0]! + q, "GET", world.users.owner, params);
      expectNoServerError(answer, `GET ${route.pattern} with a long query`);
    }
  }, 120_000);
});
