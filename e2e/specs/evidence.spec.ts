import { readFileSync } from "node:fs";
import path from "node:path";
import { expectJson } from "../fixtures/api";
import { Reader, selectText } from "../fixtures/reader";
import { expect, test } from "../fixtures/test";

const SOURCE_FILE = path.join(process.cwd(), "prisma/seed-data/sources/002_42597468b928aec7.txt");
const SOURCE_TITLE = "A Misplaced Focus";
const SENTENCE = "For starters, most recipients of U.S. training do not join ISIS or other terrorist groups.";
const WORDS = "do not join";
const CLAIM = "U.S. training does not radicalise Tajik officers";

test("cut a card from an uploaded source, highlight it, and keep it anchored through a reload and a source edit", async ({
  page,
  api,
  user: _user,
  map,
  reader,
}) => {
  const debate = await api.createDebate({ title: "Training and extremism" });
  const claim = await api.createNode(debate.id, { kind: "claim", side: "neg", title: CLAIM, position: { x: 0, y: 0 } });
  let sourceId = "";
  let cardId = "";

  await test.step("upload the document through the Add source dialog", async () => {
    await map.open(debate.id, 1);
    await reader.open();
    await expect(reader.panel.getByText("No sources yet.")).toBeVisible();
    await reader.addSource.click();
    const dialog = reader.dialog("Add a source");
    await dialog.getByTestId("source-file").setInputFiles(SOURCE_FILE);
    await expect(dialog.getByTestId("source-file-name")).toContainText("002_42597468b928aec7.txt");
    await expect(dialog.getByLabel("Title")).toHaveValue("002 42597468b928aec7"); // pre-filled from the file name
    await expect(dialog.getByLabel("Text", { exact: true })).toHaveValue(/For starters, most recipients/);
    await dialog.getByLabel("Title").fill(SOURCE_TITLE);
    await dialog.getByLabel("Date").fill("2015");
    await dialog.getByLabel("Qualifications").fill("blog post; the author is not named");
    await dialog.getByLabel("URL").fill("https://example.org/misplaced-focus");
    await dialog.getByRole("button", { name: "Add source" }).click();
    await expect(dialog).toBeHidden();
    await expect(reader.title).toHaveText(SOURCE_TITLE);
    await expect(reader.text).toContainText(SENTENCE);
    await expect(reader.panel.getByTestId("reader-cards")).toContainText("No cards yet");
    sourceId = (await api.debate(debate.id)).sources[0]!.id;
  });

  await test.step("select the sentence and cut it as a card supporting the neg claim", async () => {
    await reader.cutCard(SENTENCE, { tag: "Most U.S.-trained officers never join ISIS", target: `Claim · ${CLAIM}` });
    await expect(map.nodes).toHaveCount(2);
    cardId = await map.selectedNodeId();
    await expect(map.node(cardId)).toHaveAttribute("data-kind", "evidence");
    // The keyboard is on the new card (not back at the page's top).
    await expect(page.locator(`.react-flow__node[data-id="${cardId}"]`)).toBeFocused();
    await expect(map.node(cardId)).toContainText("Most U.S.-trained officers never join ISIS");
    await expect(map.node(cardId).locator(".arg-cite")).toContainText("A Misplaced Focus 15");
    await expect(map.edges).toHaveCount(1);
    await expect(map.canvas.locator(".react-flow__edge.rel-supports")).toHaveCount(1);
    // The reader highlights exactly the sentence, and lists the card.
    await expect.poll(() => reader.highlightedText(cardId)).toBe(SENTENCE);
    await expect(reader.cards).toHaveCount(1);
    const saved = (await api.debate(debate.id)).nodes.find((n) => n.id === cardId)!;
    expect(saved.evidence).toMatchObject({ sourceId, quote: SENTENCE, status: "exact" });
    expect(saved.evidence!.cite).toBe(
      'A Misplaced Focus 15 — blog post; the author is not named; "A Misplaced Focus," 2015, https://example.org/misplaced-focus',
    );
  });

  await test.step("highlight three words in the inspector", async () => {
    await selectText(map.inspector.getByTestId("card-quote"), WORDS);
    await map.inspector.getByTestId("highlight-button").click();
    await expect(map.inspector.getByTestId("quote-mark")).toHaveText([WORDS]);
    await expect(map.node(cardId).locator("mark")).toHaveText([WORDS]);
    await map.expectSaved();
  });

  await test.step("“Only highlighted” collapses the card to its highlighted words, in the inspector and on the map", async () => {
    await map.inspector.getByTestId("only-highlighted-toggle").check();
    await expect(map.inspector.getByTestId("only-highlighted")).toHaveText(WORDS);
    await expect(map.node(cardId).getByTestId("only-highlighted")).toHaveText(WORDS);
    await map.inspector.getByTestId("only-highlighted-toggle").uncheck();
    await expect(map.inspector.getByTestId("card-quote")).toHaveText(SENTENCE);
  });

  await test.step("the claim lists the card as evidence for it", async () => {
    await map.select(claim.id);
    const evidence = map.inspector.getByTestId("claim-evidence");
    await expect(evidence.getByTestId("evidence-row")).toHaveCount(1);
    await expect(evidence.getByTestId("evidence-row")).toContainText("Most U.S.-trained officers never join ISIS");
    await expect(evidence.locator(".evidence-group").first()).toContainText("For");
  });

  await test.step("after a reload the card and its highlights are still there", async () => {
    await page.reload();
    await expect(map.nodes).toHaveCount(2);
    await expect(map.node(cardId).locator("mark")).toHaveText([WORDS]);
    await map.select(cardId);
    await expect(map.inspector.getByTestId("quote-mark")).toHaveText([WORDS]);
    await map.inspector.getByTestId("show-in-source").click();
    await expect(reader.title).toHaveText(SOURCE_TITLE);
    await expect.poll(() => reader.highlightedText(cardId)).toBe(SENTENCE);
  });

  await test.step("edit the source to add a paragraph at the top: the card moves with its sentence", async () => {
    const note = "Editor’s note: this post first appeared in June 2015, days after Khalimov’s video.";
    await reader.editSource.click();
    const dialog = reader.dialog("Edit source");
    const text = dialog.getByLabel("Text", { exact: true });
    await text.fill(`${note}\n\n${await text.inputValue()}`);
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toBeHidden();
    await expect(reader.report).toHaveText(/1 card moved/);
    await expect(reader.text).toContainText(note);
    await expect.poll(() => reader.highlightedText(cardId)).toBe(SENTENCE);
    await expect(reader.cards.first().getByTestId("anchor-status")).toHaveText("moved");
    await expect(map.inspector.getByTestId("card-view").getByTestId("anchor-status")).toHaveText("moved");
    await expect(map.inspector.getByTestId("quote-mark")).toHaveText([WORDS]);
    const source = await api.source(sourceId);
    const saved = (await api.debate(debate.id)).nodes.find((n) => n.id === cardId)!;
    expect(saved.evidence!.status).toBe("moved");
    expect(source.text.slice(saved.evidence!.start, saved.evidence!.end)).toBe(SENTENCE);
  });

  await test.step("screenshot the reader with an overlapping second card", async () => {
    const source = await api.source(sourceId);
    const overlap = "In fact, I’d go so far as to suggest that using an exception to a rule";
    await api.cutCard(source, `do not join ISIS or other terrorist groups. ${overlap}`, {
      tag: "Blaming U.S. training is a dishonest framing",
      targetId: claim.id,
      relation: "supports",
    });
    await page.reload();
    await expect(map.nodes).toHaveCount(3);
    await map.tool("Auto-layout").click(); // the server places a new card below its siblings; tidy up
    await map.expectSaved();
    await map.select(cardId);
    await map.inspector.getByTestId("show-in-source").click();
    await expect(reader.cards).toHaveCount(2);
    // The overlap, in one piece or in runs where the first card's highlight cuts it.
    await expect
      .poll(async () => (await reader.text.locator(".hl.depth-2").allTextContents()).join(""))
      .toBe("do not join ISIS or other terrorist groups.");
    await page.waitForTimeout(300); // the reader centres the selected card on the narrower canvas
    for (let i = 0; i < 3; i++) await map.canvas.locator(".react-flow__controls-zoomout").click();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(2200); // let the flash fade
    await page.screenshot({ path: "test-results/screens/reader.png" });
  });
});

