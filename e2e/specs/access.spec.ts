import { DEMO_DEBATE_ID, expectJson } from "../fixtures/api";
import { expect, test } from "../fixtures/test";

test("anyone signed in can read the public demo debate but not change it", async ({ newPerson }) => {
  const guest = await newPerson("Reader");
  const { map, api } = guest;
  const debate = await api.debate(DEMO_DEBATE_ID);
  expect(debate.role).toBe("viewer");

  await map.open(DEMO_DEBATE_ID, debate.nodes.length);
  await expect(map.header.currentUser).toHaveText(guest.user.name);
  await expect(map.readonlyNote).toBeVisible();
  await expect(map.page.getByRole("button", { name: "+ Claim" })).toHaveCount(0);
  await expect(map.saveState).toHaveCount(0);
  // The panel tells a reader how to read, not how to edit.
  const legend = map.page.getByTestId("inspector");
  await expect(legend).toContainText("Select an argument to read it");
  await expect(legend).not.toContainText("add a claim");
  await expect(legend).not.toContainText("Drag from the dot");

  // A double click on an argument opens it in the panel, as Enter does, and does not zoom the map.
  const panel = map.page.getByTestId("inspector");
  await map.page.getByRole("button", { name: "Hide the panel" }).click();
  await expect(panel).toHaveCount(0);
  const area = (await map.canvas.boundingBox())!;
  const cards = map.canvas.locator(".react-flow__node");
  let card = cards.first();
  for (let i = 0; i < (await cards.count()); i++) {
    const box = await cards.nth(i).boundingBox();
    if (box && box.x > area.x && box.y > area.y && box.x + box.width < area.x + area.width / 2) {
      card = cards.nth(i);
      break;
    }
  }
  const zoom = await map.zoom();
  await card.locator(".arg-title").dblclick();
  await expect(panel).toBeVisible();
  await expect(panel).toContainText((await card.locator(".arg-title").textContent())!.trim());
  expect(await map.zoom()).toBe(zoom);
  // It reads as text, not as a form: no field borders, only the side the argument has.
  await expect(map.inspectorTitle).toHaveAttribute("readonly", "");
  await expect(map.inspectorTitle).toHaveCSS("border-top-color", "rgba(0, 0, 0, 0)");
  await expect(panel.locator(".segmented .seg:visible")).toHaveCount(1);

  // The server refuses the write too, whatever the UI shows.
  const node = debate.nodes[0]!;
  const res = await api.patchNode(node.id, { version: node.version, title: "Vandalised" });
  const body = await expectJson<{ error: { code: string } }>(res, 403);
  expect(body.error.code).toBe("forbidden");
  expect((await api.debate(DEMO_DEBATE_ID)).nodes.find((n) => n.id === node.id)?.title).toBe(node.title);
});

test("an owner makes a debate private, then shares it as viewer and as editor", async ({
  page,
  api,
  user: owner,
  map,
  newPerson,
}) => {
  const debate = await api.createDebate({ title: "Shared prep", visibility: "public" });
  await api.createNode(debate.id, { title: "Our first claim" });
  const guest = await newPerson("Teammate");
  const share = page.getByRole("dialog", { name: "Share this debate" });

  await test.step("the public debate is readable by the teammate", async () => {
    await guest.map.open(debate.id, 1);
    await expect(guest.map.readonlyNote).toBeVisible();
  });

  await test.step("the owner makes it private in the Share dialog", async () => {
    await map.open(debate.id, 1);
    await expect(map.visibility).toHaveText("public");
    await page.getByRole("button", { name: "Share" }).click();
    await expect(share).toBeVisible();
    const priv = share.getByRole("radio", { name: /^Private/ });
    await priv.click(); // controlled: it turns checked once the server has agreed
    await expect(priv).toBeChecked();
    await expect(map.visibility).toHaveText("private");
    await expect(share.getByRole("list", { name: "Members" })).toContainText(owner.email);
  });

  await test.step("the teammate now gets “You do not have access”", async () => {
    await guest.page.reload();
    await expect(guest.map.noAccess).toBeVisible();
    await expect(guest.map.canvas).toHaveCount(0);
  });

  await test.step("shared as viewer: the teammate can read it, read-only", async () => {
    const add = share.getByRole("form", { name: "Add a person" });
    await add.getByLabel("Email").fill(guest.user.email);
    await add.getByLabel("Role").selectOption("viewer");
    await add.getByRole("button", { name: "Add" }).click();
    const row = share.getByRole("listitem").filter({ hasText: guest.user.email });
    await expect(row.getByLabel(`Role of ${guest.user.name}`)).toHaveValue("viewer");
    // Ready for the next person: the e-mail cleared, the role kept.
    await expect(add.getByLabel("Email")).toHaveValue("");
    await expect(add.getByLabel("Role")).toHaveValue("viewer");

    await guest.page.reload();
    await expect(guest.map.nodes).toHaveCount(1);
    await expect(guest.map.readonlyNote).toBeVisible();
    await expect(guest.map.tool("+ Claim")).toHaveCount(0);
  });

  await test.step("made an editor in their row: the teammate can add a claim", async () => {
    const role = share
      .getByRole("listitem")
      .filter({ hasText: guest.user.email })
      .getByLabel(`Role of ${guest.user.name}`);
    await role.selectOption("editor");
    await expect(role).toHaveValue("editor");
    await expect
      .poll(async () => (await api.members(debate.id)).find((m) => m.email === guest.user.email)?.role)
      .toBe("editor");

    await guest.page.reload();
    await expect(guest.map.readonlyNote).toHaveCount(0);
    const id = await guest.map.add({ button: "+ Claim" });
    await guest.map.expectSaved();
    await expect.poll(async () => (await api.debate(debate.id)).nodes.map((n) => n.id)).toContain(id);
  });
});
