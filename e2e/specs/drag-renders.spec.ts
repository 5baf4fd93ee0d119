import { expect, test } from "../fixtures/test";
import { renderCountJs } from "../fixtures/render-count";
import { binaryTreeAt, treeGraph } from "../fixtures/tree-graph";

const COUNT_RENDERS = `(() => {${renderCountJs("__renders")}})()`;

test("dragging a card renders that card's wrapper and its lines, not every card and line on the map", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  // Forty arguments in a tree; the map holds them all once it has grown whole.
  const { nodes, edges } = treeGraph(40, {
    position: binaryTreeAt(330, 110),
  });
  const debate = await api.importGraph("A card dragged among forty", nodes, edges);

  await page.addInitScript({ content: COUNT_RENDERS });
  await map.open(debate.id, nodes.length);
  await expect(page.getByTestId("status-pending")).toHaveCount(0);

  // Drag a card of the opening view (three lines) in small steps, a frame apart, as a hand does.
  // (An import gives the arguments ids of their own: the card is found by its title.)
  const leaf = map.canvas.locator(".arg-title").getByText("Point 2", { exact: true });
  const box = (await leaf.boundingBox())!;
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 3, from.y + 3);
  const before = await page.evaluate(() => (window as unknown as { __renders: number[] }).__renders.length);
  for (let i = 1; i <= 20; i++) {
    await page.mouse.move(from.x + 3 + i * 4, from.y + 3 + i * 2);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  }
  const during = await page.evaluate((k) => (window as unknown as { __renders: number[] }).__renders.slice(k), before);
  await page.mouse.up();

  // The card moved with the pointer.
  const moved = (await leaf.boundingBox())!;
  expect(moved.x - box.x).toBeGreaterThan(40);
  expect(during.length).toBeGreaterThan(5);
  // Each commit of the drag renders the moved card's wrapper, its line and the canvas around
  // them; before React Flow's props were kept stable, every mounted card's and line's wrapper
  // rendered at every frame (two per argument, 80+ here).
  const most = Math.max(...during);
  expect(most).toBeLessThan(nodes.length);
});
