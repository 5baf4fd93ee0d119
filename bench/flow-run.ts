// `npx tsx bench/flow-run.ts`: the flow view's bench rows alone (bench/suites/flow.ts) against a
// production build, for before/after comparisons of the flow without the whole server suite.
// Env: BENCH_SIZES (default 20000), BENCH_PORT, BENCH_SKIP_BUILD=1 (reuse .next-bench),
// FLOW_REUSE_DB=1 (reuse bench/.out/app.db and the ids of the last run), FLOW_ROUNDS (default 1:
// how many times the rows are taken, to see the spread on a shared machine), FLOW_PROFILE=1 (also a
// FLOW_CPU=1 (instead of the rows: the main thread's CPU time to the first cell and per arrow key, from
// a trace), CPU profile of one open and of the arrow steps, summed by script and function: bench/flow-trace.md),
// FLOW_BEFORE_DIST=<dist dir> (a second server from an earlier build of the same code base, on the
// same database, measured in turns with this one: a before/after comparison under the same load).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { launch, newContext, OPEN_TIMEOUT_MS, poll } from "./browser/measure";
import { dataFile, writeDataset } from "./generate";
import { median, SIZES } from "./lib/stats";
import { BASE, buildApp, DB_FILE, PORT, prepareDatabase, signIn, startApp } from "./suites/app-server";
import { flowRows } from "./suites/flow";

const IDS_FILE = "bench/.out/flow-ids.json";
const ROUNDS = Number(process.env.FLOW_ROUNDS ?? 1);

for (const n of SIZES) if (!existsSync(dataFile(n, "clash.json"))) writeDataset(n);
await buildApp();
let ids: Record<number, string>;
if (process.env.FLOW_REUSE_DB === "1" && existsSync(IDS_FILE))
  ids = JSON.parse(readFileSync(IDS_FILE, "utf8")) as Record<number, string>;
else {
  ids = await prepareDatabase();
  writeFileSync(IDS_FILE, JSON.stringify(ids));
}
const app = await startApp();
process.on("exit", () => app.kill("SIGTERM"));
const BEFORE_DIST = process.env.FLOW_BEFORE_DIST;
const BEFORE_BASE = `http://localhost:${PORT + 2}`;
const before = BEFORE_DIST
  ? spawn("node_modules/.bin/next", ["start", "-p", String(PORT + 2)], {
      env: {
        ...process.env,
        NEXT_DIST_DIR: BEFORE_DIST,
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: `file:./${DB_FILE}`,
        BETTER_AUTH_URL: BEFORE_BASE,
        BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
        CLASH_RATE_LIMIT: "off",
      },
      stdio: "ignore",
    })
  : null;
process.on("exit", () => before?.kill("SIGTERM"));
for (
  let i = 0;
  before &&
  !(await fetch(`${BEFORE_BASE}/api/health`).then(
    (r) => r.ok,
    () => false,
  ));
  i++
) {
  if (i > 240) throw new Error("the before server did not start");
  await new Promise((r) => setTimeout(r, 500));
}
const targets = before
  ? [
      { name: "before", base: BEFORE_BASE },
      { name: "after", base: BASE },
    ]
  : [{ name: "this build", base: BASE }];
const cookie = await signIn();
const browser = await launch();
const context = await newContext(browser);
await context.addCookies(
  cookie.split("; ").map((c) => ({ name: c.slice(0, c.indexOf("=")), value: c.slice(c.indexOf("=") + 1), url: BASE })),
);
// One unmeasured visit each, so the servers and the browser's caches are warm.
for (const t of targets) {
  const warm = await context.newPage();
  await warm.goto(`${t.base}/debates/${ids[SIZES[0]!]}/flow`, { waitUntil: "commit" });
  await poll(warm, "window.__bench.firstCell()", OPEN_TIMEOUT_MS, 200);
  await warm.waitForTimeout(3000);
  await warm.close();
}

const medians = new Map<string, number[]>();
const CPU = process.env.FLOW_CPU === "1";
for (let round = 0; CPU && round < ROUNDS; round++)
  for (const n of SIZES)
    for (const t of targets) {
      const cpu = await mainThreadCpu(t.base, ids[n]!);
      for (const [what, ms] of Object.entries(cpu)) {
        const key = `${n}\t${t.name}\t${what}`;
        medians.set(key, [...(medians.get(key) ?? []), ms]);
        console.log(`${key}\t${ms.toFixed(1)} ms`);
      }
    }
for (let round = 0; !CPU && round < ROUNDS; round++)
  for (const n of SIZES)
    for (const t of targets)
      for (const row of await flowRows(n, ids[n]!, t.base, context, null)) {
        const f = row.clash;
        const key = `${n}\t${t.name}\t${row.what}`;
        medians.set(key, [...(medians.get(key) ?? []), f.median]);
        console.log(
          `${key}\t${f.median.toFixed(1)} ${f.unit} (${f.min.toFixed(1)}–${f.max.toFixed(1)}, ${f.runs} runs)${f.error ? ` ${f.error}` : ""}`,
        );
      }
