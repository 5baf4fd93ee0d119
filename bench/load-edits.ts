// Load test (not part of npm test): 20 editors x 50 edits of ONE argument through the HTTP API.
// Each editor reads the node, changes it, and writes with the version it read, retrying on 409.
// Every acknowledged edit must appear in the change log; no request may fail with a 5xx.
// Run: npm run bench:load   (starts its own production server on a fresh SQLite file,
// or uses BENCH_URL + DATABASE_URL of a server you started; needs `next build` first)
import { execFileSync, spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

const EDITORS = Number(process.env.EDITORS ?? 20);
const EDITS = Number(process.env.EDITS ?? 50);
const PORT = 3700;
const URL_BASE = process.env.BENCH_URL ?? `http://localhost:${PORT}`;
const DB = process.env.DATABASE_URL ?? "file:./bench/.out/load.db";

async function main() {
  let server: ReturnType<typeof spawn> | null = null;
  if (!process.env.BENCH_URL) {
    execFileSync(process.execPath, ["scripts/prepare-db.mjs", "--fresh"], {
      env: { ...process.env, DATABASE_URL: DB },
      stdio: "ignore",
    });
    server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], {
      env: {
        ...process.env,
        DATABASE_URL: DB,
        BETTER_AUTH_URL: URL_BASE,
        BETTER_AUTH_SECRET: "load-secret-load-secret-load-secret-0123",
        CLASH_RATE_LIMIT: "off",
      },
      stdio: "ignore",
    });
    for (
      let i = 0;
      (await fetch(`${URL_BASE}/api/health`).then(
        (r) => r.ok,
        () => false,
      )) === false;
      i++
    ) {
      if (i > 120) throw new Error("server did not start");
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const json = { "Content-Type": "application/json", Origin: URL_BASE };
  const signUp = async (i: number) => {
    const email = `load-${Date.now()}-${i}@bench.clash.local`;
    const r = await fetch(`${URL_BASE}/api/auth/sign-up/email`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email, password: "bench-password-1", name: `Editor ${i}` }),
    });
    if (!r.ok) throw new Error(`sign-up ${r.status}`);
    return {
      email,
      cookie: r.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    };
  };
  const owner = await signUp(0);
  const call = (path: string, cookie: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${URL_BASE}${path}`, {
      method: init.method ?? "GET",
      headers: { ...json, Cookie: cookie },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  const debate = (await (
    await call("/api/debates", owner.cookie, { method: "POST", body: { title: "Load test" } })
  ).json()) as { id: string };
  const node = (await (
    await call(`/api/debates/${debate.id}/nodes`, owner.cookie, {
      method: "POST",
      body: { kind: "claim", title: "Hot node", body: "" },
    })
  ).json()) as { id: string };
  const editors = await Promise.all(Array.from({ length: EDITORS }, (_, i) => signUp(i + 1)));
  for (const e of editors)
    await call(`/api/debates/${debate.id}/members`, owner.cookie, {
      method: "POST",
      body: { email: e.email, role: "editor" },
    });

  let acked = 0,
    conflicts = 0,
    serverErrors = 0;
  const latencies: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    editors.map(async (e, i) => {
      for (let k = 0; k < EDITS; k++) {
        for (;;) {
          const d = (await (await call(`/api/debates/${debate.id}`, e.cookie)).json()) as {
            nodes: { id: string; version: number; body: string }[];
          };
          const cur = d.nodes.find((n) => n.id === node.id)!;
          const s = performance.now();
          const r = await call(`/api/nodes/${node.id}`, e.cookie, {
            method: "PATCH",
            body: { version: cur.version, body: `${cur.body.slice(-2000)} e${i}.${k}` },
          });
          latencies.push(performance.now() - s);
          if (r.status === 200) {
            acked++;
            break;
          }
          if (r.status === 409) {
            conflicts++;
            continue;
          }
          if (r.status >= 500) serverErrors++;
          throw new Error(`unexpected ${r.status}: ${await r.text()}`);
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const final = (await (await call(`/api/debates/${debate.id}`, owner.cookie)).json()) as {
    nodes: { id: string; version: number }[];
  };
  const version = final.nodes.find((n) => n.id === node.id)!.version;
  server?.kill("SIGTERM");
  const sorted = [...latencies].sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.floor(q * (sorted.length - 1))]!.toFixed(1);
  console.log(
    `editors ${EDITORS} x edits ${EDITS}: acknowledged ${acked}, conflicts retried ${conflicts}, server errors ${serverErrors}`,
  );
  console.log(`final version ${version} (expected ${1 + acked}) -> lost edits: ${1 + acked - version}`);
  console.log(
    `PATCH latency p50 ${p(0.5)} ms, p95 ${p(0.95)} ms; ${(acked / seconds).toFixed(0)} acknowledged edits/s`,
  );
  process.exit(version === 1 + acked && serverErrors === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
