// The write path against the route floor, for two (or more) builds at once: `PATCH /api/nodes/{id}`
// with its Server-Timing phases, `GET /api/health` (the floor), the same PATCH refused at its
// Content-Type (415: routing, session, no work) and `GET /api/debates/{id}`, one
// round of each build after the other, so every build meets the same load. Prints a Markdown report.
//
//   BENCH_WRITE_BUILDS=before:.next-bench-before,after:.next-bench \
//     node --conditions=react-server --import tsx bench/write-path.ts
//
// Each build is a `next build` of its own commit into its own dist dir (see bench/write-path.md);
// the servers share one freshly prepared database. BENCH_SIZES picks the debates (default 100 and
// 20,000): PATCH writes to the largest, GET reads the smallest. BENCH_WRITE_ROUNDS (default 5)
// rounds of 30 calls per build and measure.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import { dataFile, writeDataset } from "./generate";
import { percentile } from "./lib/stats";
import { PORT, prepareDatabase, signIn, startApp } from "./suites/app-server";

const builds = (process.env.BENCH_WRITE_BUILDS ?? "current:.next-bench").split(",").map((b) => {
  const [name, dir] = b.split(":");
  return { name: name!, dir: dir! };
});
// The database is loaded by a child process that reads BENCH_SIZES itself.
process.env.BENCH_SIZES ??= "100,20000";
const sizes = process.env.BENCH_SIZES.split(",").map(Number);
const ROUNDS = Number(process.env.BENCH_WRITE_ROUNDS ?? 5);
const PER_ROUND = 30;

type Server = {
  name: string;
  base: string;
  cookie: string;
  proc: ChildProcess;
  nodes: { id: string; version: number }[];
};
type Samples = {
  patch: number[][];
  floor: number[][];
  routed: number[][];
  get: number[][];
  phases: Map<string, number[]>;
};

const servers: Server[] = [];
process.on("exit", () => servers.forEach((s) => s.proc.kill("SIGTERM")));

for (const n of sizes) if (!existsSync(dataFile(n, "clash.json"))) writeDataset(n);
const ids = await prepareDatabase();
const [small, large] = [ids[Math.min(...sizes)]!, ids[Math.max(...sizes)]!];
for (const [i, b] of builds.entries()) {
  const port = PORT + 10 + i;
  const base = `http://localhost:${port}`;
  const proc = await startApp(port, b.dir);
  const cookie = await signIn(base);
  const graph = (await (await fetch(`${base}/api/debates/${large}`, { headers: { Cookie: cookie } })).json()) as {
    nodes: { id: string; version: number }[];
  };
  // Each server edits its own 50 arguments, so no PATCH meets another server's version.
  servers.push({ name: b.name, base, cookie, proc, nodes: graph.nodes.slice(i * 50, i * 50 + 50) });
}

const samples = new Map<string, Samples>(
  servers.map((s) => [s.name, { patch: [], floor: [], routed: [], get: [], phases: new Map() }]),
);

async function timedRound(call: (k: number) => Promise<void>): Promise<number[]> {
  const ms: number[] = [];
  for (let k = 0; k < PER_ROUND; k++) {
    const t = performance.now();
    await call(k);
    ms.push(performance.now() - t);
  }
  return ms;
}

async function patch(s: Server, k: number, phases: Map<string, number[]> | null): Promise<void> {
  const node = s.nodes[k % s.nodes.length]!;
  const r = await fetch(`${s.base}/api/nodes/${node.id}`, {
    method: "PATCH",
    headers: { Cookie: s.cookie, "Content-Type": "application/json", Origin: s.base },
    body: JSON.stringify({ version: node.version, title: `Write path ${s.name} ${k}` }),
  });
  if (!r.ok) throw new Error(`PATCH ${r.status}: ${await r.text()}`);
  node.version = ((await r.json()) as { version: number }).version;
  for (const part of (r.headers.get("server-timing") ?? "").split(",")) {
    const m = /^\s*([\w-]+);dur=([\d.]+)/.exec(part);
    if (!m || !phases) continue;
    if (!phases.has(m[1]!)) phases.set(m[1]!, []);
    phases.get(m[1]!)!.push(Number(m[2]));
  }
}
// The same PATCH refused at its Content-Type (415): Next routing the dynamic route, the wrapper's
// origin check and session, and an error answer, but no body read, statement or row serialised.
async function refused(s: Server, k: number): Promise<void> {
  const node = s.nodes[k % s.nodes.length]!;
  const r = await fetch(`${s.base}/api/nodes/${node.id}`, {
    method: "PATCH",
    headers: { Cookie: s.cookie, "Content-Type": "text/plain", Origin: s.base },
    body: JSON.stringify({ version: node.version, title: `Write path ${s.name} ${k}` }),
  });
  if (r.status !== 415) throw new Error(`refused PATCH: ${r.status}`);
  await r.arrayBuffer();
}
const ok = async (r: Response) => {
  if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
  await r.arrayBuffer();
};

