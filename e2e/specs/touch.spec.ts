// On a touch screen with no keyboard (a phone: no hover, a coarse pointer) the views' key legends
// give their room to the debate; a desktop browser, even a narrow one, keeps them.
import { DEMO_DEBATE_ID } from "../fixtures/api";
import { expect, test } from "../fixtures/test";

test("a phone's views show no key legends; a narrow desktop window keeps them", async ({ browser, baseURL, page }) => {
  const phone = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const touch = await phone.newPage();
  await touch.goto(`/debates/${DEMO_DEBATE_ID}/flow`);
  await expect(touch.getByRole("grid").first()).toBeVisible();
  await expect(touch.locator(".flow-keys")).toBeHidden();
  // The status line keeps what it says about the debate, on one short row.
  await expect(touch.getByTestId("save-state")).toBeVisible();
  expect((await touch.locator(".flow-status").boundingBox())!.height).toBeLessThan(40);
  // The status chips wait behind Filters; shown, they keep one line each and the last is in
  // reach: the row scrolls sideways.
  await touch.getByRole("button", { name: /^Filters/ }).tap();
  const chips = touch.getByRole("group", { name: "Show arguments that are" }).getByRole("button");
  for (const h of await chips.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height)))
    expect(h).toBeLessThan(30);
  const last = chips.last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport({ ratio: 1 });
  await last.tap();
  await expect(last).toHaveAttribute("aria-pressed", "true");

  // A viewer's map: the note is short and shares the toggle's row (tabs and search above).
  await touch.goto(`/debates/${DEMO_DEBATE_ID}`);
  const note = touch.getByTestId("readonly-note");
  await expect(note).toBeVisible();
  expect(await note.evaluate((el) => (el as HTMLElement).innerText.trim())).toBe("Read-only");
  await expect(touch.getByRole("button", { name: "More tools" })).toBeVisible();
  expect((await touch.getByRole("toolbar", { name: "Map tools" }).boundingBox())!.height).toBeLessThan(100);

  await touch.goto(`/debates/${DEMO_DEBATE_ID}/outline`);
  await expect(touch.getByRole("tree")).toBeVisible();
  await expect(touch.locator("#outline-help")).toBeHidden();
  await touch.goto(`/debates/${DEMO_DEBATE_ID}/focus`);
  await expect(touch.getByTestId("focus-view")).toBeVisible();
  await expect(touch.locator(".keys-hint")).toBeHidden();
  await phone.close();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/debates/${DEMO_DEBATE_ID}/flow`);
  await expect(page.getByRole("grid").first()).toBeVisible();
  await expect(page.locator(".flow-keys")).toBeVisible();
  await page.goto(`/debates/${DEMO_DEBATE_ID}/outline`);
  await expect(page.locator("#outline-help")).toBeVisible();
});

test("on a phone a tapped argument is named above the map, and Details opens its panel", async ({
  browser,
  baseURL,
}) => {
  const phone = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const touch = await phone.newPage();
  await touch.goto(`/debates/${DEMO_DEBATE_ID}`);
  const resolution = touch.locator('.react-flow__node[data-id="tj-resolution"]');
  await expect(resolution).toBeInViewport();
  const peek = touch.getByTestId("selection-peek");
  await expect(peek).toHaveCount(0);
  await resolution.tap();
  await expect(peek).toBeVisible();
  await expect(peek).toContainText("The U.S. should condition its security assistance");
  await peek.getByRole("button", { name: "Details" }).tap();
  await expect(touch.getByTestId("inspector")).toBeVisible();
  await expect(peek).toHaveCount(0);
  await phone.close();
});
