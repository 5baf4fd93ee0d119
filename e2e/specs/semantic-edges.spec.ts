import { DEMO_DEBATE_ID, DEMO_NODE_COUNT } from "../fixtures/api";
import { expect, test } from "../fixtures/test";
import { EDGE_ENDS_JS } from "../fixtures/edge-ends";

// From the page's first script: at the first frame after each change of the overview's level
// (data-zoom-bucket), where every drawn edge starts and ends against the handles on the page
// (each end's distance to the nearest handle edge it should meet).
const WATCH_CROSSINGS = `(() => {
  window.__crossings = [];
  let last = null;
  ${EDGE_ENDS_JS}
  const frame = () => {
    const canvas = document.querySelector("[data-testid=canvas]");
    const bucket = canvas ? canvas.getAttribute("data-zoom-bucket") : null;
    if (bucket !== null && last !== null && bucket !== last) {
      const ends = edgeEnds().map((e) => Math.max(e.from, e.to));
      window.__crossings.push({ bucket, ends });
    }
    last = bucket;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})()`;

test("zooming through the overview's levels and back, every line meets its cards' handles in the first frame of each level", async ({
  page,
  map,
}) => {
  await page.addInitScript({ content: WATCH_CROSSINGS });
  // The demo, whole (a small map holds every card once grown): no line runs to a card off the page.
  await map.open(DEMO_DEBATE_ID, DEMO_NODE_COUNT);
  const zoomOut = page.locator(".react-flow__controls-zoomout");
  const zoomIn = page.locator(".react-flow__controls-zoomin");
  for (let i = 0; i < 10; i++) await zoomOut.click();
  await expect(map.canvas).not.toHaveAttribute("data-zoom-bucket", "0");
  for (let i = 0; i < 10; i++) await zoomIn.click();
  await expect(map.canvas).toHaveAttribute("data-zoom-bucket", "0");

  const crossings = await page.evaluate(
    () => (window as unknown as { __crossings: { bucket: string; ends: number[] }[] }).__crossings,
  );
  // Out through at least two levels and back in: four crossings or more, each drawing lines.
  expect(crossings.length).toBeGreaterThanOrEqual(4);
  for (const c of crossings) {
    expect(c.ends.length, `level ${c.bucket}`).toBeGreaterThan(5);
    // The cards' sizes and handles at a level are known before they are drawn (known-size.ts),
    // back in the detail view too: no line is drawn to where the handles were at the level before.
    expect(Math.max(...c.ends), `level ${c.bucket}`).toBeLessThan(1.5);
  }
});
