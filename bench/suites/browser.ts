// render, pan / drag and the browser half of edit, for one size: Clash's map page against the
// bare React Flow page showing the same region of the same graph, in the same browser.
import type { BrowserContext, Page } from "@playwright/test";
import {
  AFTER_EDIT_MS,
  drag,
  editBare,
  editClash,
  OPEN_TIMEOUT_MS,
  openMap,
  QUIET_MS,
  pan,
  zoomToWork,
  type Edit,
  type Frames,
} from "../browser/measure";
import { RawBrowser } from "../browser/raw-open";
import { readableTitles, timeToOverview, zoomThroughLevels } from "../browser/semantic";
import type { Row } from "../lib/results";
import { failed, figure, QUICK, runsFor, timedOut, type Figure } from "../lib/stats";

type Side = {
  open: Figure;
  /** A small map: navigation → every card held (it opens with the cards near its first view). */
  whole: Figure | null;
  heap: Figure;
  pan: Figure;
  drag: Figure;
  edit: Figure;
  /** The longest task of the page in the AFTER_EDIT_MS after each edit (0: none over 50 ms). */
  afterEdit: Figure;
  /** Issue 12: the first view's smallest title on screen (px), the time to the overview, zoom fps. */
  firstTitlePx: number;
  overview: Figure;
  zoom: Figure;
  viewport: string | null;
};

const MOTIONS = QUICK ? 1 : 2;
const OPEN_BUDGET_MS = 60_000;
const EDITS = QUICK ? 3 : 5;

async function frames(page: Page, motion: (p: Page) => Promise<Frames | null>): Promise<Figure> {
  const fps: number[] = [];
  for (let i = 0; i < MOTIONS; i++) {
    const f = await motion(page);
    if (f) fps.push(f.fps);
  }
  return fps.length ? figure(fps, "fps") : { ...figure([], "fps"), error: "no spot to start from" };
}

/** Open the page `runs` times (keeping the last one open), then pan, drag and edit on it. */
async function measure(
  label: string,
  context: BrowserContext,
  url: (vp: string | null) => string,
  n: number,
  vpIn: string | null,
  edit: (p: Page, i: number) => Promise<Edit>,
): Promise<Side> {
  const open: number[] = [];
  const whole: number[] = [];
  const heap: number[] = [];
  let firstTitlePx = NaN;
  let page: Page | null = null;
  let viewport = vpIn;
  const start = Date.now();
  // Big maps take long to open: no new run once OPEN_BUDGET_MS is spent (at least one always runs).
  for (let r = 0; r < runsFor(n) && Date.now() - start < OPEN_BUDGET_MS; r++) {
    await page?.close();
    const o = await openMap(context, url(viewport));
    if (!o) break;
    ({ page } = o);
    open.push(o.ms);
    if (o.wholeMs !== null) whole.push(o.wholeMs);
    heap.push(o.heapMB);
    // What was measured, to look at: bench/.out/shots/clash-1000.png, bare-1000.png, …
    if (r === 0) await page.screenshot({ path: `bench/.out/shots/${label}-${n}.png` });
    if (r === 0) firstTitlePx = (await readableTitles(page)).minPx;
    if (!viewport) {
      const v = await page.evaluate<{ x: number; y: number; zoom: number; w: number; h: number } | null>(
        "window.__bench.viewport()",
      );
      viewport = v && [v.x, v.y, v.zoom, v.w, v.h].join(",");
    }
  }
  if (!page) {
    const t = (unit: Figure["unit"]) => timedOut(OPEN_TIMEOUT_MS, unit);
    return {
      open: t("ms"),
      whole: null,
      heap: t("MB"),
      pan: t("fps"),
      drag: t("fps"),
      edit: t("ms"),
      afterEdit: t("ms"),
      firstTitlePx,
      overview: t("ms"),
      zoom: t("fps"),
      viewport,
    };
  }
  const live = page;
  // A step that breaks (the app changed under the bench, say) is reported, and the rest still runs.
  const attempt = async (step: string, unit: Figure["unit"], fn: () => Promise<Figure>): Promise<Figure> => {
    try {
      return await fn();
    } catch (err) {
      await live.screenshot({ path: `bench/.out/shots/${label}-${n}-${step}-failed.png` }).catch(() => {});
      return failed(`${step} failed: ${(err as Error).message.split("\n")[0]!.slice(0, 160)}`, unit);
    }
  };
  // Panning happens at the opening view; dragging and editing at the opening view brought to full
  // cards, the same on both pages. Zooming through the levels comes after them: it leaves the view
  // wherever the wheel's last steps landed (a big map's middle may then hold no whole card).
  const panFig = await attempt("pan", "fps", () => frames(live, pan));
  const dragFig = await attempt("drag", "fps", async () => (await zoomToWork(live), frames(live, drag)));
  const edits: Edit[] = [];
  const editFig = await attempt("edit", "ms", async () => {
    for (let i = 0; i < EDITS; i++) edits.push(await edit(live, i));
    return figure(
      edits.map((e) => e.ms),
      "ms",
    );
  });
  const afterEditFig = edits.length
    ? figure(
        edits.map((e) => e.longestAfter),
        "ms",
      )
    : editFig;
  // Through every semantic zoom level and back (the same motion on both pages).
  const zoomFig = await attempt("zoom", "fps", () => frames(live, zoomThroughLevels));
  // Last, as it leaves the page zoomed out: "See whole map" → a settled overview, its titles readable.
  const overviewFig = await attempt("overview", "ms", async () => {
    const ms = await timeToOverview(live);
    if (ms === null) return failed("no settled overview", "ms");
    await live.screenshot({ path: `bench/.out/shots/${label}-${n}-overview.png` });
    const { count, minPx } = await readableTitles(live);
    if (!count || minPx < 12) return failed(`overview titles at ${minPx.toFixed(1)} px (${count} on screen)`, "ms");
    return figure([ms], "ms");
  });
  await live.close();
  return {
    open: figure(open, "ms"),
    whole: whole.length ? figure(whole, "ms") : null,
    heap: figure(heap, "MB"),
    pan: panFig,
    drag: dragFig,
    edit: editFig,
    afterEdit: afterEditFig,
    firstTitlePx,
    overview: overviewFig,
    zoom: zoomFig,
    viewport,
  };
}

