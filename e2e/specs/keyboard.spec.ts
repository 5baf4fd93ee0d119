import { expect, test } from "../fixtures/test";
import type { Page } from "@playwright/test";

const rfNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

test("keyboard-only core loop on the map: add, name, answer, navigate, move, edit", async ({
  page,
  api,
  map,
  user: _user,
}) => {
  const debate = await api.createDebate({ resolution: "Resolved: the U.S. should condition military aid." });
  await map.open(debate.id, 0);
  let claim = "";
  let rebuttal = "";

  await test.step("C adds a claim with the caret in its title; Esc returns to the argument", async () => {
    await map.canvas.click({ position: { x: 30, y: 30 } });
    claim = await map.add({ key: "c" });
    await expect(map.inspectorTitle).toBeFocused();
    await page.keyboard.type("Unconditioned U.S. training fuels extremism");
    await page.keyboard.press("Escape");
    await expect(rfNode(page, claim)).toBeFocused();
    await expect(map.node(claim).locator(".arg-title")).toHaveText("Unconditioned U.S. training fuels extremism");
  });

  await test.step("? lists the map's keys; Esc puts them away", async () => {
    await page.keyboard.press("?");
    const keys = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(keys).toBeVisible();
    await expect(keys).toContainText("add a rebuttal (answers the selection)");
    await page.keyboard.press("Escape");
    await expect(keys).toBeHidden();
    await expect(rfNode(page, claim)).toBeFocused();
  });

  await test.step("R answers the focused claim; its connection is named by titles", async () => {
    rebuttal = await map.add({ key: "r" });
    await expect(map.inspectorTitle).toBeFocused();
    await page.keyboard.type("Training is conditioned on human rights");
    await page.keyboard.press("Escape");
    await expect(rfNode(page, rebuttal)).toBeFocused();
    await expect(
      map.canvas.getByRole("img", {
        name: "‘Training is conditioned on human rights’ rebuts ‘Unconditioned U.S. training fuels extremism’",
      }),
    ).toHaveCount(1);
    const ids = await map.edges.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    for (const label of ids) expect(label).not.toContain(claim);
    // Not Tab stops: Tab reaches the arguments without walking every line first.
    expect(await map.edges.evaluateAll((els) => els.filter((e) => e.hasAttribute("tabindex")).length)).toBe(0);
  });

  await test.step("arrows move between arguments: left to what it answers, right to its answers", async () => {
    await page.keyboard.press("ArrowLeft");
    await expect(rfNode(page, claim)).toBeFocused();
    await expect(map.node(claim)).toHaveClass(/is-selected/);
    await page.keyboard.press("ArrowRight");
    await expect(rfNode(page, rebuttal)).toBeFocused();
    await expect(map.node(rebuttal)).toHaveClass(/is-selected/);
  });

  await test.step("a plain arrow never moves the argument; Alt+arrow does", async () => {
    await map.expectSaved();
    const before = (await api.debate(debate.id)).nodes.find((n) => n.id === rebuttal)!.position;
    await page.keyboard.press("ArrowDown"); // no sibling below: nothing happens
    await page.keyboard.press("Alt+ArrowDown");
    await map.expectSaved();
    await expect
      .poll(async () => (await api.debate(debate.id)).nodes.find((n) => n.id === rebuttal)!.position)
      .toEqual({ x: before.x, y: before.y + 20 });
  });

  await test.step("the focused argument shows a focus ring", async () => {
    const outline = await rfNode(page, rebuttal)
      .locator(".arg")
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe("solid");
  });

  await test.step("Enter edits the title of the focused argument", async () => {
    await page.keyboard.press("Enter");
    await expect(map.inspectorTitle).toBeFocused();
    await page.keyboard.type("Aid is already conditioned");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    await expect(rfNode(page, rebuttal)).toBeFocused();
    await map.expectSaved();
    const saved = await api.debate(debate.id);
    expect(saved.nodes.find((n) => n.id === rebuttal)?.title).toBe("Aid is already conditioned");
  });

  await test.step("Delete takes the argument away and the keyboard to what it answered; Ctrl+Z brings it back", async () => {
    await page.keyboard.press("Delete");
    await expect(map.node(rebuttal)).toHaveCount(0);
    await expect(rfNode(page, claim)).toBeFocused();
    await expect(map.node(claim)).toHaveClass(/is-selected/);
    await page.keyboard.press("Control+z");
    await expect(map.node(rebuttal)).toHaveCount(1);
    await map.expectSaved();
  });
});

