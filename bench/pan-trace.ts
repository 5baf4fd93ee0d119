// `npx tsx bench/pan-trace.ts <map url> [n] [rounds]`: the bench's pan (bench/browser/measure.ts:
// 3 s, 500 px and back) on Clash's map and on bare React Flow drawing the same generated map of `n`
// arguments (default 1,000) at Clash's viewport, in turns, with a Chromium trace of each pan: the
// frame rate, and where the frames' work went, on the renderer's main thread (BeginMainFrame, and in
// it paint and layerization) and on the raster threads. Needs a running server holding the
// generated debate (bench/suites/load-db.ts). Signs in as the demo account.
//   PAN_CSS='<css>'  adds a stylesheet to Clash's page before each pan: a CSS change tried without a build
//   PAN_LOAD=1       keeps one core busy meanwhile (a loaded machine, as during a full bench run)
//   PAN_MODE=drag    drags one card around a circle instead (the bench's node drag, at its working zoom)
//   PAN_MODE=zoom    the bench's wheel zoom through every semantic level and back instead (at the working
//                    zoom, after ZOOM_WAIT_S seconds left alone: a big map's levels come from a worker)
//   PAN_NOTRACE=1    no trace: the frame rates alone, as the bench takes them (tracing costs both pages frames)
//   PAN_DETAIL=1     also sums every event on the renderer's main thread by name (those over 15 ms; nested ones overlap)
// bench/pan-profile.md keeps the reading.
import { spawn } from "node:child_process";
import type { BrowserContext } from "@playwright/test";
import { signInContext } from "./suites/app-server";
import { startBareServer } from "./browser/bare-server";
import { drag, launch, newContext, openMap, pan, zoomToWork } from "./browser/measure";
import { zoomThroughLevels } from "./browser/semantic";
import { median } from "./lib/stats";

const URL_ = process.argv[2] ?? "http://localhost:3000/debates/tajikistan-demo";
const N = Number(process.argv[3] ?? 1000);
const ROUNDS = Number(process.argv[4] ?? 3);
const BARE_PORT = Number(process.env.TRACE_BARE_PORT ?? 3899);
const CSS = process.env.PAN_CSS;
const MODE = process.env.PAN_MODE ?? "pan";
const DRAG = MODE === "drag";
const ZOOM = MODE === "zoom";
const TRACE = !process.env.PAN_NOTRACE;

type TraceEvent = { name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } };

/** The events that say where a frame's work goes, summed in ms by the thread they ran on. */
const WATCHED: Record<string, string> = {
  "ProxyMain::BeginMainFrame": "main: frames (all of it)",
  Paint: "main: paint",
  Layerize: "main: layerize",
  RasterTask: "raster threads",
};

function sums(trace: Buffer): Record<string, number> {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const out: Record<string, number> = {};
  const main = events.find((e) => e.name === "ProxyMain::BeginMainFrame")?.tid;
  for (const e of events) {
    const label = WATCHED[e.name];
    if (e.ph === "X" && e.dur && label) out[label] = (out[label] ?? 0) + e.dur / 1000;
    if (process.env.PAN_DETAIL && e.ph === "X" && e.dur && e.tid === main)
      out[`· ${e.name}`] = (out[`· ${e.name}`] ?? 0) + e.dur / 1000;
  }
  return out;
}

async function context(signInTo?: string): Promise<BrowserContext> {
  const c = await newContext(browser);
  if (signInTo) await signInContext(c, signInTo);
  return c;
}

const load = process.env.PAN_LOAD === "1" ? spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }) : null;
const bare = await startBareServer(BARE_PORT);
const browser = await launch();
const sides = { clash: await context(URL_), bare: await context() };
const seen: Record<"clash" | "bare", { fps: number[]; work: Record<string, number>[] }> = {
  clash: { fps: [], work: [] },
  bare: { fps: [], work: [] },
};
let viewport = "";
for (let r = 0; r < ROUNDS; r++) {
  for (const side of ["clash", "bare"] as const) {
    const url = side === "clash" ? URL_ : `http://127.0.0.1:${BARE_PORT}/?n=${N}${viewport}`;
    const opened = await openMap(sides[side], url);
    if (!opened) throw new Error(`${url} never became interactive: is the server up and the map there?`);
    const { page } = opened;
    if (side === "clash" && !viewport) {
      const v = await page.evaluate<{ x: number; y: number; zoom: number; w: number; h: number }>(
        "window.__bench.viewport()",
      );
      viewport = `&vp=${[v.x, v.y, v.zoom, v.w, v.h].join(",")}`;
    }
    if (side === "clash" && CSS) await page.addStyleTag({ content: CSS });
    if (DRAG || ZOOM) await zoomToWork(page);
    if (ZOOM) await page.waitForTimeout(Number(process.env.ZOOM_WAIT_S ?? 0) * 1000);
    if (TRACE)
      await browser.startTracing(page, {
        categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "cc"],
      });
    const frames = await (DRAG ? drag(page) : ZOOM ? zoomThroughLevels(page) : pan(page));
    const work = TRACE ? sums(await browser.stopTracing()) : {};
    if (!frames) throw new Error(`${side}: no empty spot of the pane to pan by`);
    seen[side].fps.push(frames.fps);
    seen[side].work.push(work);
    await page.close();
  }
}
await browser.close();
bare.close();
load?.kill();
console.log(
  `${DRAG ? "drag of a card" : ZOOM ? "zoom through the levels" : "pan"} of ${N} arguments, ${ROUNDS} rounds${CSS ? `, Clash with PAN_CSS` : ""}${load ? ", one core kept busy" : ""}`,
);
for (const [side, s] of Object.entries(seen)) {
  const labels = [...new Set(s.work.flatMap((w) => Object.keys(w)))].filter(
    (l) => !l.startsWith("·") || median(s.work.map((w) => w[l] ?? 0)) > 15,
  );
  const work = labels.map((label) => `${label} ${median(s.work.map((w) => w[label] ?? 0)).toFixed(0)} ms`).join(", ");
  console.log(
    `${side}: ${median(s.fps).toFixed(2)} fps (${s.fps.map((f) => f.toFixed(1)).join(", ")}); per pan: ${work}`,
  );
}
process.exit(0);
