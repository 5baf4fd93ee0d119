// What the browser benchmarks do to a page, the same for Clash and for the bare React Flow page:
// open it and wait until the map is interactive, pan it, drag a node, edit a node. All timing is
// taken inside the page (bench/browser/probe.js); Playwright only drives real input events.
import { readFileSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import config from "../../playwright.config";
import { DETAIL_ZOOM } from "@/lib/domain/semantic-zoom";
import { percentile } from "../lib/stats";

const PROBE = readFileSync("bench/browser/probe.js", "utf8");
/** The quiet window after the last DOM change or long task that counts as "interactive". */
export const QUIET_MS = 1000;
export const OPEN_TIMEOUT_MS = Number(process.env.BENCH_OPEN_TIMEOUT_S ?? 120) * 1000;
const MOTION_MS = 3000;

/** Debian's Chromium with the e2e suite's own launch flags (playwright.config.ts), so both see the same browser. */
export function launch(): Promise<Browser> {
  return chromium.launch({ ...config.use?.launchOptions, headless: true });
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: config.use?.viewport ?? { width: 1440, height: 900 } });
  await context.addInitScript({ content: PROBE });
  return context;
}

/**
 * Evaluate `expr` in the page until it is truthy. Polled from here because Playwright's own
 * waitForFunction compiles its predicate in the page, which the app's CSP (no unsafe-eval) forbids.
 */
export async function poll<T>(page: Page, expr: string, timeoutMs: number, everyMs: number): Promise<T | null> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await page.waitForTimeout(everyMs)) {
    const v = (await page.evaluate(expr)) as T | null;
    if (v) return v;
  }
  return null;
}

/** `wholeMs`: when a small map held every card (it opens with those near the view), or null where it does not grow. */
export type Opened = { page: Page; ms: number; heapMB: number; nodes: number; wholeMs: number | null };

/** Navigate and wait until the map is interactive; the time is from navigation start, in page time. */
export async function openMap(context: BrowserContext, url: string): Promise<Opened | null> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  const ready = await poll<{ t: number; nodes: number }>(
    page,
    `window.__bench && window.__bench.ready(${QUIET_MS})`,
    OPEN_TIMEOUT_MS,
    250,
  );
  if (!ready) {
    await page.close();
    return null;
  }
  // The heap (and the pan, drag and edit after it) are taken on the whole map, as before it grew.
  const whole = await poll<number>(page, "window.__bench.wholeMap()", OPEN_TIMEOUT_MS, 100);
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return {
    page,
    ms: ready.t,
    heapMB: usedSize / 1024 / 1024,
    nodes: ready.nodes,
    wholeMs: whole !== null && whole >= 0 ? whole : null,
  };
}

export type Frames = { fps: number; p95: number };

/** Frames per second over the whole motion (so long frames count), and the 95th-percentile frame gap. */
function framesOf(ts: number[]): Frames {
  const gaps = ts.slice(1).map((t, i) => t - ts[i]!);
  return { fps: gaps.length ? (gaps.length * 1000) / (ts.at(-1)! - ts[0]!) : 0, p95: percentile(gaps, 95) };
}

/** Record frames while the mouse traces `path(f)` (f from 0 to 1) with the button held, for MOTION_MS. */
async function traced(
  page: Page,
  from: { x: number; y: number },
  path: (f: number) => { x: number; y: number },
): Promise<Frames> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.evaluate("window.__bench.startFrames()");
  const t0 = Date.now();
  // Each move waits for the page to take the event, so a busy page gets fewer moves, as a user's would.
  for (let f = 0; f < 1; f = (Date.now() - t0) / MOTION_MS) {
    const p = path(f);
    await page.mouse.move(p.x, p.y);
  }
  const ts = await page.evaluate<number[]>("window.__bench.stopFrames()");
  await page.mouse.up();
  await page.waitForTimeout(300);
  return framesOf(ts);
}

/**
 * Frame rate while panning: the view is dragged by an empty spot of the pane 500 px to the left
 * and back along a gentle wave, so it ends where it started (the next motion sees the same map).
 */
export async function pan(page: Page): Promise<Frames | null> {
  const p = await page.evaluate<{ x: number; y: number } | null>("window.__bench.emptyPanePoint(520)");
  if (!p) return null;
  return traced(page, p, (f) => ({ x: p.x - 500 * Math.sin(f * Math.PI), y: p.y + 100 * Math.sin(f * 2 * Math.PI) }));
}

