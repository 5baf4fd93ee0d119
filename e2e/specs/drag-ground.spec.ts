// #17, panning: while the map is dragged it is one compositor layer on an opaque ground that carries
// the canvas's dot grid (app/globals.css, components/map-editor/dot-grid.tsx), and the minimap's view
// frame is an element the compositor moves (overview-map.tsx). These check what a person sees: the
// ground under the cards with the grid where the screen's grid has it, gone once the drag ends, and
// a frame that shows the view and follows it. A wheel zoom scales the grid's drawn tile (no repaint
// per notch) and draws it sharp once the zoom rests.
import type { Page } from "@playwright/test";
import { gridGap } from "@/lib/domain/canvas-grid";
import { DEMO_DEBATE_ID } from "../fixtures/api";
import { expect, test } from "../fixtures/test";

/** The colour of one pixel of the page as painted (a screenshot, decoded in the page). */
async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(async (b64) => {
    // An image, not fetch(): the page's Content-Security-Policy lets images, not connections, read data: URLs.
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const ctx = new OffscreenCanvas(1, 1).getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!] as [number, number, number];
  }, png.toString("base64"));
}

test("while the map is dragged an opaque ground with the dot grid lies under its cards, lined up with the screen's grid, and goes when the drag ends", async ({
  page,
  user: _user,
  map,
}) => {
  await map.goto(DEMO_DEBATE_ID);
  await expect(map.nodes.first()).toBeVisible();
  const ground = page.locator(".drag-ground");
  await expect(ground).toBeHidden();

  const { x, y } = await map.paneSpot();
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x - 12 * i, y - 5 * i);
  await expect(ground).toBeVisible();

  const seen = await page.evaluate(() => {
    const g = document.querySelector<HTMLElement>(".drag-ground")!;
    const grid = document.querySelector<HTMLElement>(".dot-grid > div")!;
    const flow = document.querySelector(".react-flow")!.getBoundingClientRect();
    const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector(".react-flow__viewport")!).transform).a;
    const gs = getComputedStyle(g);
    const r = g.getBoundingClientRect();
    return {
      covers: r.left <= flow.left && r.top <= flow.top && r.right >= flow.right && r.bottom >= flow.bottom,
      ground: gs.backgroundColor,
      page: getComputedStyle(document.body).backgroundColor,
      // The ground's tiles on screen: their size and the screen position of one tile's corner.
      tile: parseFloat(gs.backgroundSize) * zoom,
      tileAt: [r.left + parseFloat(gs.backgroundPositionX) * zoom, r.top + parseFloat(gs.backgroundPositionY) * zoom],
      // The screen's grid: its gap and one tile's corner.
      gap: parseFloat(getComputedStyle(grid).backgroundSize),
      gapAt: [grid.getBoundingClientRect().left, grid.getBoundingClientRect().top],
    };
  });
  expect(seen.covers).toBe(true);
  expect(seen.ground).toBe(seen.page);
  expect(seen.tile).toBeCloseTo(seen.gap, 3);
  // Tile corners on the same lattice: the offset between them is a whole number of gaps.
  for (const k of [0, 1]) {
    const d = (seen.tileAt[k]! - seen.gapAt[k]!) / seen.gap;
    expect(Math.abs(d - Math.round(d))).toBeLessThan(0.05);
  }

  // The cards are drawn over the ground: inside a card (its bottom padding) is the card's colour.
  const resolution = map.nodeTitled("The U.S. should condition its security assistance to Tajikistan").first();
  await expect(resolution).toBeInViewport();
  const card = (await resolution.boundingBox())!;
  const cardColour = await resolution.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(cardColour).not.toBe(seen.page);
  const inside = await pixel(page, Math.round(card.x + card.width / 2), Math.round(card.y + card.height - 4));
  expect(`rgb(${inside.join(", ")})`).toBe(cardColour);

  await page.mouse.up();
  await expect(ground).toBeHidden();
});

