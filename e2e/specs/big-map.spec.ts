import { expect, test } from "../fixtures/test";

// Correctness at scale (no timing assertions: performance is measured in bench/).
test("a 5,000-argument map opens, zooms out to the overview, and an argument can still be found, edited and connected", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  const N = 5_000;
  const nodes = Array.from({ length: N }, (_, i) => ({
    id: `n${i}`,
    kind: i % 3 === 2 ? "rebuttal" : "claim",
    side: i % 2 ? "aff" : "neg",
    role: null,
    speech: null,
    responseType: null,
    title: `Argument ${i}: ${i % 7 === 0 ? "training fuels extremism" : "migration drives recruitment"}`,
    body: "",
    position: { x: (i % 40) * 370, y: Math.floor(i / 40) * 140 },
    evidence: null,
  }));
  const edges = nodes
    .slice(1)
    .map((n, i) => ({ id: `e${i}`, source: n.id, target: `n${Math.floor(i / 4)}`, relation: "rebuts" }));
  const debate = await api.importGraph("Big map", nodes, edges);
  expect(debate.nodeCount).toBe(N);

  await page.goto(`/debates/${debate.id}`);
  const rendered = page.locator("[data-testid=arg-node]");
  await expect(rendered.first()).toBeVisible();
  // Level of detail: React Flow holds only what is near the view, not all 5,000.
  expect(await rendered.count()).toBeLessThan(1_000);

  await test.step("the statuses come from the evaluation worker once the first view is up", async () => {
    await expect(page.getByTestId("status-badge").first()).toBeVisible();
    await expect(page.getByTestId("status-pending")).toHaveCount(0);
  });

  await test.step("zoomed all the way out, short readable cards and clusters stand for the map", async () => {
    await page.keyboard.press("f");
    await expect(page.getByTestId("canvas")).not.toHaveAttribute("data-zoom-bucket", "0");
    await expect(page.getByTestId("semantic-title").first()).toBeVisible();
    await expect(page.getByTestId("cluster-count").first()).toBeVisible();
    expect(await rendered.count()).toBeLessThan(1_000);
  });

  await test.step("zooming in through the overview's levels, only the cards on screen are mounted", async () => {
    const canvas = page.getByTestId("canvas");
    const zoomIn = page.getByRole("button", { name: "Zoom In", exact: true });
    const offScreen = () =>
      page.evaluate(() => {
        const pane = document.querySelector(".react-flow")!.getBoundingClientRect();
        return [...document.querySelectorAll(".react-flow__node")]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.right < pane.left || r.left > pane.right || r.bottom < pane.top || r.top > pane.bottom)
          .length;
      });
    let steps = 0;
    for (; steps < 30 && (await canvas.getAttribute("data-zoom-bucket")) !== "0"; steps++) {
      // Cards handed to React Flow mount once to be measured; those off screen then leave.
      await expect.poll(offScreen).toBe(0);
      await expect(page.getByTestId("semantic-title").first()).toBeVisible();
      await zoomIn.click();
    }
    expect(steps).toBeGreaterThan(3);
    await expect(canvas).toHaveAttribute("data-zoom-bucket", "0");
  });

  await test.step("search jumps to an argument far away and it can be edited", async () => {
    await page.getByTestId("search").fill("Argument 4999");
    await page.keyboard.press("Enter");
    const target = page.locator("[data-node-id]").filter({ hasText: "Argument 4999:" });
    await expect(target).toBeVisible();
    // Nothing answers the last argument: the worker's judge says it stands.
    await expect(target.getByTestId("status-badge")).toHaveAttribute("data-status", "standing");
    await map.inspectorTitle.fill("Argument 4999: edited at scale");
    await map.inspectorTitle.press("Enter");
    await map.expectSaved();
    await expect
      .poll(async () => (await api.debate(debate.id)).nodes.find((n) => n.title.startsWith("Argument 4999"))?.title)
      .toBe("Argument 4999: edited at scale");
    // After the worker's first answer, edits are judged here: the edited card keeps a status.
    const edited = page.locator("[data-node-id]").filter({ hasText: "edited at scale" });
    await expect(edited.getByTestId("status-badge")).toHaveAttribute("data-status", "standing");
  });

  await test.step("on a big map the connect picker finds the other argument by words typed", async () => {
    await page.getByTestId("connect-search").fill("Argument 17:");
    const target = page.getByTestId("connect-target");
    await expect(target.locator("option", { hasText: "Argument 17: migration drives recruitment" })).toHaveCount(1);
    // A search lists a few matches, never all 5,000 arguments.
    expect(await target.locator("option").count()).toBeLessThanOrEqual(21);
    await target.selectOption({ label: "Argument 17: migration drives recruitment" });
    await page.getByTestId("connect-relation").selectOption("supports");
    await page.getByRole("button", { name: "Connect", exact: true }).click();
    await map.expectSaved();
    await expect
      .poll(async () => {
        const d = await api.debate(debate.id);
        const idOf = (prefix: string) => d.nodes.find((n) => n.title.startsWith(prefix))?.id;
        return d.edges.some(
          (e) => e.source === idOf("Argument 4999:") && e.target === idOf("Argument 17:") && e.relation === "supports",
        );
      })
      .toBe(true);
  });
});
