import { DEMO_DEBATE_ID, DEMO_DEBATE_TITLE, DEMO_NODE_COUNT } from "../fixtures/api";
import { boxOf, type Box } from "../fixtures/pages";
import { expect, test } from "../fixtures/test";

const overlap = (a: Box, b: Box, slack = 1) =>
  a.x + slack < b.x + b.width &&
  b.x + slack < a.x + a.width &&
  a.y + slack < b.y + b.height &&
  b.y + slack < a.y + a.height;

test("the seeded Tajikistan debate opens from the home page as a map of all its arguments", async ({
  page,
  api,
  home,
  map,
}) => {
  const debate = await api.debate(DEMO_DEBATE_ID);
  expect(debate.nodes.length).toBe(DEMO_NODE_COUNT);

  await home.goto();
  await home.card(DEMO_DEBATE_TITLE).click();
  await expect(page).toHaveURL(`/debates/${DEMO_DEBATE_ID}`);
  await expect(map.title).toHaveText(DEMO_DEBATE_TITLE);
  await expect(map.nodes).toHaveCount(debate.nodes.length);
  expect(new Set(await map.nodeIds())).toEqual(new Set(debate.nodes.map((n) => n.id)));
  await expect(map.edges).toHaveCount(debate.edges.length);

  // Wait for React Flow to measure the cards (it hides nodes until then) before looking.
  await expect(map.nodes.first()).toBeVisible();
  await expect(map.node("tj-resolution")).toBeInViewport();
  await page.screenshot({ path: "test-results/screens/map.png" });

  // The seed is auto-laid-out: no two cards in view may cover each other.
  const canvas = await boxOf(map.canvas);
  const boxes = (
    await map.nodes.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.getAttribute("data-node-id") ?? "", x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    )
  ).filter((b) => b.width > 0 && overlap(b, canvas, 0));
  expect(boxes.length, "some arguments are in view").toBeGreaterThan(3);
  const clashes: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) if (overlap(a, b)) clashes.push(`${a.id} × ${b.id}`);
  }
  expect(clashes, "overlapping arguments").toEqual([]);
});

test("a map loaded whole reads its graph once, the request begun by the page before its scripts", async ({
  page,
  map,
}) => {
  const asked: string[] = [];
  const packed: (string | undefined)[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === `/api/debates/${DEMO_DEBATE_ID}`) asked.push(r.method());
  });
  page.on("response", (r) => {
    if (new URL(r.url()).pathname === `/api/debates/${DEMO_DEBATE_ID}`) packed.push(r.headers()["x-clash-packed"]);
  });
  await page.goto(`/debates/${DEMO_DEBATE_ID}`);
  await expect(map.nodes).toHaveCount(DEMO_NODE_COUNT);
  expect(asked).toEqual(["GET"]);
  // Asked for packed (Next.js does not compress API answers), and inflated in the page: the map is whole.
  expect(packed).toEqual(["deflate-raw"]);
  // The page's inline script held the body for the app, which took it.
  expect(
    await page.evaluate(() => Object.keys((window as { __clashEarly?: object }).__clashEarly ?? { none: 1 })),
  ).toEqual([]);
});
