// Issue 12 item 15: a reader copies a public debate into a private debate of their own.
import { DEMO_DEBATE_ID, DEMO_EDGE_COUNT, DEMO_NODE_COUNT } from "../fixtures/api";
import { expect, test } from "../fixtures/test";

test("a signed-in reader makes a copy of the public demo and lands on their own private copy", async ({
  page,
  api,
  map,
  user: _user,
}) => {
  test.setTimeout(120_000);
  await map.open(DEMO_DEBATE_ID, DEMO_NODE_COUNT);
  await expect(map.readonlyNote).toBeVisible();
  await page.getByTestId("copy-debate").click();
  await page.waitForURL((url) => /\/debates\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(DEMO_DEBATE_ID), {
    timeout: 60_000,
  });
  await expect(page.getByTestId("debate-title")).toHaveText("U.S. Security Assistance to Tajikistan (copy)");
  await expect(page.getByTestId("visibility")).toHaveText("private");
  await expect(map.nodes).toHaveCount(DEMO_NODE_COUNT);
  await expect(map.readonlyNote).toBeHidden();
  await expect(map.tool("+ Claim")).toBeVisible();
  // The owner sees no "Make a copy" of their own debate.
  await expect(page.getByTestId("copy-debate")).toHaveCount(0);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const copy = await api.debate(id);
  expect(copy.nodes).toHaveLength(DEMO_NODE_COUNT);
  expect(copy.edges).toHaveLength(DEMO_EDGE_COUNT);
});

test("a signed-out reader of the demo is not offered a copy", async ({ page, map }) => {
  await map.open(DEMO_DEBATE_ID);
  await expect(map.canvas).toBeVisible();
  await expect(page.getByTestId("copy-debate")).toHaveCount(0);
});

test("every view of a debate has the same header: Make a copy for a reader, Seminar… for its owner", async ({
  page,
  api,
  user: _user,
}) => {
  const own = await api.createDebate({ title: "Header in every view" });
  await api.createNode(own.id, { title: "One claim" });
  for (const view of ["", "/flow", "/outline", "/focus"]) {
    await page.goto(`/debates/${DEMO_DEBATE_ID}${view}`);
    await expect(page.getByTestId("debate-title"), view).toBeVisible();
    await expect(page.getByTestId("copy-debate"), view).toBeVisible();
    await expect(page.getByRole("button", { name: "Seminar…" }), view).toHaveCount(0);
    await page.goto(`/debates/${own.id}${view}`);
    await expect(page.getByRole("button", { name: "Seminar…" }), view).toBeVisible();
    await expect(page.getByTestId("copy-debate"), view).toHaveCount(0);
  }
});