/**
 * Both pages opened again in turns in a browser DevTools does not watch (raw-open.ts: no network
 * recording, which Playwright's pages always have), for "navigation → map interactive" as a
 * user's browser opens them.
 */
async function rawOpens(n: number, clashUrl: string, bareUrl: string, signedIn: BrowserContext) {
  const clash: number[] = [];
  const bare: number[] = [];
  let raw: RawBrowser | null = null;
  try {
    raw = await RawBrowser.launch();
    await raw.copyCookies(signedIn);
    const start = Date.now();
    for (let r = 0; r < runsFor(n) && Date.now() - start < 2 * OPEN_BUDGET_MS; r++) {
      const c = await raw.open(clashUrl, QUIET_MS, OPEN_TIMEOUT_MS);
      const b = await raw.open(bareUrl, QUIET_MS, OPEN_TIMEOUT_MS);
      if (c !== null) clash.push(c);
      if (b !== null) bare.push(b);
    }
  } catch (err) {
    const why = `raw CDP open failed: ${(err as Error).message.split("\n")[0]!.slice(0, 160)}`;
    return { clash: failed(why, "ms"), bare: failed(why, "ms") };
  } finally {
    await raw?.close().catch(() => {});
  }
  const timedOutOr = (xs: number[]) => (xs.length ? figure(xs, "ms") : timedOut(OPEN_TIMEOUT_MS, "ms"));
  return { clash: timedOutOr(clash), bare: timedOutOr(bare) };
}

