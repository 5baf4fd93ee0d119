import { readFile } from "node:fs/promises";
import { readableCard, readTotals } from "../../lib/domain/read-mode";
import { expect, test } from "../fixtures/test";

const TEXT =
  "Warming is not reversible on any human timescale. The damage will compound for centuries, and adaptation " +
  "cannot keep pace with it. Emissions cuts this decade are the only lever left that changes the outcome.";
const Q1 = "Warming is not reversible on any human timescale. The damage will compound for centuries";
const Q2 = "Emissions cuts this decade are the only lever left that changes the outcome.";
const TAG1 = "Warming is irreversible and compounding";
const TAG2 = "Only emissions cuts now change the outcome";

const range = (quote: string, words: string) => ({
  start: quote.indexOf(words),
  end: quote.indexOf(words) + words.length,
});

test("send two cards to the 1AC, reorder them, read them in read mode with their read time, download the caselist", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  const debate = await api.createDebate({ title: "Climate aff" });
  const claim = await api.createNode(debate.id, {
    kind: "claim",
    side: "aff",
    title: "Act now",
    position: { x: 0, y: 0 },
  });
  const source = await api.createSource(debate.id, { title: "Climate report", text: TEXT });
  const h1 = [range(Q1, "Warming is not reversible"), range(Q1, "damage will compound for centuries")];
  const h2 = [range(Q2, "Emissions cuts this decade are the only lever")];
  const c1 = await api.cutCard(source, Q1, {
    tag: TAG1,
    cite: "Swerdlow 15 — professor of climate science, MIT",
    targetId: claim.id,
    relation: "supports",
    highlights: h1,
  });
  const c2 = await api.cutCard(source, Q2, {
    tag: TAG2,
    cite: "Lemon 20 — researcher, Exeter",
    targetId: claim.id,
    relation: "supports",
    highlights: h2,
  });

  await test.step("select each card on the map and send it to the 1AC with Alt+S", async () => {
    await map.open(debate.id, 3);
    await expect(page.getByTestId("target-speech")).toHaveCount(0);
    await map.select(c1.node.id);
    await expect(page.getByTestId("target-speech")).toHaveValue("1AC");
    await page.keyboard.press("Alt+s");
    await expect(page.getByTestId("send-status")).toContainText("Sent to 1AC (1 in the speech)");
    await map.select(c2.node.id);
    await page.keyboard.press("Alt+s");
    await expect(page.getByTestId("send-status")).toContainText("Sent to 1AC (2 in the speech)");
  });

  const items = page.getByTestId("speech-item");
  await test.step("open the 1AC document and move the second card up by keyboard", async () => {
    await page.getByTestId("open-speech").click();
    await expect(page.getByRole("heading", { name: "1AC speech document" })).toBeVisible();
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText(TAG1);
    await expect(items.nth(1)).toContainText(TAG2);
    // The cards keep the words the cutter highlighted, as on the map.
    await expect(items.nth(0).locator("mark.mk-h1")).toHaveText(
      ["Warming is not reversible", "damage will compound for centuries"].flatMap((h) => h.split(" ")),
    );
    await items.nth(1).focus();
    await page.keyboard.press("Alt+ArrowUp");
    await expect(items.nth(0)).toContainText(TAG2);
    await expect(items.nth(0)).toBeFocused();
    // The order is saved: a reload shows it.
    await expect
      .poll(async () => {
        const res = await page.request.get(`/api/debates/${debate.id}/speech-docs/1AC`);
        return ((await res.json()) as { items: { nodeId: string }[] }).items.map((i) => i.nodeId);
      })
      .toEqual([c2.node.id, c1.node.id]);
    await page.reload();
    await expect(items.nth(0)).toContainText(TAG2);
    await expect(items.nth(1)).toContainText(TAG1);
  });

  await test.step("read mode shows tags, short cites and highlighted words with the read time", async () => {
    await page.getByTestId("read-mode-toggle").click();
    const cards = page.getByTestId("read-card");
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toContainText("Lemon 20");
    await expect(cards.nth(0).locator("mark")).toHaveText(["Emissions cuts this decade are the only lever"]);
    await expect(cards.nth(1).locator("mark")).toHaveText([
      "Warming is not reversible",
      "damage will compound for centuries",
    ]);
    // Unhighlighted words are not shown.
    await expect(cards.nth(1)).not.toContainText("human timescale");
    const expected = (wpm: number) => readTotals([readableCard(c2.node), readableCard(c1.node)], wpm);
    const at250 = expected(250);
    await expect(page.getByTestId("read-total")).toHaveText(`${at250.words} words · ${at250.time} at 250 wpm`);
    await page.getByTestId("wpm").fill("60");
    await page.getByTestId("wpm").press("Enter");
    const at60 = expected(60);
    await expect(page.getByTestId("read-total")).toHaveText(`${at60.words} words · ${at60.time} at 60 wpm`);
    // Remembered for the user: still 60 after a reload.
    await page.reload();
    await page.getByTestId("read-mode-toggle").click();
    await expect(page.getByTestId("read-total")).toContainText("at 60 wpm");
    await page.getByTestId("wpm").fill("250");
    await page.getByTestId("wpm").press("Enter");
    await page.screenshot({ path: "docs/speech-read-mode.png", fullPage: true });
  });

  await test.step("download the openCaselist cite entries", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("caselist-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("climate-aff-1ac-caselist.md");
    const md = await readFile(await download.path(), "utf8");
    expect(
      md.startsWith("# 1AC\n\n#### Only emissions cuts now change the outcome\n\nLemon 20 — researcher, Exeter\n"),
    ).toBe(true);
    expect(md.indexOf(`#### ${TAG2}`)).toBeLessThan(md.indexOf(`#### ${TAG1}`));
  });
});