if (ROUNDS > 1) {
  console.log("\nmedian of the rounds' medians:");
  for (const [key, xs] of [...medians].sort())
    console.log(`${key}\t${median(xs).toFixed(1)}\t[${xs.map((x) => x.toFixed(0)).join(", ")}]`);
}

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Self time by script and by function (url:line:col, the names are minified), the top `top`. */
function summarize(p: Profile, top: number): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byUrl = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    const url = n.callFrame.url.replace(/^.*\/_next\//, "") || `(${n.callFrame.functionName || "native"})`;
    const key = `${n.callFrame.functionName || "(anon)"} ${url}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    byUrl.set(url, (byUrl.get(url) ?? 0) + ms);
  });
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join("\n");
  return `by script:\n${fmt(byUrl)}\nby function (self):\n${fmt(self)}`;
}

type TraceEv = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
};

/**
 * CPU time of the page's main thread (the trace's thread durations, which a busy machine inflates
 * far less than wall time): from navigation to the first cell, and per arrow key over 8 steps.
 */
async function mainThreadCpu(base: string, id: string): Promise<Record<string, number>> {
  // `until`: ms after navigation start (page time); only the tasks that started before it count.
  const cpuOf = (trace: Buffer, until = Infinity) => {
    const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEv[] }).traceEvents;
    const nav = events.find((e) => e.name === "navigationStart" || e.name === "NavigationStart");
    const end = nav && until !== Infinity ? nav.ts + until * 1000 : Infinity;
    const tasks = events.filter((e) => e.ph === "X" && e.name === "RunTask" && e.ts < end);
    const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
    const per = mains.map((m) =>
      tasks.filter((e) => e.pid === m.pid && e.tid === m.tid).reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0),
    );
    return Math.max(0, ...per) / 1000;
  };
  const page = await context.newPage();
  const out: Record<string, number> = {};
  try {
    await page.goto(`${base}/api/health`);
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
    await page.goto(`${base}/debates/${id}/flow`, { waitUntil: "commit" });
    const first = await poll<number>(page, "window.__bench.firstCell()", OPEN_TIMEOUT_MS, 20);
    // The tasks up to the first cell's frame (a poll answers only once the page is idle again).
    out["main-thread CPU, navigation → first cell"] = cpuOf(await browser.stopTracing(), first ?? Infinity);
    if (first) out["wall, navigation → first cell"] = first;
    await page.waitForTimeout(2500);
    await page.getByRole("grid", { name: "Flow sheet" }).focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForTimeout(500);
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("ArrowDown");
      await page.waitForTimeout(150);
    }
    out["main-thread CPU per arrow key (8 steps)"] = cpuOf(await browser.stopTracing()) / 8;
  } finally {
    await page.close();
  }
  return out;
}

/** Main-thread time by trace event name (the renderer's main thread), the biggest first. */
function byEvent(trace: Buffer): string {
  type Ev = { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string } };
  const events = (JSON.parse(trace.toString()) as { traceEvents: Ev[] }).traceEvents;
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const sums = new Map<string, number>();
  for (const e of events)
    if (e.ph === "X" && mains.some((m) => m.pid === e.pid && m.tid === e.tid))
      sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 14)
    .map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`)
    .join("\n");
}

async function profiled(page: Page, act: () => Promise<void>): Promise<string> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await act();
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.detach();
  return summarize(profile as Profile, 25);
}

if (process.env.FLOW_PROFILE === "1") {
  for (const n of SIZES) {
    const page = await context.newPage();
    // Open: the profiler starts on a blank page, then navigates.
    await page.goto(`${BASE}/api/health`);
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
    const open = await profiled(page, async () => {
      await page.goto(`${BASE}/debates/${ids[n]!}/flow`, { waitUntil: "commit" });
      await poll(page, "window.__bench.firstCell()", OPEN_TIMEOUT_MS, 50);
    });
    console.log(
      `\n── ${n}: open → first cell, main thread by trace event (ms)\n${byEvent(await browser.stopTracing())}`,
    );
    console.log(`\n── ${n}: open → first cell\n${open}`);
    console.log(
      await page.evaluate(`(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        const api = performance.getEntriesByType("resource").find((e) => /\\/api\\/debates\\/[^/?]+$/.test(new URL(e.name).pathname));
        const js = performance.getEntriesByType("resource").filter((e) => e.initiatorType === "script");
        return JSON.stringify({
          htmlReceived: Math.round(nav.responseEnd),
          domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
          lastScript: Math.round(Math.max(...js.map((e) => e.responseEnd))),
          apiStart: api && Math.round(api.startTime),
          apiFirstByte: api && Math.round(api.responseStart),
          apiDone: api && Math.round(api.responseEnd),
          apiKB: api && Math.round(api.encodedBodySize / 1024),
          apiDecodedKB: api && Math.round(api.decodedBodySize / 1024),
          firstCell: Math.round(window.__bench.firstCell()),
        });
      })()`),
    );
    await page.waitForTimeout(1500);
    await page.getByRole("grid", { name: "Flow sheet" }).focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForTimeout(300);
    const steps = await profiled(page, async () => {
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press("ArrowDown");
        await page.waitForTimeout(60);
      }
    });
    console.log(`\n── ${n}: 20 arrow-key steps\n${steps}`);
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("ArrowDown");
      await page.waitForTimeout(60);
    }
    console.log(
      `\n── ${n}: 20 more arrow-key steps, main thread by trace event (ms)\n${byEvent(await browser.stopTracing())}`,
    );
    await page.close();
  }
}
await browser.close();
app.kill("SIGTERM");
before?.kill("SIGTERM");
process.exit(0);