test("the library refuses a file over 2 MB and a non-web URL; an edit orphans a card; deleting a quoted source names its cards", async ({
  page: _page,
  api,
  user: _user,
  map,
  reader,
}) => {
  const debate = await api.createDebate();
  const claim = await api.createNode(debate.id, { kind: "claim", side: "aff", title: "Aid buys influence" });
  await map.open(debate.id, 1);
  await reader.open();
  await reader.addSource.click();
  const dialog = reader.dialog("Add a source");

  await test.step("a file over 2 MB is refused before anything is sent", async () => {
    let posted = false;
    map.page.on("request", (r) => {
      if (r.method() === "POST" && r.url().includes("/sources")) posted = true;
    });
    await dialog
      .getByTestId("source-file")
      .setInputFiles({ name: "huge-report.txt", mimeType: "text/plain", buffer: Buffer.alloc(2_200_000, "a") });
    await expect(dialog.getByTestId("file-error")).toHaveText(
      "“huge-report.txt” is 2.1 MB; the limit is 2 MB. Split the document, or paste only the part you need.",
    );
    await expect(dialog.getByLabel("Text", { exact: true })).toHaveValue("");
    expect(posted).toBe(false);
  });

  await test.step("a .md file dropped on the dialog is read in the browser, and names the source", async () => {
    const dt = await map.page.evaluateHandle(() => {
      const d = new DataTransfer();
      d.items.add(
        new File(["# Notes\n\nDropped text about aid."], "dropped_field-notes.md", { type: "text/markdown" }),
      );
      return d;
    });
    await dialog.locator("form").dispatchEvent("drop", { dataTransfer: dt });
    await expect(dialog.getByLabel("Title")).toHaveValue("dropped field notes");
    await expect(dialog.getByLabel("Text", { exact: true })).toHaveValue("# Notes\n\nDropped text about aid.");
    await expect(dialog.getByTestId("file-error")).toHaveCount(0);
  });

  await test.step("a javascript: URL is refused with a clear message", async () => {
    await dialog.getByLabel("Title").fill("Pasted notes");
    await dialog.getByLabel("URL").fill("javascript:alert(1)");
    await expect(dialog.getByTestId("url-error")).toHaveText("Use a web address that starts with http:// or https://.");
    await dialog
      .getByLabel("Text", { exact: true })
      .fill("Security aid buys influence with the regime. It also buys complicity.");
    await dialog.getByRole("button", { name: "Add source" }).click();
    await expect(dialog).toBeVisible();
    // An address typed as people do, without its scheme, is a web address (https assumed).
    await dialog.getByLabel("URL").fill("www.example.org/field-notes");
    await expect(dialog.getByTestId("url-error")).toHaveCount(0);
    await dialog.getByRole("button", { name: "Add source" }).click();
    await expect(dialog).toBeHidden();
    await expect(reader.title).toHaveText("Pasted notes");
    const saved = (await api.debate(debate.id)).sources.find((x) => x.title === "Pasted notes")!;
    expect(saved.url).toBe("https://www.example.org/field-notes");
  });

  await test.step("deleting a source that a card quotes says which card, and deletes both on request", async () => {
    const source = (await api.debate(debate.id)).sources[0]!;
    const { node } = await api.cutCard(await api.source(source.id), "It also buys complicity.", {
      tag: "Aid buys complicity",
      targetId: claim.id,
      relation: "supports",
    });
    await map.page.reload();
    await expect(map.nodes).toHaveCount(2);
    await reader.open();
    await expect(reader.sources.getByTestId("source-card-count")).toHaveText("1 card");
    await reader.openSource("Pasted notes");

    // First an edit that removes the card's sentence: the card is orphaned, and says so.
    await reader.editSource.click();
    const edit = reader.dialog("Edit source");
    await edit.getByLabel("Text", { exact: true }).fill("Security aid buys influence with the regime. Nothing more.");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(reader.report).toHaveText("Saved. 1 card orphaned.");
    await expect(map.node(node.id).getByTestId("orphan-badge")).toHaveText("orphaned");
    await expect(reader.cards.getByTestId("anchor-note")).toContainText(
      "Could not find this passage in the edited text",
    );
    await expect(reader.cards.getByTestId("anchor-note")).toContainText("It also buys complicity.");
    await expect(reader.text.locator(".hl")).toHaveCount(0);

    await reader.panel.getByTestId("delete-source-button").click();
    const confirm = reader.dialog("Delete source");
    await confirm.getByRole("button", { name: "Delete source" }).click();
    await expect(confirm).toContainText("1 card quotes this source");
    await expect(confirm.getByRole("listitem")).toHaveText(["Aid buys complicity"]);
    await confirm.getByRole("button", { name: "Delete the source and its card" }).click();
    await expect(confirm).toBeHidden();
    await expect(map.node(node.id)).toHaveCount(0);
    await expect(reader.panel.getByText("No sources yet.")).toBeVisible();
    expect((await api.debate(debate.id)).sources).toEqual([]);
  });
});

