import { expectJson } from "../fixtures/api";
import type { NodeDto } from "@/lib/domain/schemas";
import { expect, test } from "../fixtures/test";

test("a stale edit opens the conflict dialog, and “Keep mine” saves my version", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  const debate = await api.createDebate();
  const node = await api.createNode(debate.id, { title: "Original wording" });
  await map.open(debate.id, 1);
  await map.select(node.id);
  await expect(map.inspectorTitle).toHaveValue("Original wording");

  await test.step("while I am typing, someone else changes the argument (it reaches my map live)", async () => {
    await map.inspectorTitle.fill("My wording");
    const res = await api.patchNode(node.id, { version: node.version, title: "Their wording" });
    const theirs = await expectJson<NodeDto>(res, 200);
    expect(theirs.version).toBe(node.version + 1);
    await expect(map.node(node.id).locator(".arg-title")).toHaveText("Their wording");
    // My draft is not overwritten by their change.
    await expect(map.inspectorTitle).toHaveValue("My wording");
  });

  await test.step("my edit is refused and both versions are shown", async () => {
    await map.inspectorTitle.press("Enter");
    await expect(map.conflict).toBeVisible();
    const dialog = page.getByRole("dialog", { name: "Someone else changed this argument" });
    await expect(dialog.getByRole("heading", { name: "Someone else changed this argument" })).toBeVisible();
    await expect(
      map.conflict.locator("section", { has: page.getByRole("heading", { name: "Your version" }) }),
    ).toContainText("My wording");
    await expect(
      map.conflict.locator("section", { has: page.getByRole("heading", { name: /Their version/ }) }),
    ).toContainText("Their wording");
    await page.screenshot({ path: "test-results/screens/conflict.png" });
  });

  await test.step("“Keep mine” writes my title over theirs", async () => {
    await map.conflict.getByRole("button", { name: "Keep mine" }).click();
    await expect(map.conflict).toBeHidden();
    await expect(map.node(node.id).locator(".arg-title")).toHaveText("My wording");
    await map.expectSaved();
    await expect.poll(async () => (await api.debate(debate.id)).nodes[0]?.title).toBe("My wording");
    await expect(map.inspectorTitle).toHaveValue("My wording");
    await expect(map.errorToast).toHaveCount(0);
  });
});

test("while the conflict dialog is open nothing is written, and “Keep theirs” keeps theirs", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  // Regression: the refused edit and the winning one share a version number, and the dialog's
  // focus blurs the title field; neither may write my draft over theirs before I choose.
  const debate = await api.createDebate();
  const node = await api.createNode(debate.id, { title: "Original wording" });
  await map.open(debate.id, 1);
  await map.select(node.id);
  await map.inspectorTitle.fill("My wording");
  await expectJson(await api.patchNode(node.id, { version: node.version, title: "Their wording" }), 200);
  await expect(map.node(node.id).locator(".arg-title")).toHaveText("Their wording");

  await map.inspectorTitle.press("Enter");
  await expect(map.conflict).toBeVisible();
  await map.expectSaved();
  expect((await api.debate(debate.id)).nodes[0]?.title, "written before I chose").toBe("Their wording");

  await map.conflict.getByRole("button", { name: "Keep theirs" }).click();
  await expect(map.conflict).toBeHidden();
  await expect(map.node(node.id).locator(".arg-title")).toHaveText("Their wording");
  await expect(map.inspectorTitle).toHaveValue("Their wording");
  await map.expectSaved();
  expect((await api.debate(debate.id)).nodes[0]?.title).toBe("Their wording");
  await page.reload();
  await expect(map.node(node.id).locator(".arg-title")).toHaveText("Their wording");
});