test("outline: an ARIA tree named by titles, driven and edited by keyboard, live", async ({
  page,
  api,
  user: _user,
}) => {
  const debate = await api.createDebate({ title: "Military aid" });
  const res = await api.createNode(debate.id, {
    kind: "claim",
    side: "aff",
    title: "Unconditioned U.S. training fuels extremism",
  });
  const reb = await api.createNode(debate.id, {
    kind: "rebuttal",
    side: "neg",
    title: "Training is conditioned",
    position: { x: 400, y: 0 },
  });
  await api.createEdge(debate.id, { source: reb.id, target: res.id, relation: "rebuts" });
  await page.goto(`/debates/${debate.id}/outline`);
  const tree = page.getByRole("tree", { name: "Outline of Military aid" });
  await expect(tree).toBeVisible();
  const items = tree.getByRole("treeitem");
  await expect(items).toHaveCount(2);

  await test.step("each item names side, kind, status and its relation to its parent by title", async () => {
    const top = tree.getByRole("treeitem", {
      name: /^Affirmative claim: ‘Unconditioned U\.S\. training fuels extremism’/,
    });
    await expect(top).toHaveAttribute("aria-level", "1");
    await expect(top).toHaveAttribute("aria-expanded", "true");
    const answer = tree.getByRole("treeitem", {
      name: /^Negative rebuttal: ‘Training is conditioned’ — \w+.*rebuts ‘Unconditioned U\.S\. training fuels extremism’$/,
    });
    await expect(answer).toHaveAttribute("aria-level", "2");
    const names = await items.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    for (const n of names) {
      expect(n).not.toContain(res.id);
      expect(n).not.toContain(reb.id);
    }
  });

  await test.step("the first Tab stop is a skip link, shown on focus; Enter lands on the tree's item", async () => {
    const skip = page.getByRole("link", { name: "Skip to outline" });
    // Off screen until focused: the header's links do not move for it.
    expect((await skip.boundingBox())!.y + (await skip.boundingBox())!.height).toBeLessThanOrEqual(0);
    await page.keyboard.press("Tab");
    await expect(skip).toBeFocused();
    await expect.poll(async () => (await skip.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    await expect(items.first()).toBeFocused();
    await expect(page.locator(":focus")).toHaveAttribute("role", "treeitem");
    // Arrows work from there at once.
    await page.keyboard.press("ArrowDown");
    await expect(items.nth(1)).toBeFocused();
  });

  await test.step("arrows move, Left closes, Right opens (roving focus)", async () => {
    await items.first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowLeft"); // a leaf: goes to its parent
    await expect(items.first()).toBeFocused();
    await page.keyboard.press("ArrowLeft"); // open parent: closes it
    await expect(items).toHaveCount(1);
    await expect(items.first()).toHaveAttribute("aria-expanded", "false");
    await page.keyboard.press("ArrowRight");
    await expect(items).toHaveCount(2);
  });

  await test.step("F2 renames; A adds an answer named at once", async () => {
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("F2");
    const field = page.getByTestId("outline-rename");
    await expect(field).toBeFocused();
    await field.fill("Training is conditioned by law");
    await page.keyboard.press("Enter");
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press("a");
    await expect(field).toBeFocused();
    await field.fill("Leahy vetting is not enforced");
    await page.keyboard.press("Enter");
    await expect(items).toHaveCount(3);
    await expect(
      tree.getByRole("treeitem", { name: /‘Leahy vetting is not enforced’.*‘Training is conditioned by law’$/ }),
    ).toHaveAttribute("aria-level", "3");
    await expect
      .poll(async () => (await api.debate(debate.id)).nodes.map((n) => n.title).sort())
      .toEqual([
        "Leahy vetting is not enforced",
        "Training is conditioned by law",
        "Unconditioned U.S. training fuels extremism",
      ]);
  });

  await test.step("an argument added elsewhere appears live", async () => {
    await api.createNode(debate.id, { kind: "claim", side: "neg", title: "Aid buys influence" });
    await expect(tree.getByRole("treeitem", { name: /‘Aid buys influence’/ })).toHaveCount(1);
  });
});

test("focus mode: one argument, what it answers, its supports and attacks, keyboard steps", async ({
  page,
  api,
  user: _user,
}) => {
  const debate = await api.createDebate({ title: "Focus" });
  const res = await api.createNode(debate.id, { kind: "claim", side: "aff", title: "Aid should be conditioned" });
  const sup = await api.createNode(debate.id, {
    kind: "claim",
    side: "aff",
    title: "Conditions curb abuses",
    position: { x: 400, y: 0 },
  });
  const att = await api.createNode(debate.id, {
    kind: "rebuttal",
    side: "neg",
    title: "Conditions cost influence",
    position: { x: 400, y: 300 },
  });
  await api.createEdge(debate.id, { source: sup.id, target: res.id, relation: "supports" });
  await api.createEdge(debate.id, { source: att.id, target: res.id, relation: "rebuts" });
  const source = await api.createSource(debate.id, {
    title: "Leverage report",
    author: "Jane Roe",
    date: "2015",
    text: "Officials found that conditions on aid reduced abuses by trained units within two years.",
  });
  await api.cutCard(source, "conditions on aid reduced abuses by trained units", {
    tag: "Conditions reduced abuses",
    targetId: sup.id,
    relation: "supports",
  });
  await page.goto(`/debates/${debate.id}/focus?node=${att.id}`);
  const center = page.getByTestId("focus-center");
  await expect(center.getByRole("heading", { level: 1 })).toHaveText("Conditions cost influence");
  await expect(page.getByRole("region", { name: "What it answers" })).toContainText("Aid should be conditioned");
  await expect(page.getByRole("navigation", { name: "Breadcrumbs" })).toContainText("Aid should be conditioned");
  await expect(center.getByTestId("status-badge")).toBeVisible();

  await page.keyboard.press("ArrowUp");
  await expect(center.getByRole("heading", { level: 1 })).toHaveText("Aid should be conditioned");
  await expect(page).toHaveURL(new RegExp(`node=${res.id}`));
  await expect(page.getByRole("region", { name: /Supports/ })).toContainText("Conditions curb abuses");
  await expect(page.getByRole("region", { name: /Attacks/ })).toContainText("Conditions cost influence");
  await page.keyboard.press("ArrowDown");
  await expect(center.getByRole("heading", { level: 1 })).toHaveText("Conditions curb abuses");
  // A card among the supports shows its cite and its words, not just its tag.
  const card = page.getByRole("region", { name: /Supports/ }).getByTestId("focus-card");
  await expect(card).toContainText("Conditions reduced abuses");
  await expect(card).toContainText("Roe 15");
  await expect(card.getByTestId("focus-card-quote")).toHaveText("conditions on aid reduced abuses by trained units");
  await page.keyboard.press("ArrowRight");
  await expect(center.getByRole("heading", { level: 1 })).toHaveText("Conditions cost influence");
  // The Map tab keeps one's place: the map opens on that argument, selected.
  await page.getByRole("navigation", { name: "Debate views" }).getByRole("link", { name: "Map" }).click();
  await expect(page).toHaveURL(/\/debates\/[^/]+\?node=/);
  await expect(page.locator(".react-flow__node.selected")).toContainText("Conditions cost influence");
  await page.goBack();
  await expect(center.getByRole("heading", { level: 1 })).toHaveText("Conditions cost influence");
  await page.getByRole("navigation", { name: "Debate views" }).getByRole("link", { name: "Outline" }).click();
  await expect(page).toHaveURL(/\/debates\/[^/]+\/outline/);
});

test("an answer placed past the canvas's edge is brought into view as it is made", async ({
  page,
  api,
  map,
  user: _user,
}) => {
  const debate = await api.createDebate({ title: "Room to the right" });
  const claim = await api.createNode(debate.id, { kind: "claim", side: "aff", title: "Aid builds capacity" });
  await map.open(debate.id, 1);
  await map.select(claim.id);
  const canvas = (await page.locator(".canvas").boundingBox())!;
  const inside = async (id: string) => {
    const b = await map.node(id).boundingBox();
    return !!b && b.x >= canvas.x && b.x + b.width <= canvas.x + canvas.width && b.y >= canvas.y;
  };
  // Each answer goes a column to the right of the one before: by the third it is past the edge
  // of a 1440 px window's canvas unless the view follows it (and then clear of the inspector).
  let last = claim.id;
  for (const key of ["r", "r", "r", "r"]) {
    last = await map.add({ key });
    await page.keyboard.press("Escape");
    await expect.poll(() => inside(last)).toBe(true);
  }
  await expect(map.node(claim.id)).not.toBeInViewport();
});

test("on a narrow window a new answer is shown beside the panel that opens over the map", async ({
  page,
  api,
  map,
  user: _user,
}) => {
  await page.setViewportSize({ width: 700, height: 800 });
  const debate = await api.createDebate({ title: "Narrow room" });
  const claim = await api.createNode(debate.id, { kind: "claim", side: "aff", title: "Aid builds capacity" });
  await map.open(debate.id, 1);
  await map.select(claim.id);
  const answer = await map.add({ key: "r" });
  const panel = page.getByTestId("inspector");
  await expect(panel).toBeVisible();
  await expect(map.inspectorTitle).toBeFocused();
  await expect
    .poll(async () => {
      const card = (await map.node(answer).boundingBox())!;
      const over = (await panel.boundingBox())!;
      return card.x >= 0 && card.x + card.width <= over.x;
    })
    .toBe(true);
  // Named (Enter, a phone keyboard's Done), the panel gives the map back: the answer is in view.
  await page.keyboard.type("Capacity serves repression");
  await page.keyboard.press("Enter");
  await expect(panel).toHaveCount(0);
  await expect(map.node(answer)).toContainText("Capacity serves repression");
  await expect(map.node(answer)).toBeInViewport();
  await map.expectSaved();
});
