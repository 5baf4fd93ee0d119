import { uniqueId } from "../fixtures/api";
import { boxOf } from "../fixtures/pages";
import { expect, test } from "../fixtures/test";

const edgeKey = (e: { source: string; target: string; relation: string }) => `${e.source} ${e.relation} ${e.target}`;

test("map a debate by hand: add, retitle, answer, connect, move — and it all survives a reload", async ({
  page,
  api,
  user,
  home,
  map,
}) => {
  const title = `Nuclear power ${uniqueId()}`;
  const titles = {
    claim: "Nuclear power is safe",
    rebuttal: "Waste storage is unsolved",
    third: "Reactors are cheap to run",
  };
  let debateId = "";
  let claim = "";
  let rebuttal = "";
  let third = "";
  const DY = 200;
  let shifted = { x: 0, y: 0 }; // where the third argument ended up, relative to the claim (flow units)

  await test.step("create a debate from the home page", async () => {
    await home.goto();
    await expect(home.header.currentUser).toHaveText(user.name);
    debateId = await home.createDebate({ title, resolution: "The state should build nuclear plants." });
    await expect(page).toHaveURL(`/debates/${debateId}`);
    await expect(map.canvas).toBeVisible();
    // It opens on its resolution, the thesis claim typed in the dialog: selected, with the focus
    // on the map (its words are not offered up for the first key to overwrite).
    await expect(map.nodes).toHaveCount(1);
    await expect(map.nodes.first()).toHaveClass(/is-selected/);
    await expect(page.locator(".react-flow__node").first()).toBeFocused();
    await expect(map.inspectorTitle).toHaveValue("The state should build nuclear plants.");
    await expect(map.nodes.first()).toHaveAttribute("data-kind", "claim");
    // This test maps from scratch: the resolution claim goes.
    await map.tool("Delete").click();
    await expect(map.nodes).toHaveCount(0);
  });

  await test.step("add a claim with “+ Claim” and retitle it in the inspector", async () => {
    claim = await map.add({ button: "+ Claim" });
    await expect(map.inspectorTitle).toHaveValue("New claim");
    // Named first, as with C: the caret is in its title.
    await expect(map.inspectorTitle).toBeFocused();
    await map.setTitle(titles.claim);
    await expect(map.node(claim).locator(".arg-title")).toHaveText(titles.claim);
  });

  await test.step("R adds a rebuttal that rebuts the selected claim", async () => {
    await map.select(claim); // takes focus off the title field, where R would be typed
    rebuttal = await map.add({ key: "r" });
    await expect(map.node(rebuttal)).toHaveAttribute("data-kind", "rebuttal");
    await expect(map.edges).toHaveCount(1);
    await map.setTitle(titles.rebuttal);
    await expect(map.node(rebuttal).locator(".arg-title")).toHaveText(titles.rebuttal);
    await map.expectSaved();
    const saved = await api.debate(debateId);
    expect(saved.edges.map(edgeKey)).toEqual([edgeKey({ source: rebuttal, target: claim, relation: "rebuts" })]);
  });

  await test.step("drag a new argument below the claim", async () => {
    await map.canvas.click({ position: { x: 20, y: 20 } }); // the empty pane: clear the selection
    await expect(map.inspectorTitle).toBeHidden();
    third = await map.add({ button: "+ Claim" });
    await map.setTitle(titles.third);
    await expect(map.node(third).locator(".arg-title")).toHaveText(titles.third);
    const before = await boxOf(map.node(third));
    await map.dragNode(third, 0, DY);
    const after = await boxOf(map.node(third));
    expect(Math.abs(after.y - before.y - DY), `moved ${after.y - before.y}px down`).toBeLessThanOrEqual(3);
    expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(1);
    const claimBox = await boxOf(map.node(claim));
    shifted = { x: (after.x - claimBox.x) / (await map.zoom()), y: (after.y - claimBox.y) / (await map.zoom()) };
  });

  await test.step("connect it to the claim by dragging between handles and choosing “supports”", async () => {
    await map.connect(third, claim, "supports");
    await expect(map.edges).toHaveCount(2);
    await expect(map.canvas.locator(".react-flow__edge.rel-supports")).toHaveCount(1);
  });

  await test.step("every change reaches the server", async () => {
    await map.expectSaved();
    await expect
      .poll(async () => (await api.debate(debateId)).edges.map(edgeKey).sort())
      .toEqual(
        [
          edgeKey({ source: rebuttal, target: claim, relation: "rebuts" }),
          edgeKey({ source: third, target: claim, relation: "supports" }),
        ].sort(),
      );
    const saved = await api.debate(debateId);
    const byId = new Map(saved.nodes.map((n) => [n.id, n]));
    expect(saved.nodes).toHaveLength(3);
    expect(byId.get(claim)?.title).toBe(titles.claim);
    expect(byId.get(rebuttal)?.title).toBe(titles.rebuttal);
    expect(byId.get(third)?.title).toBe(titles.third);
    const [c, t] = [byId.get(claim)!.position, byId.get(third)!.position];
    expect(Math.abs(t.y - c.y - shifted.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(t.x - c.x - shifted.x)).toBeLessThanOrEqual(1);
  });

  await test.step("after a reload the map is as we left it", async () => {
    const saved = await api.debate(debateId);
    await page.reload();
    await expect(map.nodes).toHaveCount(3);
    for (const t of Object.values(titles)) await expect(map.nodeTitled(t)).toHaveCount(1);
    await expect(map.edges).toHaveCount(2);
    await expect(map.canvas.locator(".react-flow__edge.rel-rebuts")).toHaveCount(1);
    await expect(map.canvas.locator(".react-flow__edge.rel-supports")).toHaveCount(1);
    // Where the cards sit on screen matches the saved positions (at the reloaded zoom).
    // The view may still be settling just after the reload, so measure until it is still.
    const pos = new Map(saved.nodes.map((n) => [n.id, n.position]));
    const offByOnScreen = async () => {
      const z = await map.zoom();
      const [c, t] = [await boxOf(map.node(claim)), await boxOf(map.node(third))];
      return Math.max(
        Math.abs((t.y - c.y) / z - (pos.get(third)!.y - pos.get(claim)!.y)),
        Math.abs((t.x - c.x) / z - (pos.get(third)!.x - pos.get(claim)!.x)),
      );
    };
    await expect.poll(offByOnScreen).toBeLessThan(0.5);
    expect(await api.debate(debateId)).toEqual(saved);
    await page.screenshot({ path: "test-results/screens/editor.png" });
  });
});

test("Ctrl+Z removes an argument just added, Ctrl+Shift+Z brings it back", async ({ page, api, user: _user, map }) => {
  const debate = await api.createDebate();
  await map.open(debate.id, 0);

  const id = await map.add({ button: "+ Claim" });
  await map.expectSaved();
  await expect.poll(async () => (await api.debate(debate.id)).nodes.map((n) => n.id)).toEqual([id]);

  await page.keyboard.press("Control+z");
  await expect(map.nodes).toHaveCount(0);
  await map.expectSaved();
  await expect.poll(async () => (await api.debate(debate.id)).nodes).toEqual([]);

  await page.keyboard.press("Control+Shift+z");
  await expect(map.node(id)).toBeVisible();
  await map.expectSaved();
  await expect.poll(async () => (await api.debate(debate.id)).nodes.map((n) => n.id)).toEqual([id]);
});

test("what is typed in the panel is saved once typing pauses, without leaving the field, and survives a reload", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  const debate = await api.createDebate();
  const claim = await api.createNode(debate.id, { title: "Aid builds capacity" });
  await map.open(debate.id);
  await map.select(claim.id);
  const notes = page.getByTestId("inspector").getByLabel("Notes");
  await notes.click();
  await page.keyboard.type("Tucker 15 says the trained units defected ");
  await expect(notes).toBeFocused();
  const stored = async () => (await api.debate(debate.id)).nodes.find((n) => n.id === claim.id)!;
  // Saved (trimmed only at the field's end) while the caret is still in it.
  await expect.poll(async () => (await stored()).body).toBe("Tucker 15 says the trained units defected ");
  await expect(notes).toBeFocused();
  // Typing on after the save keeps the space before the next word.
  await page.keyboard.type("in 2015.");
  await expect(notes).toHaveValue("Tucker 15 says the trained units defected in 2015.");
  await expect.poll(async () => (await stored()).body).toBe("Tucker 15 says the trained units defected in 2015.");
  await page.getByTestId("inspector-title").click();
  await page.keyboard.press("End");
  await page.keyboard.type(" only on paper ");
  await expect.poll(async () => (await stored()).title).toBe("Aid builds capacity only on paper");
  await expect(page.getByTestId("inspector-title")).toHaveValue("Aid builds capacity only on paper ");
  await map.expectSaved();
  await page.reload();
  await map.select(claim.id);
  await expect(page.getByTestId("inspector").getByLabel("Notes")).toHaveValue(
    "Tucker 15 says the trained units defected in 2015.",
  );
});

