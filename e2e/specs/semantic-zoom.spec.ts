// Issue 12 item 2: zoomed out, the map stays readable as arguments (short titles at 12 px or more
// on screen, side and status), crowded answers group into clusters labelled by their parent with
// a count, and a cluster opens on click.
import { DEMO_DEBATE_ID } from "../fixtures/api";
import { expect, test } from "../fixtures/test";
import { cardsOverlap } from "../fixtures/pages";

test("zooming out the demo shows readable short cards at every level, and a cluster's count opens it", async ({
  page,
  map,
}) => {
  await map.goto(DEMO_DEBATE_ID);
  await expect(map.nodes.first()).toBeVisible();
  await expect(map.canvas).toHaveAttribute("data-zoom-bucket", "0");

  const zoomOut = page.locator(".react-flow__controls-zoomout");
  const seen = new Set<string>();
  for (let step = 0; step < 14; step++) {
    await zoomOut.click();
    const bucket = await map.canvas.getAttribute("data-zoom-bucket");
    if (bucket === "0" || seen.has(bucket!)) continue;
    seen.add(bucket!);
    // Let the zoom animation settle, then every card's title is readable and no two cards overlap.
    await expect.poll(async () => (await map.shortCards()).length).toBeGreaterThan(0);
    const shown = await map.shortCards();
    for (const c of shown) expect(c.px, `title of ${c.id} at bucket ${bucket}`).toBeGreaterThanOrEqual(12);
    const clashes = shown.flatMap((a, i) =>
      shown
        .slice(i + 1)
        .filter((b) => cardsOverlap(a, b))
        .map((b) => `${a.id}×${b.id}`),
    );
    expect(clashes, `bucket ${bucket}`).toEqual([]);
    // The README's picture: the level where the debate's structure reads best (many cards, some clusters).
    if (bucket === "3") {
      await page.waitForTimeout(300);
      await page.screenshot({ path: "docs/map-overview-semantic.png" });
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(3);

  await test.step("the whole map: the resolution and clusters with counts, readable", async () => {
    await page.getByTestId("see-whole-map").click();
    await expect(map.canvas).not.toHaveAttribute("data-zoom-bucket", "0");
    const resolution = map.canvas.locator("[data-semantic]", {
      has: page.getByTestId("semantic-title").filter({ hasText: "The U.S. should condition its security" }),
    });
    await expect(resolution).toBeInViewport();
    const count = map.canvas.getByTestId("cluster-count").first();
    await expect(count).toBeVisible();
    await expect(count).toHaveText(/^\+\d+$/);
    // A screen reader hears the parent's title and how many arguments are grouped under it.
    await expect(count).toHaveAttribute("aria-label", /\d+ more arguments? grouped here/);
    await page.waitForTimeout(400); // the fit animation, for the picture only
    await page.screenshot({ path: "test-results/screens/map-whole-semantic.png" });
  });

  await test.step("clicking a cluster's count opens it: its answers appear", async () => {
    const card = map.canvas.locator("[data-semantic]", { has: page.getByTestId("cluster-count") }).first();
    const count = card.getByTestId("cluster-count");
    const id = (await card.getAttribute("data-node-id"))!;
    const hidden = Number((await count.textContent())!.slice(1));
    const before = await map.nodes.count();
    await count.click();
    await expect.poll(() => map.nodes.count()).toBeGreaterThan(before);
    // The opened argument no longer stands for as many arguments (or for none).
    await expect
      .poll(async () => {
        const c = map.node(id).getByTestId("cluster-count");
        return (await c.count()) ? Number((await c.textContent())!.slice(1)) : 0;
      })
      .toBeLessThan(hidden);
  });
});