const load = [os.loadavg()[0]!];
for (const s of servers) {
  // Warm-up: compiled routes, caches, the JIT.
  for (let k = 0; k < 10; k++) {
    await patch(s, k, null);
    await ok(await fetch(`${s.base}/api/health`));
    await refused(s, k);
    await ok(await fetch(`${s.base}/api/debates/${small}`, { headers: { Cookie: s.cookie } }));
  }
}
for (let r = 0; r < ROUNDS; r++) {
  for (const s of servers) {
    const out = samples.get(s.name)!;
    out.patch.push(await timedRound((k) => patch(s, k, out.phases)));
    out.floor.push(await timedRound(async () => ok(await fetch(`${s.base}/api/health`))));
    out.routed.push(await timedRound((k) => refused(s, k)));
    out.get.push(
      await timedRound(async () =>
        ok(await fetch(`${s.base}/api/debates/${small}`, { headers: { Cookie: s.cookie } })),
      ),
    );
  }
}
load.push(os.loadavg()[0]!);

const med = (xs: number[]) => percentile(xs, 50);
const f = (x: number) => x.toFixed(1);
/** Per-round p50 and p95, each reduced to its median over the rounds (and their range). */
const perRound = (rounds: number[][], p: number) => {
  const xs = rounds.map((ms) => percentile(ms, p));
  return { median: med(xs), min: Math.min(...xs), max: Math.max(...xs) };
};
const cell = (v: { median: number; min: number; max: number }) => `${f(v.median)} (${f(v.min)}–${f(v.max)})`;

const lines: string[] = [];
lines.push(
  `${ROUNDS} rounds × ${PER_ROUND} calls per build and measure, builds taking turns; ${os.cpus().length} cores, load average ${load.map((l) => l.toFixed(1)).join(" → ")}.`,
  `PATCH: a title of the ${Math.max(...sizes).toLocaleString("en-US")}-argument debate; GET: the ${Math.min(...sizes).toLocaleString("en-US")}-argument debate. ms, median over rounds (range).`,
  "",
  "| build | floor p50 | floor p95 | PATCH 415 p50 | PATCH 415 p95 | PATCH p50 | PATCH p95 | PATCH p95 − floor p95 | GET p50 | GET p95 | GET p95 − floor p95 |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
);
for (const s of servers) {
  const o = samples.get(s.name)!;
  const fl = perRound(o.floor, 95);
  const pa = perRound(o.patch, 95);
  const ge = perRound(o.get, 95);
  lines.push(
    `| ${s.name} | ${cell(perRound(o.floor, 50))} | ${cell(fl)} | ${cell(perRound(o.routed, 50))} | ${cell(perRound(o.routed, 95))} | ${cell(perRound(o.patch, 50))} | ${cell(pa)} | ${f(pa.median - fl.median)} | ${cell(perRound(o.get, 50))} | ${cell(ge)} | ${f(ge.median - fl.median)} |`,
  );
}
lines.push("", "PATCH on the server (Server-Timing), per phase over all calls: p50 / p95 / p99 / max ms.", "");
const names = [...new Set(servers.flatMap((s) => [...samples.get(s.name)!.phases.keys()]))];
lines.push(`| build | ${names.join(" | ")} |`, `|---|${names.map(() => "---").join("|")}|`);
for (const s of servers) {
  const ph = samples.get(s.name)!.phases;
  lines.push(
    `| ${s.name} | ${names.map((n) => (ph.has(n) ? [50, 95, 99, 100].map((p) => percentile(ph.get(n)!, p).toFixed(2)).join(" / ") : "—")).join(" | ")} |`,
  );
}
console.log(lines.join("\n"));
process.exit(0);
