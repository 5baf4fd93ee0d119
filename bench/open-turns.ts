// `npx tsx bench/open-turns.ts <label>=<map url> [<label>=<map url> …]`: the bench's own
// "navigation → map interactive" (bench/browser/probe.js, warm caches as in bench/suites/browser.ts)
// for two or more builds of Clash and the bare React Flow page, taken in turns (A, B, bare, A, B,
// bare, …) so that every side meets the same load on a shared machine. For each side it prints the
// median and range, and the timeline of its median visit: when the page's HTML came, when the node
// count or visibility last changed and every long task, which is what decides the probe's moment.
// TRACE_SIGN_IN=1 signs in as the demo account (the bench's debates are private);
// TRACE_BARE_PORT (default 3899) and TRACE_N (default 100) as in bench/trace-open.ts.
import { readFileSync } from "node:fs";
import { chromium, type BrowserContext } from "@playwright/test";
import config from "../playwright.config";
import { signInContext } from "./suites/app-server";
import { startBareServer } from "./browser/bare-server";
import { median } from "./lib/stats";

const sides = process.argv.slice(2).map((a) => {
  const i = a.indexOf("=");
  return { label: a.slice(0, i), url: a.slice(i + 1) };
});
const N = Number(process.env.TRACE_N ?? 100);
const RUNS = Number(process.env.TRACE_RUNS ?? 7);
const BARE_PORT = Number(process.env.TRACE_BARE_PORT ?? 3899);
const PROBE = readFileSync("bench/browser/probe.js", "utf8");

/** Every change the probe counts (node count, visibility) and every long task, in page time. */
const LOG = `(() => {
  const log = (window.__log = []);
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) log.push(["long", Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: true }); } catch {}
  let count = -1, visible = false;
  const tick = () => {
    const els = document.querySelectorAll(".react-flow__node");
    let v = els.length > 0;
    for (const el of els) if (el.style.visibility === "hidden") { v = false; break; }
    if (els.length !== count || v !== visible) { count = els.length; visible = v; log.push(["nodes", Math.round(performance.now()), count, v]); }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

type Visit = { ms: number; log: unknown[]; nav: { ttfb: number; html: number; dcl: number } };

async function visit(context: BrowserContext, url: string): Promise<Visit | null> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  let ready: { t: number } | null = null;
  for (let i = 0; i < 240 && !ready; i++) {
    await page.waitForTimeout(250);
    ready = await page.evaluate<{ t: number } | null>("window.__bench && window.__bench.ready(1000)");
  }
  const out = await page.evaluate<{ log: unknown[]; nav: Visit["nav"] }>(`(() => {
    const n = performance.getEntriesByType("navigation")[0];
    return { log: window.__log, nav: { ttfb: Math.round(n.responseStart), html: Math.round(n.responseEnd), dcl: Math.round(n.domContentLoadedEventEnd) } };
  })()`);
  const vp = await page.evaluate<{ x: number; y: number; zoom: number; w: number; h: number } | null>(
    "window.__bench.viewport()",
  );
  if (vp && !bareVp && !isBare(url)) bareVp = [vp.x, vp.y, vp.zoom, vp.w, vp.h].join(",");
  await page.close();
  return ready ? { ms: ready.t, ...out } : null;
}

let bareVp = null as string | null;
/** A bare React Flow page (the bench's, or a variant: any URL with ?n=<size>, such as bench/floor): it opens at Clash's viewport. */
const isBare = (url: string) => /\?n=\d+/.test(url);
const bare = await startBareServer(BARE_PORT);
const browser = await chromium.launch({ ...config.use?.launchOptions, headless: true });
const contexts = new Map<string, BrowserContext>();
for (const s of sides) {
  const context = await browser.newContext({ viewport: config.use?.viewport ?? { width: 1440, height: 900 } });
  await context.addInitScript({ content: PROBE });
  await context.addInitScript({ content: LOG });
  if (process.env.TRACE_SIGN_IN === "1" && !isBare(s.url)) await signInContext(context, s.url);
  contexts.set(s.label, context);
}
const bareContext = await browser.newContext({ viewport: config.use?.viewport ?? { width: 1440, height: 900 } });
await bareContext.addInitScript({ content: PROBE });
await bareContext.addInitScript({ content: LOG });
const all = [...sides, { label: "bare", url: "" }];
const visits = new Map<string, Visit[]>(all.map((s) => [s.label, []]));
for (let r = 0; r < RUNS + 1; r++) {
  for (const s of all) {
    const vp = bareVp ? `&vp=${bareVp}` : "";
    const url = s.label === "bare" ? `http://127.0.0.1:${BARE_PORT}/?n=${N}${vp}` : isBare(s.url) ? s.url + vp : s.url;
    const v = await visit(s.label === "bare" ? bareContext : contexts.get(s.label)!, url);
    // Progress on stderr: a side whose probe never answers would otherwise wait a minute a visit, silently.
    process.stderr.write(`round ${r} ${s.label}: ${v ? `${v.ms.toFixed(0)} ms` : "never interactive (60 s)"}\n`);
    if (!v && r === 0) {
      console.error(
        `${s.label} (${url}) never became interactive: is the server up, the map there, TRACE_SIGN_IN set?`,
      );
      process.exit(1);
    }
    // The first visit of each side warms its server and the browser's cache, as the bench's does.
    if (r > 0 && v) visits.get(s.label)!.push(v);
  }
}
await browser.close();
bare.close();
const bareMs = median(visits.get("bare")!.map((v) => v.ms));
for (const s of all) {
  const vs = visits.get(s.label)!;
  const ms = vs.map((v) => v.ms).sort((a, b) => a - b);
  const m = median(ms);
  console.log(
    `${s.label}: ${m.toFixed(0)} ms (${ms[0]!.toFixed(0)}–${ms.at(-1)!.toFixed(0)}, ${ms.length} visits), ${(m / bareMs).toFixed(2)}× bare`,
  );
  const mid = vs.reduce((a, b) => (Math.abs(b.ms - m) < Math.abs(a.ms - m) ? b : a));
  console.log(`  median visit: ${JSON.stringify(mid.nav)} ${JSON.stringify(mid.log)}`);
}
process.exit(0);