test("on a phone a speech document's items keep their width for the card: arrows and × a finger can tap", async ({
  browser,
  baseURL,
  page,
  api,
  user: _user,
}) => {
  const debate = await api.createDebate({ title: "Phone speech" });
  const source = await api.createSource(debate.id, { title: "Climate report", text: TEXT });
  const claim = await api.createNode(debate.id, {
    kind: "claim",
    side: "aff",
    title: "Act now",
    position: { x: 0, y: 0 },
  });
  for (const [q, tag] of [
    [Q1, TAG1],
    [Q2, TAG2],
  ] as const) {
    const c = await api.cutCard(source, q, { tag, cite: "Lemon 20", targetId: claim.id, relation: "supports" });
    const res = await page.request.post(`/api/debates/${debate.id}/speech-docs/1AC/items`, {
      data: { nodeIds: [c.node.id] },
    });
    expect(res.status()).toBe(201);
  }
  const phone = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await phone.addCookies(await page.context().cookies());
  const touch = await phone.newPage();
  await touch.goto(`/debates/${debate.id}/speeches/1AC`);
  const items = touch.getByTestId("speech-item");
  await expect(items).toHaveCount(2);
  // No keys to press and no drag on a finger: the hint speaks of the buttons.
  await expect(touch.locator(".keys-hint")).toBeHidden();
  await expect(touch.locator(".touch-hint")).toBeVisible();
  const first = items.nth(0);
  const down = first.getByRole("button", { name: "Move down" });
  const box = (await down.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(40);
  expect(box.width).toBeLessThan(56);
  expect(box.height).toBeGreaterThanOrEqual(36);
  // The card's words take the rest of the row.
  const words = (await first.locator(".stack").first().boundingBox())!;
  expect(words.width).toBeGreaterThan(240); // 203 px beside "Move down" and its words
  await down.tap();
  await expect(items.nth(1)).toContainText(TAG1);
  await items.nth(0).getByRole("button", { name: "Remove" }).tap();
  await expect(items).toHaveCount(1);
  await expect(items.nth(0)).toContainText(TAG1);
  await phone.close();
});