test("search finds an argument by its words and selects it", async ({ api, user: _user, map }) => {
  const debate = await api.createDebate();
  const titles = ["Sanctions hurt ordinary people", "Aid props up the regime", "Training builds trust with officers"];
  const nodes = [];
  for (const [i, title] of titles.entries())
    nodes.push(await api.createNode(debate.id, { title, position: { x: 0, y: i * 160 } }));
  await map.open(debate.id, titles.length);

  await map.search.fill("trust officers");
  await expect(map.page.getByRole("listbox", { name: "Search results" }).getByRole("option")).toHaveCount(1);
  await map.search.press("Enter");
  await expect(map.node(nodes[2]!.id)).toHaveClass(/is-selected/);
  await expect(map.inspectorTitle).toHaveValue(titles[2]!);
  await expect(map.search).toHaveValue("");
  // The keyboard went with the jump: the argument has the focus, and Enter edits its title.
  await expect(map.page.locator(`.react-flow__node[data-id="${nodes[2]!.id}"]`)).toBeFocused();
  await map.page.keyboard.press("Enter");
  await expect(map.inspectorTitle).toBeFocused();
});

test("a new debate's first key adds to its resolution, and a blank resolution is filled in first", async ({
  page,
  user: _user,
  home,
  map,
}) => {
  await home.goto();
  await home.createDebate({
    title: `Carbon tax ${uniqueId()}`,
    resolution: "The United States should adopt a carbon tax.",
  });
  await expect(page.locator(".react-flow__node").first()).toBeFocused();
  // C adds a claim; the resolution keeps its words.
  const claim = await map.add({ key: "c" });
  await expect(map.inspectorTitle).toBeFocused();
  await map.setTitle("A carbon tax cuts emissions");
  await expect(map.nodeTitled("The United States should adopt a carbon tax.")).toHaveCount(1);
  await expect(map.node(claim).locator(".arg-title")).toHaveText("A carbon tax cuts emissions");

  // Without a resolution in the dialog, the caret waits in the thesis's empty title.
  await home.goto();
  await home.createDebate({ title: `Open question ${uniqueId()}` });
  await expect(map.nodes).toHaveCount(1);
  await expect(map.inspectorTitle).toBeFocused();
  await expect(map.inspectorTitle).toHaveValue("");
});