export async function browserRows(
  n: number,
  debateId: string,
  clashBase: string,
  bareBase: string,
  contexts: { clash: BrowserContext; bare: BrowserContext },
): Promise<Row[]> {
  const clash = await measure("clash", contexts.clash, () => `${clashBase}/debates/${debateId}`, n, null, editClash);
  // The bare page shows the region Clash opened on, in a map box of Clash's size.
  const bare = await measure(
    "bare",
    contexts.bare,
    (vp) => `${bareBase}/?n=${n}${vp ? `&vp=${vp}` : ""}`,
    n,
    clash.viewport,
    editBare,
  );
  const raw = await rawOpens(
    n,
    `${clashBase}/debates/${debateId}`,
    `${bareBase}/?n=${n}${clash.viewport ? `&vp=${clash.viewport}` : ""}`,
    contexts.clash,
  );
  const N = n.toLocaleString("en-US");
  const b = (f: Figure) => ({ name: "bare React Flow", ...f });
  // A baseline that timed out is slower than any Clash figure that did not. Frame rates compare at
  // the 0.1 fps they are shown with: both pages at the 60 Hz cap differ only by timer noise.
  const notSlower = (c: Figure, x: Figure, higher = false) => {
    if (x.timedOutAt !== undefined) return !Number.isNaN(c.median);
    const [cv, xv] = higher ? [Math.round(c.median * 10), Math.round(x.median * 10)] : [c.median, x.median];
    return higher ? cv >= xv : cv <= xv;
  };
  const openTarget =
    n === 20_000 ? "≤ 2 s and ≤ 1.0× bare" : n === 1_000 ? "≤ 1 s and ≤ 1.0× bare" : "≤ 1.0× bare (never slower)";
  const openMax = n === 20_000 ? 2_000 : n === 1_000 ? 1_000 : Infinity;
  const readableFirst =
    clash.firstTitlePx >= 12
      ? clash.open
      : failed(`first view's titles at ${clash.firstTitlePx.toFixed(1)} px on screen (< 12)`, "ms");
  const reading: Row[] =
    n === 1_000 || n === 20_000
      ? [
          {
            bench: "reading",
            what: "navigation → readable first view (every title on screen ≥ 12 px)",
            n: N,
            clash: readableFirst,
            baseline: null,
            target: n === 20_000 ? "≤ 2 s" : "≤ 1 s",
            met: readableFirst.median <= openMax,
          },
          {
            bench: "reading",
            what: "See whole map → settled readable overview (titles ≥ 12 px)",
            n: N,
            clash: clash.overview,
            baseline: null,
            target: "≤ 1 s",
            met: clash.overview.median <= 1_000,
          },
        ]
      : [];
  if (n === 20_000)
    reading.push({
      bench: "reading",
      what: "frame rate while the wheel zooms through every semantic zoom level and back",
      n: N,
      clash: clash.zoom,
      baseline: b(bare.zoom),
      higherIsBetter: true,
      target: "≥ bare (never slower)",
      met: notSlower(clash.zoom, bare.zoom, true),
    });
  const grown: Row[] = clash.whole
    ? [
        {
          bench: "render",
          what: "navigation → every card in the map (a small map grows whole once left alone)",
          n: N,
          clash: clash.whole,
          baseline: null,
          target: "—",
          met: null,
        },
      ]
    : [];
  return [
    ...reading,
    {
      bench: "render",
      what: "navigation → map interactive",
      n: N,
      clash: clash.open,
      baseline: b(bare.open),
      target: openTarget,
      met: clash.open.median <= openMax && notSlower(clash.open, bare.open),
    },
    {
      bench: "render",
      what: "navigation → map interactive, in a browser DevTools does not watch (no network recording; raw CDP)",
      n: N,
      clash: raw.clash,
      baseline: b(raw.bare),
      target: openTarget,
      met: raw.clash.median <= openMax && notSlower(raw.clash, raw.bare),
    },
    ...grown,
    {
      bench: "render",
      what: "JS heap after load (after GC)",
      n: N,
      clash: clash.heap,
      baseline: b(bare.heap),
      target: "—",
      met: null,
    },
    {
      bench: "pan / drag",
      what: "frame rate while panning",
      n: N,
      clash: clash.pan,
      baseline: b(bare.pan),
      higherIsBetter: true,
      target: n === 20_000 ? "≥ 55 fps and ≥ bare" : "≥ bare (never slower)",
      met: (n === 20_000 ? clash.pan.median >= 55 : true) && notSlower(clash.pan, bare.pan, true),
    },
    {
      bench: "pan / drag",
      what: "frame rate while dragging one node",
      n: N,
      clash: clash.drag,
      baseline: b(bare.drag),
      higherIsBetter: true,
      target: "≥ bare (never slower)",
      met: notSlower(clash.drag, bare.drag, true),
    },
    {
      bench: "edit",
      what: "change a title in the inspector: Enter → canvas painted",
      n: N,
      clash: clash.edit,
      baseline: { name: "bare React Flow setNodes: click → painted", ...bare.edit },
      target: "≤ 50 ms",
      met: clash.edit.median <= 50,
    },
    {
      bench: "edit",
      what: `after a title edit: the page's longest task in the ${AFTER_EDIT_MS / 1000} s after Enter (saving, statuses; 0 = none over 50 ms)`,
      n: N,
      clash: clash.afterEdit,
      baseline: { name: "bare React Flow setNodes, the same after its click", ...bare.afterEdit },
      target: "≤ 50 ms (no long task)",
      met: clash.afterEdit.median <= 50,
    },
  ];
}
