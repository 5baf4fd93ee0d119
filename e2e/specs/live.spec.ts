import type { Response } from "@playwright/test";
import { expect, test } from "../fixtures/test";

test("two people on one debate: each sees the other's changes live, presence shows both, and a clash on one claim is shown, not lost", async ({
  api,
  user: _owner,
  map,
  newPerson,
}) => {
  const debate = await api.createDebate({ title: "Live debate" });
  const claim = await api.createNode(debate.id, { kind: "claim", side: "aff", title: "Aid buys leverage" });
  const bob = await newPerson("Bob");
  await api.share(debate.id, bob.user.email, "editor");

  await test.step("the map's first view loads no zod: the live events' parser is loaded later", async () => {
    const scripts: Promise<string>[] = [];
    const onResponse = (r: Response) => {
      if (r.request().resourceType() === "script") scripts.push(r.text());
    };
    map.page.on("response", onResponse);
    await map.page.goto(`/debates/${debate.id}`, { waitUntil: "load" });
    map.page.off("response", onResponse);
    const bodies = await Promise.all(scripts);
    expect(bodies.length).toBeGreaterThan(3);
    expect(bodies.filter((b) => b.includes("_zod")).map((b) => b.slice(0, 160))).toEqual([]);
  });

  await map.open(debate.id, 1);
  await bob.map.open(debate.id, 1);

  await test.step("both are present and live", async () => {
    await expect(map.page.getByTestId("live-state")).toHaveAttribute("data-live", "live");
    await expect(map.page.getByTestId("presence-person")).toHaveCount(2);
    await expect(bob.page.getByTestId("presence-person")).toHaveCount(2);
  });

  await test.step("Bob adds a rebuttal; it appears on my map without a reload", async () => {
    await bob.map.select(claim.id);
    await bob.page.keyboard.press("r");
    await expect(bob.page.locator("[data-testid=arg-node]")).toHaveCount(2);
    await expect(map.page.locator("[data-testid=arg-node]")).toHaveCount(2);
    await expect(map.page.locator(".react-flow__edge")).toHaveCount(1);
  });

  await test.step("I move the claim; Bob sees it move", async () => {
    const before = await bob.map.node(claim.id).boundingBox();
    await map.dragNode(claim.id, 0, 160);
    await map.expectSaved();
    await expect.poll(async () => (await bob.map.node(claim.id).boundingBox())!.y).toBeGreaterThan(before!.y + 60);
  });

  await test.step("we both retitle the claim at once: the second save gets the conflict with both versions", async () => {
    await map.select(claim.id);
    await bob.map.select(claim.id);
    await map.inspectorTitle.fill("Mine: aid buys leverage");
    await bob.map.inspectorTitle.fill("Bob's: aid is leverage");
    await bob.map.inspectorTitle.press("Enter");
    await bob.map.expectSaved();
    await expect(map.node(claim.id).locator(".arg-title")).toHaveText("Bob's: aid is leverage");
    await map.inspectorTitle.press("Enter");
    await expect(map.conflict).toBeVisible();
    await expect(map.conflict).toContainText("Mine: aid buys leverage");
    await expect(map.conflict).toContainText("Bob's: aid is leverage");
    await map.conflict.getByRole("button", { name: "Keep mine" }).click();
    await map.expectSaved();
    await expect(bob.map.node(claim.id).locator(".arg-title")).toHaveText("Mine: aid buys leverage");
  });

  await bob.context.close();
});