test("a viewer reads sources and searches, but cannot cut, add or edit", async ({ api, user: _owner, newPerson }) => {
  const debate = await api.createDebate({ title: "Viewer's evidence" });
  const claim = await api.createNode(debate.id, { kind: "claim", side: "neg", title: "Training is not the cause" });
  const source = await api.createSource(debate.id, {
    title: "Field notes",
    text: "Recipients of training rarely defect.\n\nMigrant labour in Russia is the main driver of recruitment.",
  });
  const { node: card } = await api.cutCard(source, "Migrant labour in Russia is the main driver of recruitment.", {
    tag: "Recruitment happens in Russia",
    targetId: claim.id,
    relation: "supports",
  });
  const viewer = await newPerson("Viewer");
  await api.share(debate.id, viewer.user.email, "viewer");
  const { map, page } = viewer;
  const reader = new Reader(page);

  await map.open(debate.id, 2);
  await expect(map.readonlyNote).toBeVisible();
  await page.keyboard.press("s");
  await expect(reader.panel).toBeVisible();
  await expect(reader.addSource).toHaveCount(0);
  await reader.openSource("Field notes");
  await expect(reader.editSource).toHaveCount(0);
  await expect
    .poll(() => reader.highlightedText(card.id))
    .toBe("Migrant labour in Russia is the main driver of recruitment.");

  await selectText(reader.text, "Recipients of training rarely defect.");
  await page.waitForTimeout(300);
  await expect(reader.cutButton).toHaveCount(0);

  // Clicking a highlighted passage selects its card on the map.
  await reader.highlight(card.id).first().click();
  await expect(map.node(card.id)).toHaveClass(/is-selected/);
  // Its words in the source are marked as the selected card's, not only by its coloured line.
  await expect(reader.highlight(card.id).first()).toHaveCSS("border-top-style", "solid");
  await expect(map.inspector.getByTestId("highlight-button")).toHaveCount(0);

  await reader.panel.getByRole("tab", { name: "Search" }).click();
  await reader.search.fill("recruitment");
  await expect(reader.hit("argument")).toHaveCount(1);
  await expect(reader.hit("argument").locator("mark").first()).toHaveText(/recruitment/i);
  await expect(reader.hit("source")).toHaveCount(1);
  await reader.hit("argument").click();
  await expect(map.node(claim.id)).not.toHaveClass(/is-selected/);
  await expect(map.node(card.id)).toHaveClass(/is-selected/);
  await reader.search.fill("zzzqqq");
  await expect(reader.panel.getByTestId("search-empty")).toHaveText("Nothing matches “zzzqqq”.");
  await reader.search.fill("defect");
  await reader.hit("source").click();
  await expect(reader.title).toHaveText("Field notes");
  const res = await viewer.api.request.post(`/api/sources/${source.id}/cards`, {
    data: { start: 0, end: 10, quote: "Recipients", tag: "x", targetId: claim.id, relation: "supports" },
  });
  expect((await expectJson<{ error: { code: string } }>(res, 403)).error.code).toBe("forbidden");
});

