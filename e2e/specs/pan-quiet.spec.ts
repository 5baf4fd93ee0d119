import { DEMO_DEBATE_ID } from "../fixtures/api";
import { expect, test } from "../fixtures/test";

type Script = { name: string; start: number };
/** The scripts the page began to fetch, with when (page time). */
const scriptsFetched = (): Script[] =>
  performance
    .getEntriesByType("resource")
    .filter((r) => (r as PerformanceResourceTiming).initiatorType === "script" || /\.js(\?|$)/.test(r.name))
    .map((r) => ({ name: r.name, start: r.startTime }));

test("nothing deferred is fetched or run while the map is being panned: it waits until the map is left alone", async ({
  page,
  user: _user,
  map,
}) => {
  await page.goto(`/debates/${DEMO_DEBATE_ID}`);
  await expect(map.nodes.first()).toBeVisible();

  // A spot of bare pane to drag the view by.
  const { x, y } = await map.paneSpot();

  // Pan without a pause for longer than the page waits before loading anything ahead (a few seconds
  // after the map opens), as someone finding their way around a map they just opened does.
  const from = await page.evaluate(() => performance.now());
  await page.mouse.move(x, y);
  await page.mouse.down();
  const t0 = Date.now();
  for (let f = 0; Date.now() - t0 < 7_000; f++) {
    await page.mouse.move(x - 150 * Math.sin(f / 12), y + 60 * Math.sin(f / 7));
    await page.waitForTimeout(30);
  }
  const to = await page.evaluate(() => performance.now());
  const during = (await page.evaluate(scriptsFetched)).filter((s) => s.start >= from && s.start <= to);
  await page.mouse.up();
  expect(during).toEqual([]);

  // Left alone, what was deferred comes (the live updates' parser among it).
  await expect
    .poll(async () => (await page.evaluate(scriptsFetched)).filter((s) => s.start > to).length, { timeout: 20_000 })
    .toBeGreaterThan(0);
});