test("renaming the resolution claim renames the debate's resolution, and Settings saves after it", async ({
  page,
  user: _user,
  home,
  map,
}) => {
  await home.goto();
  const debateId = await home.createDebate({
    title: `Aid ${uniqueId()}`,
    resolution: "The United States should cut aid to Tajikistan.",
  });
  await expect(map.inspectorTitle).toHaveValue("The United States should cut aid to Tajikistan.");
  const saved = page.waitForResponse((r) => r.url().endsWith("/ops") && r.request().method() === "POST");
  await map.setTitle("The United States should condition aid to Tajikistan.");
  expect((await saved).ok()).toBe(true);

  await page.getByRole("button", { name: "Settings" }).click();
  const dialog = page.getByRole("dialog", { name: "Debate settings" });
  await expect(dialog.getByLabel("Resolution")).toHaveValue("The United States should condition aid to Tajikistan.");
  // The page's first copy of the debate is a version behind now; Settings read it fresh.
  await dialog.getByLabel("Title").fill("Conditioning aid");
  // A resolution is one sentence: Enter in its (two-line) box saves, as in the title.
  await dialog.getByLabel("Resolution").press("End");
  await dialog.getByLabel("Resolution").press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("debate-title")).toHaveText("Conditioning aid");

  await home.goto();
  const card = page.locator(`a[href="/debates/${debateId}"]`);
  await expect(card.getByText("The United States should condition aid to Tajikistan.")).toBeVisible();
});