test("the minimap's frame shows where the view is and follows a pan", async ({ page, user: _user, map }) => {
  await map.goto(DEMO_DEBATE_ID);
  await expect(map.nodes.first()).toBeVisible();
  const frame = page.getByTestId("minimap-frame");
  await expect(frame).toBeVisible();
  await map.settle();

  const read = () =>
    page.evaluate(() => {
      const f = document.querySelector('[data-testid="minimap-frame"]')!.getBoundingClientRect();
      const m = document.querySelector('[data-testid="minimap"]')!.getBoundingClientRect();
      const pane = document.querySelector(".react-flow")!.getBoundingClientRect();
      return { f: { x: f.x, y: f.y, w: f.width, h: f.height }, m: { x: m.x, y: m.y, w: m.width, h: m.height }, pane };
    });
  const before = await read();
  // The frame has the pane's shape, and the view (on the demo's resolution) is inside the map.
  expect(before.f.w / before.f.h).toBeCloseTo(before.pane.width / before.pane.height, 1);
  expect(before.f.x).toBeGreaterThanOrEqual(before.m.x - 1);
  expect(before.f.x + before.f.w).toBeLessThanOrEqual(before.m.x + before.m.w + 1);

  // Drag the map 240 px left and 90 px up: the view moves right and down over the map, and so does
  // the frame, by as much of its own width as the drag was of the pane's.
  const { x, y } = await map.paneSpot();
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(x - 20 * i, y - 7.5 * i);
  await page.mouse.up();
  const near = (a: number, b: number) => Math.abs(a - b) < 1.5; // the frame stands on whole pixels
  await expect
    .poll(async () => near((await read()).f.x - before.f.x, (240 * before.f.w) / before.pane.width))
    .toBe(true);
  const after = await read();
  expect(near(after.f.y - before.f.y, (90 * before.f.h) / before.pane.height)).toBe(true);
  expect(near(after.f.w, before.f.w)).toBe(true);
});

test("a wheel zoom scales the drawn dot grid, its dots on the zoom's lattice, and draws it sharp once the zoom rests", async ({
  page,
  user: _user,
  map,
}) => {
  await map.goto(DEMO_DEBATE_ID);
  await expect(map.nodes.first()).toBeVisible();
  const { x, y } = await map.paneSpot();
  // The wheel notch and the reading in one task: the grid is drawn again 200 ms after the zoom
  // rests, which a round trip from here could outlast on a busy machine.
  const grid = (deltaY = 0) =>
    page.evaluate(
      ([px, py, dy]) => {
        if (dy) {
          const at = document.elementFromPoint(px!, py!)!;
          at.dispatchEvent(
            new WheelEvent("wheel", { deltaY: dy, clientX: px, clientY: py, bubbles: true, cancelable: true }),
          );
        }
        const el = document.querySelector<HTMLElement>(".dot-grid > div")!;
        const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
        const vp = new DOMMatrixReadOnly(getComputedStyle(document.querySelector(".react-flow__viewport")!).transform);
        return { scale: m.a, x: m.e, tx: vp.e, zoom: vp.a, drawnGap: parseFloat(getComputedStyle(el).backgroundSize) };
      },
      [x, y, deltaY],
    );
  const zooms: number[] = [];
  const scales: number[] = [];
  for (const dy of [110, 110, -110, -110, -110]) {
    const g = await grid(dy);
    zooms.push(g.zoom);
    scales.push(g.scale);
    const gap = gridGap(g.zoom);
    // Scaled up, never down (the layer would leave the pane's edges bare).
    expect(g.scale).toBeGreaterThanOrEqual(1);
    expect(g.scale).toBeLessThanOrEqual(2);
    // The drawn tile, scaled, has the zoom's spacing, and its dots fall on the zoom's lattice.
    expect(g.drawnGap * g.scale).toBeCloseTo(gap, 3);
    const off = (g.x - g.tx) / gap;
    expect(Math.abs(off - Math.round(off))).toBeLessThan(0.01);
  }
  // The notches zoomed (out twice, then in), and some of them only scaled the drawn tile.
  expect(zooms[1]).toBeLessThan(zooms[0]!);
  expect(zooms[4]).toBeGreaterThan(zooms[3]!);
  expect(scales.filter((k) => k > 1).length).toBeGreaterThanOrEqual(3);
  // Once the zoom rests it is drawn again for it: no scale, the zoom's own spacing.
  await expect.poll(async () => (await grid()).scale).toBe(1);
  const rested = await grid();
  expect(rested.drawnGap).toBeCloseTo(gridGap(rested.zoom), 3);
});
