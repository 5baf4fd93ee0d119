// Issue 12's reading measures on the map page: is the first view readable (every title on screen
// at 12 px or more), how long "See whole map" takes to a settled, readable overview, and the frame
// rate while the wheel zooms out through every semantic zoom level and back (Clash and bare
// React Flow, the same motion).
import type { Page } from "@playwright/test";
import { OPEN_TIMEOUT_MS, poll, type Frames } from "./measure";

/** Titles of the arguments on screen and the smallest of their on-screen sizes (CSS size × zoom). */
export async function readableTitles(page: Page): Promise<{ count: number; minPx: number }> {
  return page.evaluate(() => {
    const vp = document.querySelector<HTMLElement>(".react-flow__viewport");
    const zoom = vp ? new DOMMatrixReadOnly(getComputedStyle(vp).transform).a : 1;
    const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
    let count = 0;
    let minPx = Infinity;
    for (const el of document.querySelectorAll<HTMLElement>(".arg-title, [data-testid=semantic-title]")) {
      const r = el.getBoundingClientRect();
      if (!pane || r.right < pane.left || r.left > pane.right || r.bottom < pane.top || r.top > pane.bottom) continue;
      count++;
      minPx = Math.min(minPx, parseFloat(getComputedStyle(el).fontSize) * zoom);
    }
    return { count, minPx: count ? minPx : 0 };
  });
}

/** Click "See whole map" and time (page clock) until the overview settled; null if it never did. */
export async function timeToOverview(page: Page): Promise<number | null> {
  const button = page.getByTestId("see-whole-map");
  if (!(await button.count())) return null;
  const t0 = await page.evaluate<number>("performance.now()");
  await button.click();
  await page.waitForTimeout(50);
  const ready = await poll<{ t: number }>(page, "window.__bench.settled(500)", OPEN_TIMEOUT_MS, 100);
  if (!ready) return null;
  // The fit animates (about 300 ms): the overview is there when the map last changed or moved.
  // A click that changed nothing at all is no figure.
  return ready.t > t0 ? ready.t - t0 : null;
}

/** Frames while 20 wheel steps zoom out from the readable view to the farthest level and 20 zoom back. */
export async function zoomThroughLevels(page: Page): Promise<Frames | null> {
  const box = await page.locator(".react-flow").first().boundingBox();
  if (!box) return null;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate("window.__bench.startFrames()");
  // React Flow zooms by 2^(-deltaY × 0.002) per wheel event: 20 × 110 covers ×0.05 … ×1.
  for (const dir of [1, -1])
    for (let i = 0; i < 20; i++) {
      await page.mouse.wheel(0, 110 * dir);
      await page.waitForTimeout(60);
    }
  const ts = await page.evaluate<number[]>("window.__bench.stopFrames()");
  await page.waitForTimeout(300);
  const gaps = ts.slice(1).map((t, i) => t - ts[i]!);
  if (!gaps.length) return null;
  const sorted = [...gaps].sort((a, b) => a - b);
  return {
    fps: (gaps.length * 1000) / (ts.at(-1)! - ts[0]!),
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!,
  };
}
