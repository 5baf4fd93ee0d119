// Issue 12 item 3: any subtree collapses and expands by its button or by - and +, shows how many
// arguments it hides, hides them from the canvas and from arrow-key navigation, and stays
// collapsed after a reload (remembered per user and debate).
import { DEMO_DEBATE_ID } from "../fixtures/api";
import { expect, test } from "../fixtures/test";

test("collapse by button and by key: a count badge, hidden answers, arrows skip them, a reload remembers", async ({
  page,
  api,
  map,
  user: _user,
}) => {
  const debate = await api.debate(DEMO_DEBATE_ID);
  const answersTo = (id: string) => debate.edges.filter((e) => e.target === id).map((e) => e.source);
  await map.goto(DEMO_DEBATE_ID);
  await map.whole();
  const total = await map.nodes.count();

  // An argument on screen with answers (not the resolution: collapsing it hides almost everything).
  const plan = map.nodeTitled("Repression and corruption drive radicalization");
  await expect(plan).toBeInViewport();
  const id = (await plan.getAttribute("data-node-id"))!;
  const answers = answersTo(id);
  expect(answers.length).toBeGreaterThan(0);
  await expect(map.node(answers[0]!)).toHaveCount(1);

  let hidden = 0;
  await test.step("the button collapses: a +N badge, and N arguments leave the canvas", async () => {
    await plan.getByTestId("collapse-button").click();
    const badge = plan.getByTestId("collapsed-count");
    await expect(badge).toHaveText(/^\+\d+$/);
    hidden = Number((await badge.textContent())!.slice(1));
    expect(hidden).toBeGreaterThanOrEqual(answers.length);
    await expect(map.nodes).toHaveCount(total - hidden);
    for (const a of answers) await expect(map.node(a)).toHaveCount(0);
    await page.waitForTimeout(200);
    await page.screenshot({ path: "docs/map-collapse.png" });
  });

  await test.step("its badge expands it again", async () => {
    await plan.getByTestId("collapsed-count").click();
    await expect(map.nodes).toHaveCount(total);
    await expect(plan.getByTestId("collapse-button")).toBeVisible();
  });

  await test.step("- collapses the selection; the right arrow then has no answer to go to", async () => {
    await map.select(id);
    await page.keyboard.press("-");
    await expect(plan.getByTestId("collapsed-count")).toHaveText(`+${hidden}`);
    await expect(map.nodes).toHaveCount(total - hidden);
    await page.keyboard.press("ArrowRight");
    expect(await map.selectedNodeId()).toBe(id);
  });

  await test.step("a reload remembers the collapse; + expands it and the right arrow reaches an answer", async () => {
    await page.reload();
    await expect(plan.getByTestId("collapsed-count")).toHaveText(`+${hidden}`);
    await map.whole();
    await expect(map.nodes).toHaveCount(total - hidden);
    // Focus reaches the argument as Tab would (and selects it).
    await page.locator(`.react-flow__node[data-id="${id}"]`).focus();
    await expect(map.node(id)).toHaveClass(/is-selected/);
    await page.keyboard.press("+");
    await expect(map.nodes).toHaveCount(total);
    await page.keyboard.press("ArrowRight");
    // The inspector follows the keyboard: it now shows one of the answers.
    const titles = debate.nodes.filter((n) => answers.includes(n.id)).map((n) => n.title);
    await expect.poll(() => map.inspectorTitle.inputValue()).not.toBe("Repression and corruption drive radicalization");
    expect(titles).toContain(await map.inspectorTitle.inputValue());
  });
});
