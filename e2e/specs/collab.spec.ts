import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { Comments, expireLink, History, ShareDialog } from "../fixtures/collab";

const SCREENS = "test-results/screens";

/** Take focus out of any field, so a shortcut key reaches the map. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

test("comments: one person starts a thread, the other sees the badge and the thread live, replies, and the first resolves it", async ({
  page,
  api,
  user: _owner,
  map,
  newPerson,
}) => {
  const debate = await api.createDebate({ title: "Comment prep" });
  const claim = await api.createNode(debate.id, {
    kind: "claim",
    side: "aff",
    title: "Aid buys leverage over Dushanbe",
    position: { x: 0, y: 0 },
  });
  const other = await api.createNode(debate.id, {
    kind: "claim",
    side: "neg",
    title: "Leverage is a myth",
    position: { x: 0, y: 220 },
  });
  const bob = await newPerson("Bob");
  await api.share(debate.id, bob.user.email, "commenter");
  const mine = new Comments(page);
  const his = new Comments(bob.page);
  await map.open(debate.id, 2);
  await bob.map.open(debate.id, 2);
  await expect(bob.page.getByTestId("live-state")).toHaveAttribute("data-live", "live");
  // The map is read-only to him, and says what he can do.
  await expect(bob.map.readonlyNote).toHaveText("Read-only — you can comment on its arguments but not change them.");

  await test.step("I comment on the claim: its badge counts 1", async () => {
    await map.select(claim.id);
    await expect(mine.section.getByText("No comments yet.")).toBeVisible();
    await mine.add("Where is the card for this? Khalimov was trained by State.");
    await expect(map.node(claim.id).getByTestId("comment-badge")).toHaveText("1");
    await expect(map.node(other.id).getByTestId("comment-badge")).toHaveCount(0);
  });

  await test.step("Bob sees the badge and the thread without reloading", async () => {
    await expect(bob.map.node(claim.id).getByTestId("comment-badge")).toHaveText("1");
    await bob.map.select(claim.id);
    await expect(his.thread("Where is the card for this?")).toBeVisible();
    // A commenter who did not start the thread cannot resolve it.
    await expect(his.thread("Where is the card for this?").getByRole("button", { name: "Resolve" })).toHaveCount(0);
  });

  await test.step("Bob replies; I see the reply and the count live", async () => {
    await his.reply(his.thread("Where is the card for this?"), "Card 3 in the 1AC: the 2015 DoS report.");
    await expect(mine.thread("Where is the card for this?")).toContainText("Card 3 in the 1AC");
    await expect(map.node(claim.id).getByTestId("comment-badge")).toHaveText("2");
    await expect(bob.map.node(claim.id).getByTestId("comment-badge")).toHaveText("2");
  });

  await test.step("Bob edits his reply; I see the new words", async () => {
    const id = await his
      .thread("Where is the card for this?")
      .getByTestId("comment")
      .filter({ hasText: "Card 3" })
      .getAttribute("data-comment-id");
    const reply = his.section.locator(`[data-comment-id="${id}"]`);
    await reply.getByRole("button", { name: "Edit" }).click();
    await reply
      .getByRole("textbox", { name: "Edit your comment" })
      .fill("Card 3 in the 1AC: the 2015 State Department report.");
    await reply.getByRole("button", { name: "Save" }).click();
    await expect(mine.thread("Where is the card for this?")).toContainText("State Department report");
    await expect(map.node(claim.id).getByTestId("comment-badge")).toHaveText("2");
    await mine.section.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SCREENS}/comments.png` });
  });

  await test.step("I resolve the thread: it collapses and the badges go, for both of us", async () => {
    await mine.thread("Where is the card for this?").getByRole("button", { name: "Resolve" }).click();
    await expect(mine.threads.first()).toHaveAttribute("data-resolved", "true");
    await expect(mine.threads.first().getByRole("button", { name: /Resolved/ })).toBeVisible();
    await expect(map.node(claim.id).getByTestId("comment-badge")).toHaveCount(0);
    await expect(bob.map.node(claim.id).getByTestId("comment-badge")).toHaveCount(0);
    await expect(his.threads.first()).toHaveAttribute("data-resolved", "true");
  });

  await test.step("the resolved thread opens again, and reopening brings the badge back", async () => {
    await mine.threads
      .first()
      .getByRole("button", { name: /Resolved/ })
      .click();
    await expect(mine.threads.first()).toContainText("State Department report");
    await mine.threads.first().getByRole("button", { name: "Reopen" }).click();
    await expect(bob.map.node(claim.id).getByTestId("comment-badge")).toHaveText("2");
  });

  await test.step("a viewer reads the thread and the history, and can write or restore nothing", async () => {
    const carol = await newPerson("Carol");
    await api.share(debate.id, carol.user.email, "viewer");
    const hers = new Comments(carol.page);
    await carol.map.open(debate.id, 2);
    await expect(carol.map.node(claim.id).getByTestId("comment-badge")).toHaveText("2");
    await carol.map.select(claim.id);
    await expect(hers.thread("Where is the card for this?")).toContainText("State Department report");
    await expect(hers.newComment).toHaveCount(0);
    await expect(hers.section).toContainText("Writing one needs commenter access");
    await expect(hers.section.getByRole("button", { name: /Reply|Resolve|Edit|Delete/ })).toHaveCount(0);
    const history = new History(carol.page);
    await carol.map.tool("History").click();
    await expect(history.panel).toContainText("restoring needs editor access");
    await history.expand(history.entries.first());
    await expect(history.panel.getByRole("button", { name: /^Restore/ })).toHaveCount(0);
  });

  await test.step("the server holds the thread as shown", async () => {
    const comments = await api.comments(debate.id);
    expect(comments).toHaveLength(2);
    expect(comments.find((c) => !c.parentId)?.resolved).toBe(false);
  });
});

test("history: every change is listed; a deleted argument and then the whole debate are restored, as new changes", async ({
  page,
  api,
  user,
  map,
}) => {
  const debate = await api.createDebate({ title: "History prep" });
  const keep = await api.createNode(debate.id, {
    kind: "claim",
    side: "aff",
    title: "Original claim",
    position: { x: 0, y: 0 },
  });
  const doomed = await api.createNode(debate.id, {
    kind: "rebuttal",
    side: "neg",
    title: "Doomed rebuttal",
    position: { x: 360, y: 0 },
  });
  await api.createEdge(debate.id, { source: doomed.id, target: keep.id, relation: "rebuts" });
  const history = new History(page);
  await map.open(debate.id, 2);

  await test.step("edit the claim twice and delete the rebuttal", async () => {
    await map.select(keep.id);
    await map.setTitle("Claim, first edit");
    await map.expectSaved();
    await map.setTitle("Claim, second edit");
    await map.expectSaved();
    await map.select(doomed.id);
    await map.inspector.getByRole("button", { name: "Delete argument" }).click();
    await expect(map.nodes).toHaveCount(1);
    await expect(map.edges).toHaveCount(0);
    await map.expectSaved();
  });

  await test.step("H opens the timeline: who did what, newest first", async () => {
    await page.keyboard.press("Escape");
    await blur(page);
    await page.keyboard.press("h");
    await expect(history.panel).toBeVisible();
    await expect(map.tool("History")).toHaveAttribute("aria-pressed", "true");
    await expect(history.entries.first()).toContainText(`${user.name} deleted argument “Doomed rebuttal”`);
    await expect(history.entries.first()).toContainText("just now");
    await expect(history.entry("changed argument “Claim, second edit”")).toHaveCount(1);
    await expect(history.entry("changed argument “Claim, first edit”")).toHaveCount(1);
    await expect(history.entry("added argument “Original claim”")).toHaveCount(1);
  });

  await test.step("an entry opens to its before and after", async () => {
    const edit = history.entry("changed argument “Claim, second edit”");
    await history.expand(edit);
    await expect(edit.getByTestId("change-lines")).toContainText("Title");
    await expect(edit.locator("del")).toHaveText("Claim, first edit");
    await expect(edit.locator("ins")).toHaveText("Claim, second edit");
  });

  const countBefore = await history.entries.count();
  await test.step("restore the deleted rebuttal: it comes back with its connection", async () => {
    const deletion = history.entry("deleted argument “Doomed rebuttal”");
    await history.expand(deletion);
    await deletion.getByRole("button", { name: "Restore this argument", exact: true }).click();
    await expect(history.notice).toContainText("The argument is restored");
    await expect(map.nodes).toHaveCount(2);
    await expect(map.edges).toHaveCount(1);
    await expect(map.node(doomed.id)).toContainText("Doomed rebuttal");
    // The restore is itself new changes at the top of the timeline.
    await expect(history.entries).toHaveCount(countBefore + 2);
    await expect(history.entries.nth(0)).toContainText("added connection");
    await expect(history.entries.nth(1)).toContainText("added argument “Doomed rebuttal”");
  });

  await test.step("restore the whole debate to just after the setup: the titles come back", async () => {
    const setup = history.entry("added connection").last();
    await history.expand(setup);
    await setup.getByRole("button", { name: "Restore the whole debate to here…" }).click();
    await expect(setup.getByRole("group", { name: "Restore the whole debate" })).toContainText("Nothing is lost");
    await setup.getByRole("button", { name: "Yes, restore the debate" }).click();
    await expect(history.notice).toContainText("The debate is restored");
    await expect(map.node(keep.id).locator(".arg-title")).toHaveText("Original claim");
    await expect(map.nodes).toHaveCount(2);
    await expect(map.edges).toHaveCount(1);
    await expect(history.entries.first()).toContainText("changed");
    await expect(history.entry("changed argument “Original claim”")).toHaveCount(1);
    expect((await api.debate(debate.id)).nodes.find((n) => n.id === keep.id)?.title).toBe("Original claim");
  });

  await test.step("this argument only: the claim's own changes", async () => {
    await map.select(keep.id);
    await history.panel.getByRole("checkbox", { name: "This argument only" }).check();
    await expect(history.entries).toHaveCount(4); // added, two edits, the restore
    await expect(history.entries.first()).toContainText("changed argument “Original claim”");
    const edit = history.entry("changed argument “Claim, first edit”");
    await history.expand(edit);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SCREENS}/history.png` });
    await history.panel.getByRole("checkbox", { name: "This argument only" }).uncheck();
    await expect.poll(() => history.entries.count()).toBeGreaterThan(4);
  });

  await test.step("H closes it again", async () => {
    await blur(page);
    await page.keyboard.press("h");
    await expect(history.panel).toHaveCount(0);
  });
});

test("share links: an editor link lets a second person in to edit; revoking it ends that at once; dead links say so", async ({
  page,
  api,
  user: _owner,
  map,
  newPerson,
}) => {
  const debate = await api.createDebate({ title: "Link prep", visibility: "private" });
  const claim = await api.createNode(debate.id, { kind: "claim", side: "aff", title: "Aid buys leverage" });
  const bob = await newPerson("Bob");
  const share = new ShareDialog(page);
  await map.open(debate.id, 1);

  let url = "";
  await test.step("the owner creates a viewer link and an editor link; each address shows once", async () => {
    await share.open();
    await expect(share.dialog.getByText("No links yet.")).toBeVisible();
    await share.createLink("Can view", "1 day");
    await expect(share.links.first()).toContainText("Can view");
    await expect(share.links.first()).toContainText("Expires in 24 h");
    url = await share.createLink("Can edit", "30 days");
    expect(url).toMatch(/\/join\/[A-Za-z0-9_-]{32,}$/);
    await expect(share.newLink).toContainText("will not be shown again");
    await expect(share.links.first()).toContainText("Can edit");
    await expect(share.links.first()).toContainText("Expires in 30 days");
    await expect(share.links.first()).toContainText("0 people joined");
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SCREENS}/share-links.png` });
    await share.close();
  });

  await test.step("Bob opens the link, sees what it grants, joins with the button and can edit", async () => {
    await bob.page.goto(new URL(url).pathname);
    const offer = bob.page.getByTestId("join");
    await expect(offer.getByRole("heading", { name: "You have been invited to “Link prep”" })).toBeVisible();
    await expect(offer.getByTestId("join-grants")).toHaveText("This link lets you edit the debate.");
    await bob.page.screenshot({ path: `${SCREENS}/join-offer.png` });
    await offer.getByRole("button", { name: "Join the debate" }).click();
    await bob.page.waitForURL(`**/debates/${debate.id}`);
    await expect(bob.map.nodes).toHaveCount(1);
    await expect(bob.map.readonlyNote).toHaveCount(0);
    await bob.map.select(claim.id);
    await bob.map.setTitle("Aid buys leverage (Bob)");
    await bob.map.expectSaved();
    await expect(map.node(claim.id).locator(".arg-title")).toHaveText("Aid buys leverage (Bob)");
  });

  await test.step("the owner sees one person joined, and revokes the link", async () => {
    await share.open();
    const row = share.links.filter({ hasText: "Can edit" });
    await expect(row).toContainText("1 person joined");
    await row.getByRole("button", { name: "Revoke" }).click();
    await expect(row.getByRole("group", { name: "Confirm revoke" })).toContainText("lose access");
    await row.getByRole("button", { name: "Revoke link" }).click();
    await expect(row).toHaveAttribute("data-state", "revoked");
    await expect(row).toContainText("Revoked");
    await share.close();
  });

  await test.step("Bob's next edit is refused and shown; after a reload he has no access", async () => {
    await bob.map.setTitle("Bob again");
    await expect(bob.map.errorToast).toContainText("you do not have access to this debate");
    await expect(bob.map.node(claim.id).locator(".arg-title")).toHaveText("Aid buys leverage (Bob)");
    await bob.page.reload();
    await expect(bob.map.noAccess).toBeVisible();
  });

  const refused = bob.page.getByTestId("join");
  await test.step("the revoked link, a garbage link and a mangled one say the link does not work", async () => {
    await bob.page.goto(new URL(url).pathname);
    await expect(refused.getByRole("heading", { name: "This link does not work" })).toBeVisible();
    await expect(refused.getByRole("alert")).toContainText("revoked");
    await bob.page.goto(`/join/${"x".repeat(40)}`);
    await expect(refused.getByRole("heading", { name: "This link does not work" })).toBeVisible();
    await expect(refused.getByRole("alert")).toContainText("does not exist");
    await bob.page.screenshot({ path: `${SCREENS}/join-refused.png` });
    await bob.page.goto("/join/not-a-link");
    await expect(refused.getByRole("alert")).toContainText("not a Clash share link");
  });

  await test.step("an expired link says so and grants nothing", async () => {
    const { link, url: expired } = await api.createLink(debate.id, "viewer", 1);
    await expireLink(link.id);
    await bob.page.goto(new URL(expired).pathname);
    await expect(refused.getByRole("heading", { name: "This link does not work" })).toBeVisible();
    await expect(refused.getByRole("alert")).toContainText("expired");
    await bob.page.goto(`/debates/${debate.id}`);
    await expect(bob.map.noAccess).toBeVisible();
  });
});

test("history pages back with “Load more” and takes in new changes live", async ({ page, api, user: _owner, map }) => {
  const debate = await api.createDebate({ title: "Long history" });
  const ops = Array.from({ length: 60 }, (_, i) => ({
    op: "createNode",
    node: { kind: "claim", side: "aff", title: `Claim ${i + 1}`, position: { x: 0, y: i * 90 } },
  }));
  expect((await api.ops(debate.id, ops)).ok()).toBe(true);
  const history = new History(page);
  await map.open(debate.id, 60);
  await map.tool("History").click();
  await expect(history.entries).toHaveCount(50);
  await history.panel.getByRole("button", { name: "Load more" }).click();
  await expect(history.entries).toHaveCount(61); // 60 arguments and the debate itself
  await expect(history.entries.last()).toContainText("added debate");
  await expect(history.panel.getByRole("button", { name: "Load more" })).toHaveCount(0);
  await api.createNode(debate.id, { title: "Added by someone else" });
  await expect(history.entries).toHaveCount(62);
  await expect(history.entries.first()).toContainText("added argument “Added by someone else”");
});
