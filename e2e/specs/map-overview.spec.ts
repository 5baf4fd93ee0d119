// Issue 12, reading the map and adding to it: the demo opens readable on its resolution, the whole
// map is one click away, and arguments added with C and R never land on another.
import { DEMO_DEBATE_ID } from "../fixtures/api";
import { expectJson } from "../fixtures/api";
import { boxOf, type Box } from "../fixtures/pages";
import { expect, test } from "../fixtures/test";
import type { MapPage } from "../fixtures/pages";

const SCREENS = "test-results/screens";
const overlap = (a: Box, b: Box, slack = 1) =>
  a.x + slack < b.x + b.width &&
  b.x + slack < a.x + a.width &&
  a.y + slack < b.y + b.height &&
  b.y + slack < a.y + a.height;

/** Every pair of rendered argument boxes that intersect. */
async function clashes(map: MapPage): Promise<string[]> {
  const boxes = await map.nodes.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute("data-node-id") ?? "", x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  const out: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) if (a.width > 0 && b.width > 0 && overlap(a, b)) out.push(`${a.id} × ${b.id}`);
  return out;
}

/** The on-screen size of an argument title: its CSS font size times the canvas zoom. */
async function titlePx(map: MapPage): Promise<number> {
  const css = await map.nodes
    .first()
    .locator(".arg-title")
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  return css * (await map.zoom());
}

test("the demo opens on its resolution and first answers, titles at 12 px or more; See whole map shows it all", async ({
  page,
  map,
}) => {
  await map.goto(DEMO_DEBATE_ID);
  await expect(map.nodeTitled("The U.S. should condition its security assistance to Tajikistan")).toBeInViewport();
  expect(await titlePx(map)).toBeGreaterThanOrEqual(12);
  const canvas = await boxOf(map.canvas);
  // The first ring of answers: at least three of them on screen beside the resolution.
  const ring = [
    "Repression and corruption drive radicalization",
    "The U.S. gives the regime the weapons",
    "Status quo: aid keeps flowing",
    "Plan: condition U.S. security assistance",
    "Training is only training",
  ];
  let visible = 0;
  for (const title of ring) {
    const b = await map.nodeTitled(title).first().boundingBox();
    if (b && overlap(b, canvas, 0)) visible++;
  }
  expect(visible).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: `${SCREENS}/map-open.png` });

  const zoomBefore = await map.zoom();
  await page.getByTestId("see-whole-map").click();
  await expect.poll(() => map.zoom()).toBeLessThan(zoomBefore);
  await page.screenshot({ path: `${SCREENS}/map-whole.png` });

  await test.step("wheeling in from the whole map with the pointer on a card keeps an argument under it", async () => {
    await map.settle(); // the fit animates
    // The short card nearest the canvas's centre, away from its edges.
    const frame = await boxOf(map.canvas);
    const cardsOnScreen = await map.canvas.locator("[data-semantic]").evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.getAttribute("data-node-id") ?? "", x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
    );
    const mid = { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
    const card = cardsOnScreen
      .filter((c) => c.x > frame.x + 40 && c.x < frame.x + frame.width - 40 && c.y > frame.y + 40)
      .sort((a, b) => Math.hypot(a.x - mid.x, a.y - mid.y) - Math.hypot(b.x - mid.x, b.y - mid.y))[0]!;
    expect(card).toBeDefined();
    await page.mouse.move(card.x, card.y);
    /** The argument whose card is under the pointer (a short card or a full one), if any. */
    const underPointer = () =>
      page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest(".react-flow__node")?.getAttribute("data-id") ?? null,
        card,
      );
    expect(await underPointer()).toBe(card.id);
    for (let step = 0; step < 20 && (await map.zoom()) < 1; step++) {
      const before = await map.zoom();
      await page.mouse.wheel(0, -150);
      await expect.poll(() => map.zoom()).toBeGreaterThan(before);
      // Never empty canvas under the pointer, at any level on the way in.
      await expect.poll(underPointer, `step ${step} at zoom ${before.toFixed(3)}`).not.toBeNull();
    }
    await expect(map.canvas).toHaveAttribute("data-zoom-bucket", "0");
    await expect.poll(underPointer).not.toBeNull();
    await page.screenshot({ path: `${SCREENS}/map-whole-zoomed-in.png` });
  });
});

test("on a copy of the demo, C twice and R twice add arguments that overlap no other", async ({
  api,
  map,
  user: _user,
}) => {
  const exported = await api.request.get(`/api/debates/${DEMO_DEBATE_ID}/export?format=json`);
  const res = await api.request.post(`/api/debates/import?name=${encodeURIComponent("demo copy.json")}`, {
    data: await exported.body(),
    headers: { "Content-Type": "application/json" },
  });
  const { debate } = await expectJson<{ debate: { id: string; nodeCount: number } }>(res, 201);
  await map.open(debate.id, debate.nodeCount);
  const before = new Set(await map.nodeIds());

  // Nothing selected: C twice, both near the view's centre, not on each other.
  await map.canvas.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  const c1 = await map.add({ key: "c" });
  await map.canvas.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  const c2 = await map.add({ key: "c" });
  expect(overlap(await boxOf(map.node(c1)), await boxOf(map.node(c2)))).toBe(false);
  await expect(map.node(c2)).toBeInViewport();

  // R twice on the resolution: each beside it, under the last, on nothing.
  const first = (await map.nodeIds()).find((id) => id !== c1 && id !== c2)!;
  await map.select(first);
  await map.add({ key: "r" });
  // The view follows the new answer (under the resolution's others, off screen): Esc and ← go
  // back to what it answers.
  await map.page.keyboard.press("Escape");
  await map.page.keyboard.press("ArrowLeft");
  await expect(map.node(first)).toHaveClass(/is-selected/);
  await map.add({ key: "r" });
  await map.expectSaved();
  // What placement guarantees: no added argument covers or lies under any other.
  const added = (await map.nodeIds()).filter((id) => !before.has(id));
  expect(added).toHaveLength(4);
  expect((await clashes(map)).filter((pair) => added.some((id) => pair.includes(id)))).toEqual([]);
});
