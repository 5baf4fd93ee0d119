import { expect, test } from "../fixtures/test";

test("the map shows what stands: a dropped argument answered from the keyboard stops being dropped and is refuted, and why says so", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  const debate = await api.createDebate({ title: "Aid conditions" });
  const x = await api.createNode(debate.id, {
    kind: "claim",
    side: "aff",
    speech: "1AC",
    title: "Aid buys leverage for reform",
    position: { x: 0, y: 0 },
  });
  // The Neg speaks after the 1AC but never answers X: X is dropped in the 1NC, and standing.
  await api.createNode(debate.id, {
    kind: "claim",
    side: "neg",
    speech: "1NC",
    title: "Russia will fill any gap",
    position: { x: 0, y: 200 },
  });
  await map.open(debate.id, 2);

  const node = map.node(x.id);
  await test.step("dropped and standing before any answer", async () => {
    await expect(node.getByTestId("dropped-badge")).toHaveText("dropped in 1NC");
    await expect(node.getByTestId("status-badge")).toHaveAttribute("data-status", "standing");
  });

  await test.step("answer it with the keyboard (select, R) and see both markers change at once", async () => {
    await map.select(x.id);
    await page.keyboard.press("r");
    await expect(page.locator("[data-testid=arg-node]")).toHaveCount(3);
    await expect(node.getByTestId("dropped-badge")).toHaveCount(0);
    await expect(node.getByTestId("status-badge")).toHaveAttribute("data-status", "refuted");
  });

  await test.step("why names the deciding answer", async () => {
    await map.select(x.id);
    await expect(page.getByTestId("node-why")).toContainText("Refuted: answered by 'New rebuttal' (standing)");
  });

  await test.step("filter to refuted arguments only", async () => {
    await page.getByRole("button", { name: /^Filter/ }).click();
    await page.getByRole("dialog", { name: "Filters" }).getByLabel("refuted").check();
    await expect(page.locator(".react-flow__node:visible")).toHaveCount(1);
    await expect(node).toBeVisible();
    // Escape closes the popover, as menus close, and gives the focus back to its button; a press
    // outside closes it too (it used to stay open over the inspector until Done).
    const filters = page.getByRole("dialog", { name: "Filters" });
    await page.keyboard.press("Escape");
    await expect(filters).toBeHidden();
    await expect(page.getByRole("button", { name: /^Filter/ })).toBeFocused();
    await page.getByRole("button", { name: /^Filter/ }).click();
    await expect(filters).toBeVisible();
    await page.locator(".react-flow__pane").click({ position: { x: 20, y: 300 } });
    await expect(filters).toBeHidden();
    await expect(page.locator(".react-flow__node:visible")).toHaveCount(1);
  });

  await test.step("the ballot says the same", async () => {
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Ballot" }).click();
    await expect(page.getByRole("complementary", { name: "Ballot" })).toContainText("Aid buys leverage for reform");
  });
});

test("lay the map out in speech columns: later speeches sit to the right", async ({ page, api, user: _user, map }) => {
  const debate = await api.createDebate({ title: "Columns" });
  const a = await api.createNode(debate.id, {
    kind: "claim",
    side: "aff",
    speech: "1AC",
    title: "Plan solves",
    position: { x: 600, y: 0 },
  });
  const b = await api.createNode(debate.id, {
    kind: "rebuttal",
    side: "neg",
    speech: "1NC",
    title: "No solvency",
    position: { x: 0, y: 300 },
  });
  await api.createEdge(debate.id, { source: b.id, target: a.id, relation: "rebuts" });
  await map.open(debate.id, 2);
  await page.getByRole("button", { name: "Other layouts" }).click();
  await page.getByRole("menuitem", { name: /By speech/ }).click();
  // The layout runs in a Web Worker, then saves: wait for the stored positions to change.
  const positions = async () => {
    const d = await api.debate(debate.id);
    const pos = (id: string) => d.nodes.find((n) => n.id === id)!.position;
    return { a: pos(a.id), b: pos(b.id) };
  };
  await expect.poll(async () => (await positions()).b.x > (await positions()).a.x).toBe(true);
  const { a: pa, b: pb } = await positions();
  expect(pb.y).toBe(pa.y);
  await map.expectSaved();
});
