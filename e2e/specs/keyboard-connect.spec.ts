import { expect, test } from "../fixtures/test";
import type { Page } from "@playwright/test";

const rfNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

test("keyboard only: add a claim, a rebuttal, connect with K, edit, navigate", async ({
  page,
  api,
  map,
  user: _user,
}) => {
  test.slow(); // six steps, each waiting for the server to save
  const debate = await api.createDebate({ resolution: "Resolved: the U.S. should condition military aid." });
  await map.open(debate.id, 0);
  const status = page.getByTestId("connect-status");
  const connect = page.getByRole("dialog", { name: "Connect to…" });
  let extremism = "";
  let influence = "";
  let rebuttal = "";

  await test.step("C twice (clearing the selection between) adds two unconnected claims", async () => {
    extremism = await map.add({ key: "c" });
    await expect(map.inspectorTitle).toBeFocused();
    await page.keyboard.type("Unconditioned training fuels extremism");
    await page.keyboard.press("Escape");
    await expect(rfNode(page, extremism)).toBeFocused();
    await page.keyboard.press("Escape"); // clears the selection: the next claim stands alone
    influence = await map.add({ key: "c" });
    await page.keyboard.type("Aid buys influence");
    await page.keyboard.press("Escape");
    await expect(rfNode(page, influence)).toBeFocused();
  });

  await test.step("R answers the focused claim", async () => {
    rebuttal = await map.add({ key: "r" });
    await expect(map.inspectorTitle).toBeFocused();
    await page.keyboard.type("Influence is overstated");
    await page.keyboard.press("Escape");
    await expect(rfNode(page, rebuttal)).toBeFocused();
    await map.expectSaved();
    expect((await api.debate(debate.id)).edges).toHaveLength(1);
  });

  await test.step("K then Esc cancels and gives the keyboard back to the argument", async () => {
    await page.keyboard.press("k");
    await expect(connect).toBeVisible();
    await expect(connect.getByRole("combobox")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(connect).toBeHidden();
    await expect(rfNode(page, rebuttal)).toBeFocused();
    await expect(status).toHaveText("Connection cancelled");
    // From a toolbar button too (as C, R and E add from there): K is not left to do nothing.
    await map.tool("Fit").focus();
    await page.keyboard.press("k");
    await expect(connect).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(connect).toBeHidden();
    await map.node(rebuttal).click();
    await expect(rfNode(page, rebuttal)).toBeFocused();
  });

  await test.step("K lists the other arguments, filters as one types, arrows pick, Enter goes to the relation", async () => {
    await page.keyboard.press("k");
    const options = connect.getByRole("option");
    await expect(options).toHaveCount(2); // never the argument itself
    await page.keyboard.type("extrem");
    await expect(options).toHaveCount(1);
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await expect(options.first()).toContainText("Unconditioned training fuels extremism");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await expect(options).toHaveCount(2);
    const titles = await options.allTextContents();
    const down = titles.findIndex((t) => t.includes("Unconditioned training fuels extremism"));
    for (let i = 0; i < down; i++) await page.keyboard.press("ArrowDown");
    await expect(connect.getByRole("option", { selected: true })).toContainText("fuels extremism");
    await page.screenshot({ path: "test-results/screens/keyboard-connect.png" });
    await page.keyboard.press("Enter");
    await expect(connect).toBeHidden();
    await expect(map.relationDialog).toBeVisible();
    // A rebuttal answering the other side's claim: "rebuts" is suggested and has the focus.
    const suggested = map.relationDialog.locator("[data-suggested]");
    await expect(suggested).toBeFocused();
    await expect(suggested).toContainText("rebuts");
    await page.keyboard.press("Enter");
    await expect(map.relationDialog).toBeHidden();
    await expect(rfNode(page, rebuttal)).toBeFocused();
    await expect(status).toHaveText(
      "Connected: “Influence is overstated” rebuts “Unconditioned training fuels extremism”",
    );
    await map.expectSaved();
    const edges = (await api.debate(debate.id)).edges;
    expect(edges).toHaveLength(2);
    expect(edges.find((e) => e.source === rebuttal && e.target === extremism)?.relation).toBe("rebuts");
  });

  await test.step("one undo removes the connection, redo brings it back", async () => {
    await page.keyboard.press("Control+z");
    await map.expectSaved();
    await expect.poll(async () => (await api.debate(debate.id)).edges.length).toBe(1);
    await page.keyboard.press("Control+Shift+z");
    await map.expectSaved();
    await expect.poll(async () => (await api.debate(debate.id)).edges.length).toBe(2);
  });

  await test.step("Enter edits, arrows navigate to what it answers", async () => {
    await expect(rfNode(page, rebuttal)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(map.inspectorTitle).toBeFocused();
    await page.keyboard.type("Influence is much overstated");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    await expect(rfNode(page, rebuttal)).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    const focused = page.locator(".react-flow__node:focus");
    await expect(focused).toHaveCount(1);
    expect([influence, extremism]).toContain(await focused.getAttribute("data-id"));
    await map.expectSaved();
    expect((await api.debate(debate.id)).nodes.find((n) => n.id === rebuttal)?.title).toBe(
      "Influence is much overstated",
    );
  });
});

test("K with nothing selected: choose where the connection starts, then its target, then the relation", async ({
  page,
  api,
  map,
  user: _user,
}) => {
  const debate = await api.createDebate({ resolution: "Resolved: the U.S. should condition military aid." });
  const claim = await api.createNode(debate.id, { side: "aff", title: "Conditioning aid improves governance" });
  const answer = await api.createNode(debate.id, { side: "neg", kind: "rebuttal", title: "Rahmon ignores conditions" });
  const ally = await api.createNode(debate.id, { side: "aff", title: "Aid buys leverage", position: { x: 0, y: 300 } });
  await map.open(debate.id, 3);
  const status = page.getByTestId("connect-status");
  const from = page.getByRole("dialog", { name: "Connect from…" });
  const to = page.getByRole("dialog", { name: "Connect to…" });
  await expect(page.locator(".react-flow__node.selected")).toHaveCount(0);

  await test.step("K opens Connect from… over every argument; Esc cancels it", async () => {
    await page.keyboard.press("k");
    await expect(from).toBeVisible();
    await expect(from.getByRole("combobox")).toBeFocused();
    await expect(from.getByRole("option")).toHaveCount(3);
    await page.keyboard.press("Escape");
    await expect(from).toBeHidden();
    await expect(status).toHaveText("Connection cancelled");
    expect((await api.debate(debate.id)).edges).toHaveLength(0);
  });

  await test.step("the source chosen by title becomes the selection; Esc on the target step gives it the keyboard", async () => {
    await page.keyboard.press("k");
    await page.keyboard.type("rahmon");
    await expect(from.getByRole("option")).toHaveCount(1);
    await page.keyboard.press("Enter");
    await expect(from).toBeHidden();
    await expect(to).toBeVisible();
    await expect(status).toHaveText("Connecting from “Rahmon ignores conditions”");
    await expect(to.getByRole("combobox")).toBeFocused();
    await expect(to.getByRole("option")).toHaveCount(2); // never the source itself
    await expect(to.getByRole("option", { name: /Rahmon/ })).toHaveCount(0);
    await expect(map.node(answer.id)).toHaveClass(/is-selected/);
    await page.keyboard.press("Escape");
    await expect(to).toBeHidden();
    await expect(rfNode(page, answer.id)).toBeFocused();
    await expect(status).toHaveText("Connection cancelled");
  });

  await test.step("from nothing selected all the way to a connection, by keyboard alone, one undo", async () => {
    await page.keyboard.press("Escape"); // clears the selection
    await expect(page.locator(".react-flow__node.selected")).toHaveCount(0);
    await page.keyboard.press("k");
    await expect(from).toBeVisible();
    await page.keyboard.type("rahm");
    await page.keyboard.press("Enter");
    await expect(to).toBeVisible();
    await page.keyboard.type("govern");
    await page.keyboard.press("Enter");
    await expect(map.relationDialog).toBeVisible();
    const suggested = map.relationDialog.locator("[data-suggested]");
    await expect(suggested).toBeFocused();
    await expect(suggested).toContainText("rebuts");
    await page.keyboard.press("Enter");
    await expect(map.relationDialog).toBeHidden();
    await expect(rfNode(page, answer.id)).toBeFocused();
    await expect(status).toHaveText(
      "Connected: “Rahmon ignores conditions” rebuts “Conditioning aid improves governance”",
    );
    await map.expectSaved();
    const edges = (await api.debate(debate.id)).edges;
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ source: answer.id, target: claim.id, relation: "rebuts" });
    await page.keyboard.press("Control+z");
    await map.expectSaved();
    await expect.poll(async () => (await api.debate(debate.id)).edges.length).toBe(0);
  });

  await test.step("between two arguments of one side, supports is suggested and a rebuttal is flagged", async () => {
    await page.keyboard.press("Escape");
    await expect(page.locator(".react-flow__node.selected")).toHaveCount(0);
    await page.keyboard.press("k");
    await page.keyboard.type("leverage");
    await page.keyboard.press("Enter");
    await expect(to).toBeVisible();
    await expect(status).toHaveText("Connecting from “Aid buys leverage”");
    await page.keyboard.type("govern");
    await page.keyboard.press("Enter");
    await expect(map.relationDialog.locator("[data-suggested]")).toContainText("supports");
    await expect(
      map.relationDialog.getByRole("button", { name: /^rebuts\b/ }).getByTestId("relation-warning"),
    ).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(map.relationDialog).toBeHidden();
    await expect(rfNode(page, ally.id)).toBeFocused();
    await expect(status).toHaveText("Connection cancelled");
    expect((await api.debate(debate.id)).edges).toHaveLength(0);
  });
});
