import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";

// Two stateless Clash servers behind no load balancer, one PostgreSQL: a change made through one
// must reach a live client of the other (LISTEN/NOTIFY fan-out). Needs the production build.
const PG = process.env.MULTI_PG_URL ?? "postgresql://postgres:postgres@localhost:5432/clash_e2e_multi";
const PORTS = [3601, 3602];
const servers: ChildProcess[] = [];

async function waitUp(port: number) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server on ${port} did not start`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  try {
    execFileSync(process.execPath, ["scripts/prepare-db.mjs", "--fresh"], {
      env: { ...process.env, DATABASE_URL: PG },
      stdio: "pipe",
    });
  } catch (e) {
    // In CI a missing PostgreSQL is a failure, never a skip.
    throw new Error(`PostgreSQL is needed for the multi-server test (${PG}): ${(e as Error).message.slice(0, 300)}`, {
      cause: e,
    });
  }
  for (const port of PORTS) {
    const p = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
      env: {
        ...process.env,
        DATABASE_URL: PG,
        BETTER_AUTH_URL: `http://localhost:${port}`,
        CLASH_TRUSTED_ORIGINS: PORTS.map((x) => `http://localhost:${x}`).join(","),
        BETTER_AUTH_SECRET: "multi-secret-multi-secret-multi-secret-01",
      },
      stdio: "ignore",
    });
    servers.push(p);
  }
  await Promise.all(PORTS.map(waitUp));
});

test.afterAll(() => {
  for (const s of servers) s.kill("SIGTERM");
});

test("a change made through one server reaches a client of the other within the stream", async () => {
  const [a, b] = PORTS.map((p) => `http://localhost:${p}`) as [string, string];
  // A client of server B listens to the public demo debate.
  const controller = new AbortController();
  const res = await fetch(`${b}/api/debates/tajikistan-demo/events?since=0`, { signal: controller.signal });
  expect(res.headers.get("content-type")).toContain("text/event-stream");
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const waitFor = async (needle: string) => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error("stream ended");
      buffer += decoder.decode(value, { stream: true });
      if (buffer.includes(needle)) return;
    }
  };
  await waitFor("event: presence");

  // The demo owner edits through server A.
  const signIn = await fetch(`${a}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: a },
    body: JSON.stringify({ email: "demo@clash.local", password: "clash-demo-2026" }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const debate = (await (await fetch(`${a}/api/debates/tajikistan-demo`)).json()) as {
    nodes: { id: string; version: number }[];
  };
  const node = debate.nodes[0]!;
  const marker = `edited through server A ${Date.now()}`;
  const patch = await fetch(`${a}/api/nodes/${node.id}`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json", Origin: a, Cookie: cookie },
    body: JSON.stringify({ version: node.version, body: marker }),
  });
  expect(patch.status).toBe(200);

  // It arrives on server B's stream, as a change event carrying the new row.
  await waitFor(marker);
  const event = buffer.split("\n\n").find((e) => e.includes(marker))!;
  expect(event).toMatch(/^id: \d+/m);
  expect(event).toContain("event: change");
  controller.abort();
});