test("+ Evidence first, words after: a card with no quote says how to get one, and the cut fills it where it stands", async ({
  page,
  api,
  user: _user,
  map,
  reader,
}) => {
  const debate = await api.createDebate({ title: "Tag first" });
  const claim = await api.createNode(debate.id, { kind: "claim", side: "neg", title: CLAIM, position: { x: 0, y: 0 } });
  const text = `Some context first. ${SENTENCE} More after it.`;
  await api.createSource(debate.id, { title: SOURCE_TITLE, text, author: "Noah Tucker", date: "2015" });
  await map.open(debate.id, 1);
  await map.select(claim.id);
  const id = await map.add({ button: "+ Evidence" });
  await page.keyboard.press("Escape");

  // The inspector says the card has no words yet and opens the sources.
  const panel = map.inspector.getByTestId("card-to-cut");
  await expect(panel).toContainText("No quote yet");
  await panel.getByRole("button", { name: "Open the sources" }).click();
  await reader.openSource(SOURCE_TITLE);
  await expect(map.node(id)).toHaveClass(/is-selected/);

  // The cut offers to fill the selected card, and does: no second card, its connection kept.
  await selectText(reader.text, SENTENCE);
  await reader.cutButton.click();
  const dialog = reader.dialog("Cut a card");
  await expect(dialog.getByRole("radio", { name: /the selected card/ })).toBeChecked();
  await expect(dialog.getByTestId("cut-target")).toHaveCount(0);
  await dialog.getByLabel("Tag").fill("Most trainees never join ISIS");
  await page.screenshot({ path: "test-results/screens/cut-into-placeholder.png" });
  await dialog.getByRole("button", { name: "Cut card" }).click();
  await expect(dialog).toBeHidden();
  await map.expectSaved();
  const after = await api.debate(debate.id);
  expect(after.nodes).toHaveLength(2);
  const card = after.nodes.find((n) => n.id === id)!;
  expect(card.title).toBe("Most trainees never join ISIS");
  expect(card.evidence?.quote).toBe(SENTENCE);
  expect(card.evidence?.status).toBe("exact");
  expect(card.evidence?.cite).toContain("Tucker");
  expect(after.edges.filter((e) => e.source === id).map((e) => e.target)).toEqual([claim.id]);
  await expect(map.inspector.getByTestId("card-to-cut")).toHaveCount(0);
  await expect(map.node(id)).toContainText("Tucker 15");

  // One undo takes the words back out; the card stays where it was.
  await page.keyboard.press("Control+z");
  await map.expectSaved();
  expect((await api.debate(debate.id)).nodes.find((n) => n.id === id)?.evidence).toBeNull();
});

