// `npx tsx bench/trace-open.ts [url]`: where a small map's path to interactive goes, from the
// browser's own timings (Navigation and Resource Timing, long tasks, and the bench probe's
// "interactive" moment), median of 5 cold-cache visits. Prints a table; bench/open-trace.md keeps
// the last reading. Needs a running server (default http://localhost:3000, the demo debate).
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import config from "../playwright.config";
import { median } from "./lib/stats";

const URL_ = process.argv[2] ?? "http://localhost:3000/debates/tajikistan-demo";
const RUNS = 5;
const PROBE = readFileSync("bench/browser/probe.js", "utf8");

type Reading = Record<string, number>;

const browser = await chromium.launch({ ...config.use?.launchOptions, headless: true });
const readings: Reading[] = [];
for (let r = 0; r < RUNS + 1; r++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript({ content: PROBE });
  await context.addInitScript({
    content: `window.__long = 0; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long += e.duration; }).observe({ type: "longtask", buffered: true }); } catch {}`,
  });
  const page = await context.newPage();
  await page.goto(URL_, { waitUntil: "commit" });
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
    const graph = res.find((e) => /\\/api\\/debates\\/[^/?]+$/.test(new URL(e.name).pathname));
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    return {
      "server answers (TTFB)": nav.responseStart,
      "HTML received": nav.responseEnd,
      "JS: bytes over the wire (kB)": js.reduce((s, e) => s + e.transferSize, 0) / 1024,
      "JS: last script loaded": Math.max(0, ...js.map((e) => e.responseEnd)),
      "CSS: last sheet loaded": Math.max(0, ...css.map((e) => e.responseEnd)),
      "first contentful paint": fcp ? fcp.startTime : -1,
      "DOMContentLoaded": nav.domContentLoadedEventEnd,
      "graph fetch starts": graph ? graph.startTime : -1,
      "graph fetch done": graph ? graph.responseEnd : -1,
      "long tasks, total": window.__long,
    };
  })()`);
  reading["map interactive (probe)"] = ready ? ready.t : -1;
  if (r > 0) readings.push(reading); // the first visit warms the server
  await context.close();
}
await browser.close();
const keys = Object.keys(readings[0]!);
console.log(`| ${URL_} | median of ${RUNS} |\n|---|---|`);
for (const k of keys) {
  const v = median(readings.map((x) => x[k]!));
  console.log(`| ${k} | ${k.includes("kB") ? `${v.toFixed(0)} kB` : `${v.toFixed(0)} ms`} |`);
}
