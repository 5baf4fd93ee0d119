import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../fixtures/test";

test("the panel hides to give the map the window's width, and comes back by its button, I, Enter or a double click on an argument", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  await page.setViewportSize({ width: 900, height: 700 });
  const debate = await api.createDebate({ title: "Room for the map" });
  const claim = await api.createNode(debate.id, { kind: "claim", side: "aff", title: "Aid builds capacity" });
  await map.open(debate.id);
  await expect(map.node(claim.id)).toBeVisible();
  const panel = page.getByTestId("inspector");
  const canvas = page.locator(".react-flow");
  await expect(panel).toBeVisible();
  const narrow = (await canvas.boundingBox())!.width;

  // Hidden by its button: the canvas takes the room, and the focus moves to the button that shows it.
  await page.getByRole("button", { name: "Hide the panel" }).click();
  await expect(panel).toHaveCount(0);
  const show = page.getByRole("button", { name: "Show the panel" });
  await expect(show).toBeFocused();
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(narrow + 250);
  const { violations } = await new AxeBuilder({ page }).include(".editor-body").analyze();
  expect(violations.filter((v) => v.impact === "critical" || v.impact === "serious").map((v) => v.id)).toEqual([]);

  // Back by its button (Enter on it), and away again with I.
  await page.keyboard.press("Enter");
  await expect(panel).toBeVisible();
  await expect(page.getByRole("button", { name: "Hide the panel" })).toBeFocused();
  await map.node(claim.id).click();
  await page.keyboard.press("i");
  await expect(panel).toHaveCount(0);

  // Enter on the selected argument edits its title, in the panel, which comes back for it.
  await map.node(claim.id).click();
  await page.keyboard.press("Enter");
  await expect(panel).toBeVisible();
  await expect(page.getByTestId("inspector-title")).toBeFocused();
  // Its › keeps clear of the panel's first row (the argument's version at its right).
  const hide = (await page.getByRole("button", { name: "Hide the panel" }).boundingBox())!;
  const version = (await panel.getByText(/^v\d+$/).boundingBox())!;
  expect(version.x + version.width).toBeLessThanOrEqual(hide.x);
  await page.keyboard.press("Escape");
  await page.keyboard.press("I");
  await expect(panel).toHaveCount(0);

  // The choice is remembered in this browser: the map opens again without the panel.
  await page.reload();
  await expect(map.node(claim.id)).toBeVisible();
  await expect(page.getByRole("button", { name: "Show the panel" })).toBeVisible();
  await expect(panel).toHaveCount(0);
  // A double click on an argument edits it as Enter does (and does not zoom the map).
  // (The panel's opening may move the view to keep the argument in it; the scale stays.)
  const zoom = () => map.viewport.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const before = await zoom();
  await map.node(claim.id).locator(".arg-title").dblclick();
  await expect(panel).toBeVisible();
  await expect(page.getByTestId("inspector-title")).toBeFocused();
  await expect(page.getByTestId("inspector-title")).toHaveValue("Aid builds capacity");
  expect(await zoom()).toBe(before);
});

test("a panel opened beside the map keeps the selected argument in view", async ({ page, api, user: _user, map }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const debate = await api.createDebate({ title: "Room on the right" });
  const left = await api.createNode(debate.id, { title: "Aid builds capacity", position: { x: 0, y: 0 } });
  const right = await api.createNode(debate.id, {
    side: "neg",
    title: "Capacity is captured by the regime",
    position: { x: 1500, y: 0 },
  });
  await map.open(debate.id);
  await page.getByRole("button", { name: "Hide the panel" }).click();
  await expect(page.getByTestId("inspector")).toHaveCount(0);
  // Both in view across the whole width, the right one against its edge.
  await page.keyboard.press("f");
  const canvas = page.locator(".react-flow");
  const inView = async (id: string) => {
    const card = await map.node(id).boundingBox();
    const room = (await canvas.boundingBox())!;
    return !!card && card.x >= room.x && card.x + card.width <= room.x + room.width;
  };
  await expect.poll(() => inView(right.id)).toBe(true);
  await expect.poll(() => inView(left.id)).toBe(true);
  const transform = () => map.viewport.evaluate((el) => getComputedStyle(el).transform);
  // The view's moves are animated, and a pan's animation zooms out and back in on its way (d3's
  // smooth zoom): a card can be in view mid-way, at a scale the move then leaves. Read once still.
  const settled = async () => {
    let last = "";
    await expect.poll(async () => last === (last = await transform())).toBe(true);
    return last;
  };
  await settled();
  const scale = () => map.viewport.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const zoom = await scale();

  // Selected and the panel shown (I): the map narrows, and the view follows the selection.
  await map.node(right.id).click();
  await page.keyboard.press("i");
  await expect(page.getByTestId("inspector")).toBeVisible();
  await expect.poll(() => inView(right.id)).toBe(true);
  await settled();
  expect(await scale()).toBe(zoom);

  // Nothing selected: the view stays where it was (its left edge), as before.
  await page.keyboard.press("i");
  await expect(page.getByTestId("inspector")).toHaveCount(0);
  await page.keyboard.press("f");
  await expect.poll(() => inView(left.id)).toBe(true);
  await page.keyboard.press("Escape");
  const before = await settled();
  await page.keyboard.press("i");
  await expect(page.getByTestId("inspector")).toBeVisible();
  await page.waitForTimeout(300);
  expect(await transform()).toBe(before);
});

