import { readFile } from "node:fs/promises";
import { DEMO_DEBATE_ID, DEMO_DEBATE_TITLE } from "../fixtures/api";
import { FlowPage } from "../fixtures/flow";
import { boxOf } from "../fixtures/pages";
import { expect, test } from "../fixtures/test";

const SPEECHES = ["1AC", "1NC", "2AC", "2NC", "1NR", "1AR", "2NR", "2AR"];

test("the seeded debate reads as a flow sheet: speeches as columns, answers beside what they answer", async ({
  page,
  api,
}) => {
  const flow = new FlowPage(page);
  const debate = await api.debate(DEMO_DEBATE_ID);

  await test.step("one column per speech, coloured by side", async () => {
    await flow.open(DEMO_DEBATE_ID);
    expect(await flow.speeches()).toEqual([...SPEECHES, "Unassigned"]);
    const colour = (name: string) =>
      flow.headers
        .filter({ hasText: name })
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await colour("1AC")).toBe("rgb(37, 99, 235)");
    expect(await colour("1NC")).toBe("rgb(220, 38, 38)");
    await expect(flow.tabs.getByRole("link", { name: "Flow" })).toHaveAttribute("aria-current", "page");
    // The cards' one-line cites are cut to their column, not widening it: at 1440 px the whole
    // round is in view (a column was ~770 px wide, two speeches of eight in view).
    await page.setViewportSize({ width: 1440, height: 900 });
    const widths = await flow.headers.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    for (const w of widths) expect(w).toBeLessThan(360);
    const last = (await flow.headers.filter({ hasText: "2AR" }).first().boundingBox())!;
    expect(last.x + last.width).toBeLessThanOrEqual(1440);
    // The keyboard starts on the sheet: the first arrow selects a cell, no click or Tabs first.
    await expect(flow.grid).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => flow.selectedId()).not.toBeNull();
    await page.keyboard.press("Escape");
  });

  await test.step("every claim and rebuttal once; a 2AC answer on the row of the 1NC argument it answers", async () => {
    const expected = debate.nodes.filter((n) => n.kind !== "evidence" && !n.speech?.startsWith("CX")).map((n) => n.id);
    const shown = await flow.cells.evaluateAll((els) => els.map((e) => e.getAttribute("data-node-id")));
    for (const id of expected)
      expect(
        shown.filter((s) => s === id),
        id,
      ).toHaveLength(1);
    const target = await boxOf(flow.cell("tj-neg-agency"));
    const answer = await boxOf(flow.cell("tj-aff2-agency-answer"));
    expect(Math.abs(answer.y - target.y)).toBeLessThan(2);
    expect(answer.x).toBeGreaterThan(target.x + target.width - 1);
    await expect(flow.cell("tj-aff-training-fuels").locator(".fc-card")).toHaveCount(4);
    await expect(flow.dropped(flow.cell("tj-aff-corruption"))).toHaveText("dropped in 1NC");
  });

  await test.step("cross-examinations as narrow columns on request", async () => {
    await page.getByLabel("CX columns").check();
    expect(await flow.speeches()).toEqual([
      "1AC",
      "CX1",
      "1NC",
      "CX2",
      "2AC",
      "CX3",
      "2NC",
      "CX4",
      "1NR",
      "1AR",
      "2NR",
      "2AR",
      "Unassigned",
    ]);
    await expect(flow.cell("tj-cx1-plan-conditions")).toBeVisible();
    await page.getByLabel("CX columns").uncheck();
    await expect(flow.cell("tj-cx1-plan-conditions")).toHaveCount(0);
  });

  await test.step("a visitor moves with the keyboard and reads why, but cannot write", async () => {
    await flow.focus();
    await flow.press("ArrowDown");
    expect(await flow.selectedId()).toBe("tj-aff-training-fuels");
    await flow.press("ArrowRight", "ArrowDown");
    expect(await flow.selectedId()).toBe("tj-neg-agency");
    await flow.press("ArrowRight");
    expect(await flow.selectedId()).toBe("tj-aff2-agency-answer");
    await flow.press("Enter");
    await expect(flow.whyButton(flow.cell("tj-aff2-agency-answer"))).toHaveAttribute("aria-expanded", "true");
    await expect(flow.cell("tj-aff2-agency-answer").getByTestId("why")).toHaveText(
      /^Standing: nothing answers it\. Not counted against it: 'Extend agency.*' \(not extended\)/,
    );
    await flow.press("Escape");
    await expect(flow.editor).toHaveCount(0);
    await flow.press("Tab");
    await expect(flow.editor).toHaveCount(0);
    await expect(flow.grid).not.toBeFocused();
    await expect(flow.saveState).toHaveText("Read-only");
  });

  await test.step("filters hide what the judge no longer needs", async () => {
    await page
      .getByRole("group", { name: "Show arguments that are" })
      .getByRole("button", { name: "✗ Refuted" })
      .click();
    await expect(flow.cell("tj-neg-most-never-defect")).toHaveCount(0);
    await expect(flow.cell("tj-neg-agency")).toBeVisible();
    await expect(flow.cells.filter({ has: page.locator(".fc-mark.mark-refuted") })).toHaveCount(0);
    await page.screenshot({ path: "test-results/screens/flow-filtered.png" });
    await page
      .getByRole("group", { name: "Show arguments that are" })
      .getByRole("button", { name: "✗ Refuted" })
      .click();
    await page.getByRole("group", { name: "Side" }).getByRole("button", { name: "Neg" }).click();
    await expect(flow.cell("tj-aff-training-fuels")).toHaveCount(0);
    await expect(flow.cell("tj-neg-agency")).toBeVisible();
    await page.getByRole("group", { name: "Side" }).getByRole("button", { name: "Both" }).click();
  });

  await test.step("screenshot of the flow, then of the ballot", async () => {
    await flow.focus();
    await flow.press("Escape");
    expect(await flow.selectedId()).toBeNull();
    await flow.grid.evaluate((el) => el.parentElement!.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: "test-results/screens/flow.png" });
    await flow.ballotToggle.click();
    await expect(flow.ballot.getByTestId("ballot-decision")).toContainText("Vote Aff");
    await expect(flow.ballot.getByTestId("ballot-neg")).toContainText("Dropped by the Aff");
    await page.screenshot({ path: "test-results/screens/ballot.png" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      flow.ballot.getByRole("button", { name: "Export Markdown" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("u-s-security-assistance-to-tajikistan-ballot.md");
    const md = await readFile(await download.path(), "utf8");
    expect(md.startsWith(`# Ballot: ${DEMO_DEBATE_TITLE}\n`)).toBe(true);
    expect(md).toContain("## Affirmative");
  });
});

test("answering a dropped argument with Tab takes it off the drops and refutes it, on the same graph as the map", async ({
  page,
  api,
  user,
  map,
}) => {
  const flow = new FlowPage(page);
  expect(user.id).toBeTruthy();
  const debate = await api.createDebate({ title: "Flow drill" });
  // A harm, not the plan text: a plan is not an argument to answer and is never dropped.
  const plan = await api.createNode(debate.id, {
    kind: "claim",
    side: "aff",
    speech: "1AC",
    role: "harms",
    title: "The plan solves the crisis",
  });
  await api.createNode(debate.id, {
    kind: "claim",
    side: "neg",
    speech: "1NC",
    role: "disadvantage",
    title: "Disad: the plan wrecks the economy",
  });
  const answerTitle = "No solvency: nobody enforces the conditions";

  await test.step("the Neg spoke after the 1AC and never answered the plan: dropped", async () => {
    await flow.open(debate.id);
    await expect(flow.dropped(flow.cell(plan.id))).toHaveText("dropped in 1NC");
    await expect(flow.cell(plan.id)).toHaveAttribute("data-status", "standing");
  });

  await test.step("select the plan with the keyboard, Tab, type the answer, Enter", async () => {
    await flow.focus();
    await flow.press("ArrowDown");
    expect(await flow.selectedId()).toBe(plan.id);
    await flow.press("Tab");
    await expect(flow.editor).toBeFocused();
    await page.keyboard.type(answerTitle);
    await page.screenshot({ path: "test-results/screens/flow-draft.png" });
    await flow.press("Enter");
    const answer = flow.cellTitled(answerTitle);
    await expect(answer).toHaveCount(1);
    await expect(flow.grid).toBeFocused();
    await expect(flow.dropped(flow.cell(plan.id))).toHaveCount(0);
    await expect(flow.cell(plan.id)).toHaveAttribute("data-status", "refuted");
    await expect(answer).toHaveAttribute("data-status", "standing");
    // Written in the 1NC column, on the plan's row.
    const a = await boxOf(answer);
    const p = await boxOf(flow.cell(plan.id));
    expect(Math.abs(a.y - p.y)).toBeLessThan(2);
    expect(a.x).toBeGreaterThan(p.x + p.width - 1);
    await flow.expectSaved();
  });

  await test.step("why says the plan is refuted", async () => {
    const why = flow.whyButton(flow.cell(plan.id));
    await why.click();
    await expect(why).toHaveAttribute("aria-expanded", "true");
    await expect(flow.cell(plan.id).getByTestId("why")).toHaveText(
      new RegExp(`^Refuted: answered by '${answerTitle}' \\(standing\\)`),
    );
    await why.click();
    await expect(flow.cell(plan.id).getByTestId("why")).toHaveCount(0);
  });

  await test.step("Shift+Enter adds a second answer below; Delete removes it; Ctrl+Z brings it back", async () => {
    await flow.focus();
    expect(await flow.selectedId()).not.toBe(plan.id);
    await flow.press("Shift+Enter");
    await expect(flow.editor).toBeFocused();
    await page.keyboard.type("Second answer: the conditions backfire");
    await flow.press("Enter");
    const second = flow.cellTitled("Second answer");
    const first = await boxOf(flow.cellTitled(answerTitle));
    const below = await boxOf(second);
    expect(Math.abs(below.x - first.x)).toBeLessThan(2);
    expect(below.y).toBeGreaterThan(first.y);
    // The committed draft becomes the selection a render later; Delete must act on it.
    await expect(second).toHaveAttribute("aria-selected", "true");
    await flow.press("Delete");
    await expect(second).toHaveCount(0);
    await flow.press("Control+z");
    await expect(second).toHaveCount(1);
    await flow.expectSaved();
  });

  await test.step("the ballot follows the edits", async () => {
    await flow.ballotToggle.click();
    await expect(flow.ballot.getByTestId("ballot-aff").locator(".ballot-refuted")).toContainText(
      "The plan solves the crisis",
    );
    await expect(flow.ballot.getByTestId("ballot-decision")).toContainText(
      "Vote Neg: the Neg has live offence and the Aff has none left",
    );
  });

  await test.step("the map shows the same graph", async () => {
    const saved = await api.debate(debate.id);
    const answer = saved.nodes.find((n) => n.title === answerTitle);
    expect(answer).toMatchObject({ kind: "rebuttal", side: "neg", speech: "1NC", responseType: "answer" });
    expect(saved.edges).toContainEqual(
      expect.objectContaining({ source: answer!.id, target: plan.id, relation: "rebuts" }),
    );
    await flow.tabs.getByRole("link", { name: "Map" }).click();
    await expect(page).toHaveURL(`/debates/${debate.id}`);
    await expect(map.canvas).toBeVisible();
    await expect(map.nodeTitled(answerTitle)).toHaveCount(1);
    await expect(map.nodes).toHaveCount(4);
  });
});

test("an empty debate explains how to start, and + 1AC argument starts it", async ({ page, api, user }) => {
  const flow = new FlowPage(page);
  expect(user.id).toBeTruthy();
  const debate = await api.createDebate({ title: "Empty flow" });
  await flow.open(debate.id);
  const empty = page.getByTestId("flow-empty");
  await expect(empty).toContainText("press Tab");
  await empty.getByRole("button", { name: "+ 1AC argument" }).click();
  await expect(flow.editor).toBeFocused();
  await page.keyboard.type("Inherency: the status quo trains without conditions");
  await flow.press("Enter");
  await expect(empty).toHaveCount(0);
  const cell = flow.cellTitled("Inherency");
  await expect(cell).toHaveAttribute("data-status", "standing");
  // Escape while writing leaves nothing behind.
  await flow.press("Tab");
  await page.keyboard.type("never saved");
  await flow.press("Escape");
  await expect(flow.cells).toHaveCount(1);
  await flow.expectSaved();
  expect((await api.debate(debate.id)).nodes).toMatchObject([{ speech: "1AC", side: "aff", kind: "claim" }]);
});

test("a pointer or a finger answers an argument with its → button, as Tab does, and the rows keep their height", async ({
  page,
  api,
  user: _user,
}) => {
  const flow = new FlowPage(page);
  const debate = await api.createDebate({ title: "Flow by pointer" });
  const harm = await api.createNode(debate.id, {
    kind: "claim",
    side: "aff",
    speech: "1AC",
    role: "harms",
    title: "Training builds trust with officers",
  });
  await flow.open(debate.id);
  const cell = flow.cell(harm.id);
  const answer = cell.getByRole("button", { name: "Answer in the next speech" });
  await expect(answer).toHaveCount(0);
  const before = await boxOf(cell);
  await cell.click();
  await expect(answer).toBeVisible();
  expect((await boxOf(cell)).height).toBe(before.height);
  await answer.click();
  await expect(flow.editor).toBeFocused();
  await page.keyboard.type("Trust with officers is trust with torturers");
  await page.keyboard.press("Enter");
  const written = flow.cellTitled("Trust with officers is trust with torturers");
  await expect(written).toHaveCount(1);
  await expect(cell).toHaveAttribute("data-status", "refuted");
  // In the 1NC, on the harm's row.
  const a = await boxOf(written);
  expect(Math.abs(a.y - before.y)).toBeLessThan(2);
  expect(a.x).toBeGreaterThan(before.x + before.width - 1);
  await flow.expectSaved();
});

test("a pointer or a finger adds below, deletes and undoes on the flow, as Shift+Enter, Delete and Ctrl+Z do", async ({
  page,
  api,
  user: _user,
}) => {
  const flow = new FlowPage(page);
  const debate = await api.createDebate({ title: "Flow edits by pointer" });
  const harm = await api.createNode(debate.id, {
    kind: "claim",
    side: "aff",
    speech: "1AC",
    title: "Training builds trust with officers",
  });
  await flow.open(debate.id);
  const cell = flow.cell(harm.id);
  const below = cell.getByRole("button", { name: "Add an argument below" });
  const remove = cell.getByRole("button", { name: "Delete this argument" });
  const undo = page.getByRole("button", { name: "Undo", exact: true });
  await expect(below).toHaveCount(0);
  await expect(undo).toBeDisabled();
  const before = await boxOf(cell);
  await cell.click();
  await expect(below).toBeVisible();
  expect((await boxOf(cell)).height).toBe(before.height);
  // The buttons cover none of the argument's words (on its bottom edge they covered its last line).
  const covered = await cell.evaluate((el) => {
    const lines: DOMRect[] = [];
    const words = document.createTreeWalker(el.querySelector(".fc-title")!, NodeFilter.SHOW_TEXT);
    for (let t = words.nextNode(); t; t = words.nextNode()) {
      if (t.parentElement?.closest("button")) continue; // the why button's "?"
      const range = document.createRange();
      range.selectNodeContents(t);
      lines.push(...range.getClientRects());
    }
    const buttons = [...el.querySelectorAll(".fc-act")].map((b) => b.getBoundingClientRect());
    return buttons.some((b) =>
      lines.some((l) => b.left < l.right && l.left < b.right && b.top < l.bottom && l.top < b.bottom),
    );
  });
  expect(covered).toBe(false);

  // + writes another argument under it, in its speech.
  await below.click();
  await expect(flow.editor).toBeFocused();
  await page.keyboard.type("Inherency: aid flows without benchmarks");
  await page.keyboard.press("Enter");
  const added = flow.cellTitled("Inherency: aid flows without benchmarks");
  await expect(added).toHaveCount(1);
  const a = await boxOf(added);
  expect(a.y).toBeGreaterThan(before.y + before.height - 1);
  expect(Math.abs(a.x - before.x)).toBeLessThan(2);
  await flow.expectSaved();

  // × deletes the selected argument; the selection moves to its neighbour and Undo brings it back.
  await cell.click();
  await remove.click();
  await expect(cell).toHaveCount(0);
  await expect(added).toHaveAttribute("aria-selected", "true");
  await flow.expectSaved();
  expect((await api.debate(debate.id)).nodes.map((n) => n.title)).toEqual(["Inherency: aid flows without benchmarks"]);
  await undo.click();
  await expect(flow.cell(harm.id)).toHaveCount(1);
  await flow.expectSaved();
  expect((await api.debate(debate.id)).nodes.map((n) => n.title).sort()).toEqual([
    "Inherency: aid flows without benchmarks",
    "Training builds trust with officers",
  ]);
  // The keys still work on the grid after a button: Ctrl+Shift+Z redoes the delete.
  await page.keyboard.press("Control+Shift+Z");
  await expect(flow.cell(harm.id)).toHaveCount(0);
  await flow.expectSaved();
});

test("on a phone the flow's filters fold behind Filters, the ballot sits beside the tabs, and search fits the screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const flow = new FlowPage(page);
  await flow.open(DEMO_DEBATE_ID);
  const toolbar = page.locator(".flow-toolbar");
  const filters = toolbar.getByRole("button", { name: /^Filters/ });
  const statuses = toolbar.getByRole("group", { name: "Show arguments that are" });
  await expect(statuses).toBeHidden();
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  // Two rows: the tabs with the ballot, then search, sides and Filters.
  const tabs = await boxOf(flow.tabs);
  const ballot = await boxOf(flow.ballotToggle);
  expect(Math.abs(ballot.y - tabs.y)).toBeLessThan(8);
  const search = await boxOf(toolbar.locator(".search input"));
  expect(Math.abs((await boxOf(filters)).y - search.y)).toBeLessThan(8);
  expect((await boxOf(toolbar)).height).toBeLessThan(100);

  // Open, a status turned off; folded again, Filters says something is hidden.
  await filters.click();
  await expect(filters).toHaveAttribute("aria-expanded", "true");
  await statuses.getByRole("button", { name: /Refuted/ }).click();
  await filters.click();
  await expect(statuses).toBeHidden();
  await expect(filters).toHaveText(/Filters •/);

  // The search's results stay on the screen.
  await toolbar.locator(".search input").fill("training");
  const results = page.getByRole("listbox", { name: "Search results" });
  await expect(results).toBeVisible();
  const r = await boxOf(results);
  expect(r.x).toBeGreaterThanOrEqual(0);
  expect(r.x + r.width).toBeLessThanOrEqual(390);
});