/** Frame rate while dragging the node nearest the centre once around a circle of 120 px. */
export async function drag(page: Page): Promise<Frames | null> {
  const n = await page.evaluate<{ x: number; y: number } | null>("window.__bench.centralNode()");
  if (!n) return null;
  return traced(page, n, (f) => ({
    x: n.x + 120 * Math.sin(f * 2 * Math.PI),
    y: n.y - 120 + 120 * Math.cos(f * 2 * Math.PI),
  }));
}

/**
 * The zoom both pages are brought to before a node is dragged or edited: just inside Clash's detail
 * view (full cards; below DETAIL_ZOOM a map shows short semantic cards, or groups, and a big map
 * may show none whole around the middle), the same on the bare page.
 */
const WORK_ZOOM = DETAIL_ZOOM + 0.05;

/**
 * Zoom in with the mouse wheel over the middle of the map until it reaches WORK_ZOOM (a big map
 * may open zoomed out, with short cards or groups to grab), then wait for the map to settle.
 */
export async function zoomToWork(page: Page): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const vp = await page.evaluate<{ x: number; y: number; zoom: number; w: number; h: number } | null>(
      "window.__bench.viewport()",
    );
    const box = await page.locator(".react-flow").first().boundingBox();
    if (!vp || !box || vp.zoom >= WORK_ZOOM * 0.99) break;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // React Flow zooms by 2^(-deltaY × 0.002) per wheel event; one doubling per event at most.
    await page.mouse.wheel(0, -500 * Math.min(1, Math.log2(WORK_ZOOM / vp.zoom)));
    await page.waitForTimeout(200);
    await poll(page, "window.__bench.ready(300)", OPEN_TIMEOUT_MS, 100);
  }
}

/** Arm the probe, act, and read the input-event → paint time it saw. */
export async function timedPaint(
  page: Page,
  event: string,
  selector: string,
  text: string,
  act: () => Promise<void>,
  attr?: string,
): Promise<number> {
  await page.evaluate(
    `window.__bench.watch(${JSON.stringify(event)}, ${JSON.stringify(selector)}, ${JSON.stringify(text)}, ${JSON.stringify(attr ?? null)})`,
  );
  await act();
  const ms = await poll<number>(page, "window.__bench.watched()", 15_000, 20);
  if (ms === null) throw new Error(`the edit never showed in ${selector}`);
  return ms;
}

/** An edit: Enter (or click) → painted, and the longest task of the page in the AFTER_EDIT_MS after it. */
export type Edit = { ms: number; longestAfter: number };
/** How long after an edit its follow-up work (saving, statuses) is watched for long tasks. */
export const AFTER_EDIT_MS = 1_500;

async function longestAfter(page: Page): Promise<number> {
  await page.waitForTimeout(AFTER_EDIT_MS);
  const ms = await page.evaluate<number | null>(`window.__bench.longestAfterWatched(${AFTER_EDIT_MS})`);
  if (ms === null) throw new Error("the edit's start was not seen");
  return ms;
}

/**
 * Clash: select the central node, type a new title in the inspector, press Enter; timed from the
 * Enter key to the paint of the canvas node showing the new title.
 */
export async function editClash(page: Page, i: number): Promise<Edit> {
  const n = await page.evaluate<{ id: string; x: number; y: number } | null>("window.__bench.centralNode()");
  if (!n) throw new Error("no whole node on screen to edit");
  await page.mouse.click(n.x, n.y);
  const title = page.getByTestId("inspector-title");
  await title.waitFor();
  const text = `Bench edit ${i} ${Date.now() % 100_000}`;
  await title.fill(text);
  const ms = await timedPaint(page, "keydown", `.react-flow__node[data-id="${n.id}"]`, text, () =>
    title.press("Enter"),
  );
  const after = await longestAfter(page);
  await page.keyboard.press("Escape");
  return { ms, longestAfter: after };
}

/** Bare React Flow: a click on the central node sets its label with setNodes; click → paint. */
export async function editBare(page: Page, i: number): Promise<Edit> {
  const n = await page.evaluate<{ id: string; x: number; y: number } | null>("window.__bench.centralNode()");
  if (!n) throw new Error("no whole node on screen to edit");
  const text = `Bench edit ${i} ${Date.now() % 100_000}`;
  await page.evaluate(`window.__nextLabel = ${JSON.stringify(text)}`);
  const ms = await timedPaint(page, "click", `.react-flow__node[data-id="${n.id}"]`, text, () =>
    page.mouse.click(n.x, n.y),
  );
  return { ms, longestAfter: await longestAfter(page) };
}
