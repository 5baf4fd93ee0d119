// The Long Animation Frames API, for the bench's tools (bench/open-frames.ts, bench/zoom-frames.ts):
// each long frame of a page with the scripts Chromium attributes it to (what invoked the script, its
// function and source position, its time and the style and layout it forced), and the frame's own
// rendering. Read back from window.__frames, in page time.
import type { BrowserContext } from "@playwright/test";

const OBSERVE = `(() => {
  const frames = (window.__frames = []);
  try {
    new PerformanceObserver((list) => {
      for (const f of list.getEntries()) frames.push({
        start: f.startTime, duration: f.duration, blocking: f.blockingDuration,
        render: f.renderStart ? f.startTime + f.duration - f.renderStart : 0,
        styleAndLayout: f.styleAndLayoutStart ? f.startTime + f.duration - f.styleAndLayoutStart : 0,
        scripts: f.scripts.map((s) => ({
          invoker: s.invoker, type: s.invokerType, fn: s.sourceFunctionName,
          at: (s.sourceURL || "").split("/").pop() + ":" + s.sourceCharPosition,
          duration: s.duration, forcedLayout: s.forcedStyleAndLayoutDuration,
        })),
      });
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {}
})()`;

/** Scripts shorter than this are left out of a frame's line. */
const MIN_SCRIPT_MS = 3;

type Script = { invoker: string; type: string; fn: string; at: string; duration: number; forcedLayout: number };
export type LongFrame = {
  start: number;
  duration: number;
  blocking: number;
  render: number;
  styleAndLayout: number;
  scripts: Script[];
};

/** Record every page of `context`'s long frames from its start. */
export async function observeLongFrames(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: OBSERVE });
}

export const ms = (x: number) => `${Math.round(x)} ms`;

/** One frame as a line (its time from `t0`) and its scripts of MIN_SCRIPT_MS or more below it. */
export function describeFrame(f: LongFrame, t0 = 0): string {
  const scripts = f.scripts
    .filter((s) => s.duration >= MIN_SCRIPT_MS)
    .map((s) => `${s.type} ${s.fn || s.invoker} @${s.at} ${ms(s.duration)} (forced layout ${ms(s.forcedLayout)})`);
  const line = `  @${ms(f.start - t0)}: ${ms(f.duration)}, blocking ${ms(f.blocking)}, rendering ${ms(f.render)}, style and layout ${ms(f.styleAndLayout)}`;
  return scripts.length ? `${line}\n    ${scripts.join("\n    ")}` : line;
}