test("at a phone's width the panel starts hidden and opens over the map, which keeps its room", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const debate = await api.createDebate({ title: "On a phone" });
  const claim = await api.createNode(debate.id, { kind: "claim", side: "aff", title: "Aid builds capacity" });
  await map.open(debate.id);
  await expect(map.node(claim.id)).toBeVisible();
  const panel = page.getByTestId("inspector");
  await expect(page.getByRole("button", { name: "Show the panel" })).toBeVisible();
  await expect(panel).toHaveCount(0);
  const canvas = page.locator(".react-flow");
  const before = (await canvas.boundingBox())!;
  expect(before.width).toBeGreaterThan(330);

  // Enter on the argument opens the panel for its title, over the map's right side.
  await map.node(claim.id).click();
  await page.keyboard.press("Enter");
  await expect(panel).toBeVisible();
  await expect(page.getByTestId("inspector-title")).toBeFocused();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390 + 0.5);
  // Not squeezed beside it (the rail it replaces gives the map its 34 px).
  expect((await canvas.boundingBox())!.width).toBeGreaterThanOrEqual(before.width);
  const { violations } = await new AxeBuilder({ page }).include(".editor-body").analyze();
  expect(violations.filter((v) => v.impact === "critical" || v.impact === "serious").map((v) => v.id)).toEqual([]);

  // Its › gives the map back.
  await page.getByRole("button", { name: "Hide the panel" }).click();
  await expect(panel).toHaveCount(0);
  await expect(map.node(claim.id)).toBeVisible();

  // A tap on + Rebuttal opens it again for the new answer's title: what is typed replaces "New rebuttal".
  await map.select(claim.id);
  const answer = await map.add({ button: "+ Rebuttal" });
  await expect(panel).toBeVisible();
  await expect(map.inspectorTitle).toBeFocused();
  await page.keyboard.type("Capacity is captured by the regime");
  await page.keyboard.press("Enter");
  await expect(map.node(answer).locator(".arg-title")).toHaveText("Capacity is captured by the regime");
  // The panel leaves no room for a card beside it: the answer waits in the middle, under it, and
  // Enter (a phone keyboard's Done) gives the map back, the answer whole in view (centred in the
  // strip, it was half off the left).
  await expect(panel).toHaveCount(0);
  await expect
    .poll(async () => {
      const card = (await map.node(answer).boundingBox())!;
      const room = (await canvas.boundingBox())!;
      return card.x >= room.x && card.x + card.width <= room.x + room.width;
    })
    .toBe(true);
});

test("on a phone New debate opens on its resolution, named above the map, its panel a tap away", async ({
  page,
  home,
  map,
  user: _user,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await home.goto();
  await home.createDebate({ title: "From a phone", resolution: "Aid should be conditioned." });
  // The map keeps the screen (the words were typed in the dialog: nothing to fill in yet).
  await expect(page.getByTestId("inspector")).toHaveCount(0);
  const peek = page.getByTestId("selection-peek");
  await expect(peek).toContainText("Aid should be conditioned.");
  await peek.getByRole("button", { name: "Details" }).click();
  await expect(page.getByTestId("inspector")).toBeVisible();
  await expect(map.inspectorTitle).toHaveValue("Aid should be conditioned.");
});

test("a new debate made without a resolution asks for it in the empty title; an answer's title says what to write", async ({
  page,
  home,
  map,
  user: _user,
}) => {
  await home.goto();
  await home.createDebate({ title: "Nothing stated yet" });
  await expect(map.inspectorTitle).toBeFocused();
  await expect(map.inspectorTitle).toHaveValue("");
  await expect(map.inspectorTitle).toHaveAttribute("placeholder", /resolution/);
  await page.keyboard.type("Aid should be conditioned.");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await page.keyboard.press("E");
  await expect(map.inspectorTitle).toBeFocused();
  await expect(map.inspectorTitle).toHaveAttribute("placeholder", /card's tag/);
});