test("at 1440 px the flow's tabs, search, filters, CX and ballot share one row", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const flow = new FlowPage(page);
  await flow.open(DEMO_DEBATE_ID);
  const toolbar = page.locator(".flow-toolbar");
  const tabs = await boxOf(flow.tabs);
  const ballot = await boxOf(flow.ballotToggle);
  expect(Math.abs(ballot.y + ballot.height / 2 - (tabs.y + tabs.height / 2))).toBeLessThan(4);
  expect((await boxOf(toolbar)).height).toBeLessThan(tabs.height + 20);
  await expect(toolbar.getByRole("button", { name: /^Filters/ })).toBeHidden();
});

test("a small flow sheet reads its rows once, packed, the request begun by the page before its scripts", async ({
  page,
}) => {
  const flow = new FlowPage(page);
  const answers: (string | undefined)[] = [];
  page.on("response", (r) => {
    if (new URL(r.url()).pathname === `/api/debates/${DEMO_DEBATE_ID}/flow`)
      answers.push(r.headers()["x-clash-packed"]);
  });
  await flow.open(DEMO_DEBATE_ID);
  await expect(flow.cells.first()).toBeVisible();
  expect(answers).toEqual(["deflate-raw"]);
  // The page's inline script held the body for the sheet, which took it.
  expect(
    await page.evaluate(() => Object.keys((window as { __clashEarly?: object }).__clashEarly ?? { none: 1 })),
  ).toEqual([]);
});
