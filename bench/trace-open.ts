// `npx tsx bench/trace-open.ts <map url> [n]`: where a small map's path to interactive goes, against
// bare React Flow drawing the same generated map, from the browser's own timings (Navigation and
// Resource Timing, the bench probe's "interactive" moment) and a Chromium trace of the renderer's
// main thread up to that moment (script compile and run, style, layout, paint). Median of 5 cold
// visits of each page, taken in turns, after one that warms each server. Needs a running server
// holding the generated debate of `n` arguments (default 100; see bench/suites/load-db.ts) and, for a private debate,
// TRACE_SIGN_IN=1 (signs in as the demo account). bench/open-trace.md keeps the reading.
import { readFileSync } from "node:fs";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import config from "../playwright.config";
import { signIn } from "./suites/app-server";
import { startBareServer } from "./browser/bare-server";
import { median } from "./lib/stats";

const URL_ = process.argv[2] ?? "http://localhost:3000/debates/tajikistan-demo";
const N = Number(process.argv[3] ?? 100);
const RUNS = Number(process.env.TRACE_RUNS ?? 5);
const BARE_PORT = Number(process.env.TRACE_BARE_PORT ?? 3899);
const PROBE = readFileSync("bench/browser/probe.js", "utf8");

/** When React Flow's nodes first reach the DOM (hidden until measured) and when all are shown. */
const MILESTONES = `(() => {
  window.__open = { nodesInDom: -1, nodesShown: -1, long: 0 };
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__open.long += e.duration; }).observe({ type: "longtask", buffered: true }); } catch {}
  const tick = () => {
    const els = document.querySelectorAll(".react-flow__node");
    const o = window.__open;
    if (els.length && o.nodesInDom < 0) o.nodesInDom = performance.now();
    if (els.length && o.nodesShown < 0 && [...els].every((e) => e.style.visibility !== "hidden")) o.nodesShown = performance.now();
    if (o.nodesShown < 0) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

type Reading = Record<string, number>;

/** Main-thread time by trace event, up to `until` (ms after navigation start). */
function mainThread(trace: Buffer, until: number): Reading {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const nav = events.find((e) => e.name === "navigationStart" || e.name === "NavigationStart");
  if (!main || !nav) return {};
  const start = nav.ts;
  const end = start + until * 1000;
  const sum = (names: string[]) =>
    events
      .filter(
        (e) => e.ph === "X" && e.pid === main.pid && e.tid === main.tid && names.includes(e.name) && e.ts >= start,
      )
      .filter((e) => e.ts < end)
      .reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  return {
    "main thread busy (tasks)": sum(["RunTask"]),
    "  HTML parse": sum(["ParseHTML"]),
    "  script compile": sum(["v8.compile", "v8.compileModule", "V8.CompileCode"]),
    "  script run (eval, React)": sum([
      "EvaluateScript",
      "v8.evaluateModule",
      "FunctionCall",
      "TimerFire",
      "RunMicrotasks",
    ]),
    "  style recalc": sum(["UpdateLayoutTree"]),
    "  layout (React Flow measures nodes)": sum(["Layout"]),
    "  paint": sum(["Paint", "PrePaint"]),
  };
}
type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
};

async function visit(browser: Browser, context: BrowserContext, url: string): Promise<Reading> {
  await context.addInitScript({ content: PROBE });
  await context.addInitScript({ content: MILESTONES });
  const page = await context.newPage();
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "blink.user_timing", "loading"],
  });
  await page.goto(url, { waitUntil: "commit" });
  let ready: { t: number } | null = null;
  for (let i = 0; i < 240 && !ready; i++) {
    await page.waitForTimeout(250);
    ready = await page.evaluate<{ t: number } | null>("window.__bench && window.__bench.ready(1000)");
  }
  const reading = await page.evaluate<Reading>(`(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const res = performance.getEntriesByType("resource");
    const js = res.filter((e) => e.initiatorType === "script" || /\\.js(\\?|$)/.test(e.name));
    const css = res.filter((e) => /\\.css(\\?|$)/.test(e.name));
    const graph = res.find((e) => /\\/api\\/debates\\/[^/?]+$|\\/data\\/\\d+\\.flow\\.json$/.test(new URL(e.name).pathname));
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    return {
      "server answers (TTFB)": nav.responseStart,
      "HTML received": nav.responseEnd,
      "JS: files": js.length,
      "JS: bytes over the wire (kB)": js.reduce((s, e) => s + e.transferSize, 0) / 1024,
      "JS: bytes decoded (kB)": js.reduce((s, e) => s + e.decodedBodySize, 0) / 1024,
      "JS decoded before the nodes showed (kB)": js.filter((e) => e.responseEnd <= window.__open.nodesShown).reduce((s, e) => s + e.decodedBodySize, 0) / 1024,
      "JS: last script loaded": Math.max(0, ...js.map((e) => e.responseEnd)),
      "CSS: last sheet loaded": Math.max(0, ...css.map((e) => e.responseEnd)),
      "first contentful paint": fcp ? fcp.startTime : -1,
      "DOMContentLoaded": nav.domContentLoadedEventEnd,
      "graph fetch starts": graph ? graph.startTime : -1,
      "graph fetch done": graph ? graph.responseEnd : -1,
      "nodes in the DOM (hidden, measuring)": window.__open.nodesInDom,
      "nodes shown (measured)": window.__open.nodesShown,
      "long tasks, total": window.__open.long,
    };
  })()`);
  reading["map interactive (probe)"] = ready ? ready.t : -1;
  const trace = await browser.stopTracing();
  Object.assign(reading, mainThread(trace, reading["map interactive (probe)"]));
  await page.close();
  return reading;
}

/** One cold visit (a fresh browser context). */
async function reading(browser: Browser, url: string, cookie: string | null): Promise<Reading> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  if (cookie) {
    const u = new URL(url);
    await context.addCookies(
      cookie.split("; ").map((c) => {
        const [name, ...v] = c.split("=");
        return { name: name!, value: v.join("="), domain: u.hostname, path: "/" };
      }),
    );
  }
  const r = await visit(browser, context, url);
  await context.close();
  return r;
}

const cookie = process.env.TRACE_SIGN_IN === "1" ? await signIn(new URL(URL_).origin) : null;
const bare = await startBareServer(BARE_PORT);
const browser = await chromium.launch({ ...config.use?.launchOptions, headless: true });
// The two pages take turns, visit by visit: on a shared machine whose load moves by the minute,
// both columns then see the same load. The first visit of each warms its server.
const clash: Reading[] = [];
const baseline: Reading[] = [];
for (let r = 0; r < RUNS + 1; r++) {
  const c = await reading(browser, URL_, cookie);
  const b = await reading(browser, `http://127.0.0.1:${BARE_PORT}/?n=${N}`, null);
  if (r === 0) continue;
  clash.push(c);
  baseline.push(b);
}
await browser.close();
bare.close();

const keys = Object.keys(clash[0]!);
const fmt = (k: string, v: number) =>
  v < 0 ? "—" : k.includes("kB") ? `${v.toFixed(0)} kB` : k.includes("files") ? v.toFixed(0) : `${v.toFixed(0)} ms`;
console.log(`| median of ${RUNS} cold visits | Clash (${URL_}) | bare React Flow (${N} nodes) |\n|---|---|---|`);
for (const k of keys) {
  const c = median(clash.map((x) => x[k] ?? -1));
  const b = median(baseline.map((x) => x[k] ?? -1));
  console.log(`| ${k} | ${fmt(k, c)} | ${fmt(k, b)} |`);
}
process.exit(0);