test("a long source goes up and comes back packed (Next.js does not compress API answers) and reads whole", async ({
  page,
  api,
  user: _user,
  map,
  reader,
}) => {
  const file = path.join(process.cwd(), "prisma/seed-data/sources/003_ab7450e4c6b4c499.txt");
  const text = readFileSync(file, "utf8");
  const debate = await api.createDebate({ title: "A long source" });
  const sent: (string | undefined)[] = [];
  const received: (string | undefined)[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === `/api/debates/${debate.id}/sources`)
      sent.push(r.headers()["x-clash-packed"]);
  });
  page.on("response", (r) => {
    if (/^\/api\/sources\/[^/]+$/.test(new URL(r.url()).pathname) && r.request().method() === "GET")
      received.push(r.headers()["x-clash-packed"]);
  });
  await map.open(debate.id, 0);
  await reader.open();
  await reader.addSource.click();
  const dialog = reader.dialog("Add a source");
  await dialog.getByTestId("source-file").setInputFiles(file);
  await dialog.getByLabel("Title").fill("Extremism and counter-extremism");
  await dialog.getByRole("button", { name: "Add source" }).click();
  await expect(dialog).toBeHidden();
  await expect(reader.title).toHaveText("Extremism and counter-extremism");
  expect(sent).toEqual(["deflate-raw"]);
  const stored = (await api.debate(debate.id)).sources[0]!;
  expect((await api.source(stored.id)).text).toBe(text.trim());

  // Read again from the server (a reload): the text comes back packed, and whole.
  await page.reload();
  await reader.open();
  await reader.openSource("Extremism and counter-extremism");
  // The article's last words, after 30 KB of it: the body arrived whole and inflated.
  await expect(reader.text).toContainText(text.trim().split("\n").at(-1)!.trim().slice(-40));
  expect(received).toContain("deflate-raw");
});
