// `npx tsx bench/open-frames.ts <map url> [visits]`: the long animation frames of a map's open, up
// to the bench's "interactive" moment (bench/browser/probe.js, warm caches as in
// bench/suites/browser.ts), each with the scripts that ran in it as Chromium attributes them
// (Long Animation Frames API): what invoked the script, its function and source position, its
// time and the style and layout it forced. A CPU profile says which functions were busy; this says
// which frame they made long, and whether a script forced a layout the frame would have done anyway.
// TRACE_SIGN_IN=1 signs in as the demo account (the bench's debates are private).
import { describeFrame, ms, observeLongFrames, type LongFrame } from "./browser/long-frames";
import { signInContext } from "./suites/app-server";
import { launch, newContext, openMap } from "./browser/measure";

const URL_ = process.argv[2] ?? "http://localhost:3000/debates/tajikistan-demo";
const VISITS = Number(process.argv[3] ?? 3);

const browser = await launch();
const context = await newContext(browser);
await observeLongFrames(context);
if (process.env.TRACE_SIGN_IN === "1") await signInContext(context, URL_);
// Visit 0 warms the server and the browser's cache, as the bench's first visit does; it is not printed.
for (let v = 0; v <= VISITS; v++) {
  const opened = await openMap(context, URL_);
  if (!opened) {
    console.error(`${URL_} never became interactive: is the server up, the map there, TRACE_SIGN_IN set?`);
    process.exit(1);
  }
  const frames = await opened.page.evaluate<LongFrame[]>("window.__frames");
  await opened.page.close();
  if (v === 0) continue;
  console.log(`visit ${v}: interactive at ${ms(opened.ms)}`);
  for (const f of frames.filter((x) => x.start < opened.ms)) console.log(describeFrame(f));
}
await browser.close();
process.exit(0);
