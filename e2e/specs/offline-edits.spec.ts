import { expect, test } from "../fixtures/test";

const OPS = "**/api/debates/*/ops";

test("edits made while offline are kept through a reload and all arrive, in order, when the connection returns", async ({
  page,
  context,
  api,
  user: _user,
  map,
}) => {
  const debate = await api.createDebate();
  const first = await api.createNode(debate.id, { title: "First" });
  const second = await api.createNode(debate.id, { title: "Second", position: { x: 400, y: 0 } });
  await map.open(debate.id, 2);
  await map.expectSaved();
  const serverTitles = async () => (await api.debate(debate.id)).nodes.map((n) => n.title).sort();

  await test.step("the network drops; edits stay on the map, marked as not yet saved", async () => {
    await context.setOffline(true);
    await map.select(first.id);
    await map.setTitle("First, typed offline");
    await map.select(second.id);
    await map.setTitle("Second, typed offline");
    await map.setTitle("Second, typed offline twice");
    await expect(map.saveState).toHaveText("3 edits not yet saved (offline)");
    await expect(map.node(first.id).locator(".arg-title")).toHaveText("First, typed offline");
    await expect(map.errorToast).toHaveCount(0);
    // The API (outside the browser) still has neither edit.
    expect(await serverTitles()).toEqual(["First", "Second"]);
  });

  const dialogs: string[] = [];
  await test.step("the page is reloaded before they could be sent: the tab warns, the edits come back", async () => {
    // The pages load again, but the edits still cannot get through.
    await page.route(OPS, (route) => route.abort("internetdisconnected"));
    await context.setOffline(false);
    page.on("dialog", (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await page.reload();
    expect(dialogs).toContain("beforeunload");
    await expect(map.canvas).toBeVisible();
    await expect(map.saveState).toHaveText("3 edits not yet saved (offline)");
    await expect(map.node(first.id).locator(".arg-title")).toHaveText("First, typed offline");
    await expect(map.node(second.id).locator(".arg-title")).toHaveText("Second, typed offline twice");
    expect(await serverTitles()).toEqual(["First", "Second"]);
  });

  await test.step("the connection returns: every edit arrives and the map says so", async () => {
    const sent: string[] = [];
    await page.unroute(OPS);
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith("/ops")) sent.push(r.postData() ?? "");
    });
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await map.expectSaved();
    expect(await serverTitles()).toEqual(["First, typed offline", "Second, typed offline twice"]);
    // In the order they were made, each on the version it was made on.
    expect(
      sent.map((body) => (JSON.parse(body) as { ops: { patch: { title: string } }[] }).ops[0]!.patch.title),
    ).toEqual(["First, typed offline", "Second, typed offline", "Second, typed offline twice"]);
    const after = await api.debate(debate.id);
    expect(after.nodes.find((n) => n.id === second.id)!.version).toBe(second.version + 2);
    // Nothing is left behind in the browser: a reload finds everything saved.
    await page.reload();
    await expect(map.canvas).toBeVisible();
    await map.expectSaved();
  });
});

test("an edit made offline that clashes with a change made meanwhile opens the conflict dialog", async ({
  context,
  api,
  user: _user,
  map,
}) => {
  const debate = await api.createDebate();
  const node = await api.createNode(debate.id, { title: "Original" });
  await map.open(debate.id, 1);
  await context.setOffline(true);
  await map.select(node.id);
  await map.setTitle("Mine, offline");
  await expect(map.saveState).toHaveText("1 edit not yet saved (offline)");
  // Someone else edits the same argument through the API while this browser is offline.
  expect((await api.patchNode(node.id, { version: node.version, title: "Theirs, online" })).status()).toBe(200);
  await context.setOffline(false);
  await expect(map.conflict).toBeVisible();
  await expect(map.conflict).toContainText("Mine, offline");
  await expect(map.conflict).toContainText("Theirs, online");
  // Nothing was overwritten silently.
  expect((await api.debate(debate.id)).nodes[0]!.title).toBe("Theirs, online");
});
