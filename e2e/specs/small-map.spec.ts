import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../fixtures/test";
import { treeGraph } from "../fixtures/tree-graph";

// A small map opens with the cards near its first view and grows whole once it is left alone
// (lib/client/editor/use-growth.ts). No timing here: the bench measures it.
test("a 120-argument map opens on the cards near its first view, serves a jump before it has grown, then holds every card", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  const N = 120;
  // A tree spread wide, so that its first view shows a handful of arguments, not the map (the
  // import gives the arguments new ids: they are found by title).
  const { nodes, edges } = treeGraph(N, {
    title: (i) => `Point ${i}: ${i % 5 === 0 ? "aid builds capacity" : "conditions change behaviour"}`,
    position: (i) => ({ x: (i % 12) * 640, y: Math.floor(i / 12) * 420 }),
    fanOut: 3,
    relation: () => "supports",
  });
  const debate = await api.importGraph("Small map", nodes, edges);

  await page.goto(`/debates/${debate.id}`);
  await expect(map.nodes.first()).toBeVisible();

  await test.step("at first React Flow holds only the cards near the view", async () => {
    await expect(map.canvas).toHaveAttribute("data-whole", "false");
    const first = await map.nodes.count();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(N);
  });

  await test.step("search finds an argument far from the view, shows and selects it", async () => {
    // Typing is input: the map does not grow meanwhile, so the jump is served by the window.
    await map.search.fill("Point 119");
    await page.keyboard.press("Enter");
    const target = map.nodeTitled("Point 119:");
    await expect(target).toBeVisible();
    await expect(target).toHaveClass(/is-selected/);
    await expect(map.inspectorTitle).toHaveValue("Point 119: conditions change behaviour");
  });

  await test.step("left alone, the map grows until it holds every card", async () => {
    await map.whole();
    await expect(map.nodes).toHaveCount(N);
    // Every card is in the page now: the browser's find and a screen reader's browse reach it.
    await expect(map.nodeTitled("Point 0:")).toHaveCount(1);
    await expect(map.nodeTitled("Point 60:")).toHaveCount(1);
    // The selection survived the growth.
    await expect(map.nodeTitled("Point 119:")).toHaveClass(/is-selected/);
  });

  await test.step("the grown map has no critical or serious axe violations", async () => {
    const { violations } = await new AxeBuilder({ page })
      .include("[data-testid=canvas]")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const bad = violations.filter((v) => v.impact === "critical" || v.impact === "serious").map((v) => v.id);
    expect(bad).toEqual([]);
  });
});
