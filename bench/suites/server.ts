// The benchmarks that need the running app: api-graph, render, pan / drag and edit. One
// production server on its own port and database, one bare React Flow page, one Chromium.
import type { ChildProcess } from "node:child_process";
import type { Server } from "node:http";
import type { Browser } from "@playwright/test";
import { startBareServer } from "../browser/bare-server";
import { launch, newContext } from "../browser/measure";
import { record } from "../lib/results";
import { SIZES } from "../lib/stats";
import { apiEdit, apiGraph } from "./api";
import { BASE, buildApp, PORT, prepareDatabase, signIn, startApp } from "./app-server";
import { browserRows } from "./browser";
import { flowRows } from "./flow";

const BARE_PORT = PORT + 1;
let app: ChildProcess | null = null;
let bare: Server | null = null;
let browser = null as Browser | null;
const stop = () => {
  app?.kill("SIGTERM");
  bare?.close();
  app = bare = null;
};
process.on("exit", stop);

try {
  const t = performance.now();
  await buildApp();
  console.log(`  built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  const ids = await prepareDatabase();
  app = await startApp();
  const cookie = await signIn();

  for (const n of SIZES) record("api", await apiGraph(n, ids[n]!, cookie));

  // BENCH_SERVER_ROWS=api (what BENCH_ONLY=api sets): the API rows alone, no browser.
  if (process.env.BENCH_SERVER_ROWS !== "api") await browserBenches(ids, cookie);

  // Last: these writes change the stored debates the browser benchmarks opened.
  for (const n of SIZES) record("api", await apiEdit(n, ids[n]!, cookie));
} finally {
  await browser?.close().catch(() => {});
  stop();
}
process.exit(0);

/** render, pan / drag, edit in the browser and the flow view, at every size. */
async function browserBenches(ids: Record<number, string>, cookie: string): Promise<void> {
  bare = await startBareServer(BARE_PORT);
  browser = await launch();
  const clash = await newContext(browser);
  await clash.addCookies(
    cookie
      .split("; ")
      .map((c) => ({ name: c.slice(0, c.indexOf("=")), value: c.slice(c.indexOf("=") + 1), url: BASE })),
  );
  const contexts = { clash, bare: await newContext(browser) };
  // One unmeasured visit each, so both start with warm caches and a warm server. Closed again: a
  // page left open could share the measured page's renderer process and count in its heap.
  for (const [context, url] of [
    [contexts.clash, `${BASE}/debates/${ids[SIZES[0]!]}`],
    [contexts.bare, `http://127.0.0.1:${BARE_PORT}/?n=${SIZES[0]}`],
  ] as const) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(2000);
    await page.close();
  }
  for (const n of SIZES) {
    const rows = await browserRows(n, ids[n]!, BASE, `http://127.0.0.1:${BARE_PORT}`, contexts);
    record("browser", rows);
    const mapHeap = rows.find((r) => r.what.startsWith("JS heap"))?.clash ?? null;
    record("browser", await flowRows(n, ids[n]!, BASE, contexts.clash, mapHeap));
  }
  await browser.close();
}
