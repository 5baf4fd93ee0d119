// `npx tsx bench/zoom-frames.ts <map url> [passes]`: the bench's zoom through every semantic level
// and back (bench/browser/semantic.ts), with the long animation frames of each pass and the
// scripts Chromium attributes them to (Long Animation Frames API), as bench/open-frames.ts does
// for the open. The map is opened and brought to the working zoom first, as the bench does.
// TRACE_SIGN_IN=1 signs in as the demo account (the bench's debates are private).
import { writeFileSync } from "node:fs";
import { describeFrame, ms, observeLongFrames, type LongFrame } from "./browser/long-frames";
import { signInContext } from "./suites/app-server";
import { launch, newContext, openMap, zoomToWork } from "./browser/measure";
import { zoomThroughLevels } from "./browser/semantic";

const URL_ = process.argv[2] ?? "http://localhost:3000/debates/tajikistan-demo";
const PASSES = Number(process.argv[3] ?? 2);

type Profile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
};
/** The profile's busiest functions by self time, and the file for a closer look. */
function printProfile(profile: Profile): void {
  writeFileSync("bench/.out/zoom.cpuprofile", JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log("first pass, self time by function:\n" + top.map(([k, t]) => `  ${ms(t)} ${k}`).join("\n"));
}
const browser = await launch();
const context = await newContext(browser);
await observeLongFrames(context);
if (process.env.TRACE_SIGN_IN === "1") await signInContext(context, URL_);
const opened = await openMap(context, URL_);
if (!opened) {
  console.error(`${URL_} never became interactive: is the server up, the map there, TRACE_SIGN_IN set?`);
  process.exit(1);
}
const { page } = opened;
await zoomToWork(page);
// ZOOM_WAIT_S: left alone this long first (a big map's levels come from a worker a few seconds after it opens).
await page.waitForTimeout(Number(process.env.ZOOM_WAIT_S ?? 0) * 1000);
// ZOOM_PROFILE=1: a CPU profile of the first pass, summed by function (self time), to bench/.out/zoom.cpuprofile.
const cdp = process.env.ZOOM_PROFILE === "1" ? await context.newCDPSession(page) : null;
for (let p = 1; p <= PASSES; p++) {
  const t0 = await page.evaluate<number>("performance.now()");
  if (cdp && p === 1) await cdp.send("Profiler.enable").then(() => cdp.send("Profiler.start"));
  const f = await zoomThroughLevels(page);
  if (cdp && p === 1) printProfile((await cdp.send("Profiler.stop")).profile);
  const frames = (await page.evaluate<LongFrame[]>("window.__frames")).filter((x) => x.start >= t0);
  const sum = (pick: (x: LongFrame) => number) => ms(frames.reduce((a, x) => a + pick(x), 0));
  console.log(
    `pass ${p}: ${f ? f.fps.toFixed(1) : "—"} fps, p95 frame ${f ? ms(f.p95) : "—"};`,
    `${frames.length} long frames, ${sum((x) => x.duration)} in all (rendering ${sum((x) => x.render)}, style and layout ${sum((x) => x.styleAndLayout)})`,
  );
  for (const x of frames) console.log(describeFrame(x, t0));
}
await browser.close();
process.exit(0);
