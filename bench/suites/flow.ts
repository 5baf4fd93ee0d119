// The flow view at one size: navigation → first cells painted, the DOM it keeps, its heap against
// the map's, and one arrow-key step (keydown → the next cell selected and painted).
import type { BrowserContext } from "@playwright/test";
import { OPEN_TIMEOUT_MS, poll, timedPaint } from "../browser/measure";
import type { Row } from "../lib/results";
import { failed, figure, QUICK, runsFor, type Figure } from "../lib/stats";

const STEPS = QUICK ? 3 : 8;

export async function flowRows(
  n: number,
  debateId: string,
  base: string,
  context: BrowserContext,
  mapHeap: Figure | null,
): Promise<Row[]> {
  const first: number[] = [];
  const whole: number[] = [];
  const heap: number[] = [];
  const dom: number[] = [];
  const steps: number[] = [];
  let error: string | null = null;
  for (let r = 0; r < Math.min(3, runsFor(n)); r++) {
    const page = await context.newPage();
    try {
      await page.goto(`${base}/debates/${debateId}/flow`, { waitUntil: "commit" });
      const t = await poll<number>(page, "window.__bench.firstCell()", OPEN_TIMEOUT_MS, 100);
      if (t === null) throw new Error("no cell painted");
      first.push(t);
      // Settled means the statuses are on the cells too: a big sheet paints first and weighs after
      // (on the main thread before session 7, in a worker since), and the heap, the DOM and the
      // arrow keys are taken once that is done, the same point for every build.
      // A big debate shows its first threads before the rest has loaded (since session 9): settled is
      // after the whole sheet took over too.
      await page.getByTestId("flow-rest").waitFor({ state: "detached", timeout: OPEN_TIMEOUT_MS });
      const w = await poll<number>(page, "window.__bench.wholeSheet()", OPEN_TIMEOUT_MS, 100);
      if (w !== null) whole.push(w);
      await page.getByText("Weighing the arguments…").waitFor({ state: "detached", timeout: OPEN_TIMEOUT_MS });
      await page.waitForTimeout(1000);
      dom.push(await page.evaluate<number>("document.getElementsByTagName('*').length"));
      const cdp = await context.newCDPSession(page);
      await cdp.send("HeapProfiler.collectGarbage");
      heap.push((await cdp.send("Runtime.getHeapUsage")).usedSize / 1024 / 1024);
      await cdp.detach();
      if (r === 0) {
        await page.screenshot({ path: `bench/.out/shots/flow-${n}.png` });
        await page.getByRole("grid", { name: "Flow sheet" }).focus();
        await page.keyboard.press("ArrowDown");
        for (let i = 0; i < STEPS; i++) {
          steps.push(
            await timedPaint(
              page,
              "keydown",
              "#flow-grid",
              "",
              () => page.keyboard.press("ArrowDown"),
              "aria-activedescendant",
            ),
          );
        }
      }
    } catch (err) {
      error = (err as Error).message.split("\n")[0]!.slice(0, 160);
    } finally {
      await page.close();
    }
  }
  const fig = (xs: number[], unit: Figure["unit"]) => (xs.length ? figure(xs, unit) : failed(error ?? "no run", unit));
  const N = n.toLocaleString("en-US");
  const openFig = fig(first, "ms");
  const heapFig = fig(heap, "MB");
  const stepFig = fig(steps, "ms");
  return [
    {
      bench: "flow view",
      what: "navigation → first cells painted",
      n: N,
      clash: openFig,
      baseline: null,
      target: "≤ 1 s",
      met: openFig.median <= 1_000,
    },
    {
      bench: "flow view",
      what: "navigation → whole sheet loaded (editable; a big debate's first threads show before)",
      n: N,
      clash: fig(whole, "ms"),
      baseline: null,
      target: "—",
      met: null,
    },
    {
      bench: "flow view",
      what: "DOM elements once settled",
      n: N,
      clash: fig(dom, "elements"),
      baseline: null,
      target: "—",
      met: null,
    },
    {
      bench: "flow view",
      what: "JS heap after load (after GC)",
      n: N,
      clash: heapFig,
      baseline: mapHeap ? { name: "the map's heap", ...mapHeap } : null,
      target: "≤ 2× the map's",
      met: mapHeap ? heapFig.median <= 2 * mapHeap.median : null,
    },
    {
      bench: "flow view",
      what: "arrow key: keydown → next cell selected, painted",
      n: N,
      clash: stepFig,
      baseline: null,
      target: "≤ 50 ms",
      met: stepFig.median <= 50,
    },
  ];
}
