import { mkdirSync } from "node:fs";
import { expect, test } from "../fixtures/test";
import { uniqueId } from "../fixtures/api";
import { seedSeminarDebate, SeminarDashboard, StudentSeminar } from "../fixtures/seminar";

test("a seminar: two students (one a guest) join by code, see only revealed speeches, answer a task and get released feedback", async ({
  api,
  user: _instructor,
  page,
  newPerson,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  mkdirSync("test-results/screens", { recursive: true });
  const debate = await seedSeminarDebate(api, `Seminar ${uniqueId()}`);
  const dash = new SeminarDashboard(page);
  const code = await test.step("the instructor starts an anonymous seminar that lets guests in", () =>
    dash.startFrom(debate.id, { guests: true, anonymous: true }));
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
  // The code for the projector reads on one line (it broke at its hyphen in its column).
  const line = await dash.code.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(line).toBe(1);

  const ada = await newPerson("Ada");
  const adaView = new StudentSeminar(ada.page);
  const guestContext = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  const guest = new StudentSeminar(await guestContext.newPage());

  await test.step("a student with an account and a guest join with the code", async () => {
    await adaView.join(code.toLowerCase());
    await expect(adaView.me).toContainText("Student 1");
    await guest.page.goto("/s/ZZZ-ZZZ");
    await guest.page.getByLabel("Your name").fill("Gus Guest");
    await guest.page.getByRole("button", { name: "Join" }).click();
    await expect(guest.page.getByRole("form", { name: "Join a seminar" }).getByRole("alert")).toContainText(
      "No seminar has that code",
    );
    await guest.join(code, "Gus Guest");
    await expect(guest.me).toContainText("Student 2");
    await expect(dash.participants).toHaveCount(2);
    await expect(dash.participants.filter({ hasText: "Gus Guest" })).toContainText("guest");
    // Before any reveal, students see only the resolution.
    await expect(adaView.nodes).toHaveCount(1);
  });

  await test.step("the instructor reveals two speeches; students see exactly those arguments", async () => {
    await dash.nextSpeech("1AC");
    await dash.nextSpeech("1NC");
    const expected = [debate.nodes.res, debate.nodes.harms, debate.nodes.only, debate.nodes.russia]
      .map((n) => n.title)
      .sort();
    for (const s of [adaView, guest]) {
      await expect.poll(() => s.titles()).toEqual(expected);
      await expect(s.page.getByTestId("live-speech")).toContainText("1NC");
    }
    await expect(guest.page.getByText(debate.nodes.khalimov.title)).toHaveCount(0);
    // The flow sheet shows the same revealed speeches only.
    await adaView.page.getByRole("button", { name: "Flow" }).click();
    await expect(adaView.page.getByText(debate.nodes.only.title)).toBeVisible();
    await expect(adaView.page.getByText(debate.nodes.khalimov.title)).toHaveCount(0);
    await adaView.page.getByRole("button", { name: "Map" }).click();
    await expect(adaView.nodes).toHaveCount(4);
  });

  const answer = "Training shapes careers: Khalimov's defection followed his unit's abuses, not the curriculum";
  await test.step("the floor opens for a task; a student answers; it shows on everyone's map and on the dashboard", async () => {
    await expect(adaView.taskBanner).toHaveAttribute("data-open", "false");
    await dash.openTask("Answer the 1NC: is training really “only training”?", `1NC · ${debate.nodes.only.title}`);
    await expect(adaView.taskBanner).toHaveAttribute("data-open", "true");
    await adaView.rebut(answer);
    await expect(adaView.nodes.filter({ hasText: answer })).toHaveCount(1);
    await expect(guest.nodes.filter({ hasText: answer })).toHaveCount(1);
    await expect(guest.classmates.filter({ hasText: answer })).toContainText("Student 1");
    await expect(guest.root).not.toContainText(ada.user.name);
    await expect(dash.contribution(answer)).toHaveCount(1);
    await expect(dash.root.getByTestId("student-group").filter({ hasText: answer })).toContainText(ada.user.name);
  });

  await test.step("the instructor marks feedback; the student sees it only once released", async () => {
    await dash.mark(answer, {
      verdict: "Needs evidence",
      comment: "Good instinct. Now cut a card on the OMON abuses.",
      score: 7,
    });
    await page.waitForTimeout(500);
    await expect(adaView.mine.filter({ hasText: answer }).getByTestId("my-feedback")).toHaveCount(0);
    await dash.release(answer);
    const fb = adaView.mine.filter({ hasText: answer }).getByTestId("my-feedback");
    await expect(fb).toContainText("Needs evidence");
    await expect(fb).toContainText("7/10");
    await expect(fb).toContainText("cut a card on the OMON abuses");
    await expect(guest.page.getByTestId("my-feedback")).toHaveCount(0);
  });

  await test.step("screenshots of the dashboard and a student's view", async () => {
    await guest.page
      .getByRole("form", { name: "Contribute" })
      .getByTestId("contribution-text")
      .fill("Russia gives far more aid, so U.S. training cannot be the driver");
    // A small map may open below full-card zoom, where each argument is a short card whose title is
    // cut after a few words: find it by its beginning.
    await adaView.nodes
      .filter({ hasText: debate.nodes.only.title.slice(0, 20) })
      .first()
      .click();
    await page.screenshot({ path: "test-results/screens/seminar-dashboard.png", fullPage: true });
    await ada.page.screenshot({ path: "test-results/screens/seminar-student.png" });
  });

  await test.step("the projector view shows the map exactly as students see it; a seat gives no access to the debate itself", async () => {
    const present = await page.context().newPage();
    await present.goto(`${new URL(page.url()).pathname}/present`);
    await expect(present.getByTestId("canvas").getByTestId("arg-node")).toHaveCount(5);
    await expect(present.getByTestId("live-speech")).toContainText("1NC");
    // Statuses and dropped marks come from the revealed speeches only: the debate itself has a 2AC,
    // which never answers the 1NC's Russia argument (its own flow says "dropped in 2AC"), but the
    // 2AC is not revealed yet, so the projector marks nothing dropped.
    await expect(present.getByTestId("status-badge").first()).toBeVisible();
    await expect(present.getByTestId("dropped-badge")).toHaveCount(0);
    await present.goto(`/debates/${debate.id}/flow`);
    const russia = present.locator(`[data-testid="flow-cell"][data-node-id="${debate.nodes.russia.id}"]`);
    await expect(russia.getByTestId("dropped")).toHaveText("dropped in 2AC");
    await present.close();
    expect((await guest.page.request.get(`/api/debates/${debate.id}`)).status()).toBe(403);
  });

  await test.step("ending the seminar stops the code", async () => {
    await page.getByRole("button", { name: "End seminar…" }).click();
    await page.getByRole("group", { name: "Confirm ending" }).getByRole("button", { name: "End seminar" }).click();
    await expect(page.getByRole("heading", { name: "This seminar has ended" })).toBeVisible();
    // Nothing on the dashboard still says it is running, then or after a reload.
    for (const reload of [false, true]) {
      if (reload) await page.reload();
      await expect(page.getByTestId("seminar-state")).toHaveText("Seminar · ended");
      await expect(page.getByTestId("live-speech")).toContainText(/^Ended /);
      await expect(page.getByTestId("speech-strip").locator("[data-state=live]")).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Next speech ›" })).toBeHidden();
      await expect(page.getByRole("form", { name: "Open a task" })).toHaveCount(0);
    }
    const late = await newPerson("Late");
    const res = await late.api.request.post("/api/seminars/join", { data: { code } });
    expect(res.status()).toBe(403);
    expect((await res.json()).error.message).toMatch(/ended/);
    const csv = await page.request.get(
      `${new URL(page.url()).pathname.replace("/seminars/", "/api/seminars/")}/export?format=csv`,
    );
    expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="seminar-/);
    expect(await csv.text()).toContain(answer);
  });
  await guestContext.close();
});

test("during a task a student cuts a card: selects words in a source, and the card lands on the map quoting them", async ({
  api,
  user: _instructor,
  page: _page,
  newPerson,
}) => {
  const debate = await seedSeminarDebate(api, `Cards ${uniqueId()}`);
  const text =
    "Most of those trained by the United States never join terror groups. Russia gives far more aid than Washington does.";
  const source = await api.createSource(debate.id, {
    title: "A Misplaced Focus",
    author: "Noah Tucker",
    date: "2015",
    text,
  });
  const started = await (await api.request.post("/api/seminars", { data: { debateId: debate.id } })).json();
  const version = async () => (await (await api.request.get(`/api/seminars/${started.id}`)).json()).version as number;
  const cy = await newPerson("Cy");
  expect((await cy.api.request.post("/api/seminars/join", { data: { code: started.code } })).status()).toBe(200);
  await api.request.post(`/api/seminars/${started.id}/reveal`, { data: { version: await version(), step: "next" } });
  await api.request.post(`/api/seminars/${started.id}/tasks`, {
    data: { version: await version(), prompt: "Cut a card against the 1AC", targetNodeId: debate.nodes.harms.id },
  });

  const student = new StudentSeminar(cy.page);
  await cy.page.goto(`/seminars/${started.id}`);
  await expect(student.taskBanner).toHaveAttribute("data-open", "true");
  const form = cy.page.getByRole("form", { name: "Contribute" });
  await form.getByText("Card", { exact: true }).click();
  await form.getByLabel("Source").selectOption({ label: "A Misplaced Focus" });
  const picker = form.getByTestId("picker-text");
  await expect(picker).toContainText("Russia gives far more aid");
  await picker.evaluate((el, words) => {
    const node = el.firstChild!;
    const at = node.textContent!.indexOf(words);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, "Russia gives far more aid than Washington does.");
  await form.getByRole("button", { name: "Use the selected words" }).click();
  await expect(form.getByLabel("Quoted words")).toHaveValue("Russia gives far more aid than Washington does.");
  await form.getByLabel("It answers this argument (instead of supporting it)").check();
  await form.getByTestId("contribution-text").fill("Russia, not the U.S., is the big donor");
  await form.getByRole("button", { name: "Add card" }).click();
  const card = student.nodes.filter({ hasText: "Russia, not the U.S., is the big donor" });
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute("data-kind", "evidence");
  await expect(card).toContainText("Tucker 15");
  const node = (await api.debate(debate.id)).nodes.find((n) => n.title === "Russia, not the U.S., is the big donor")!;
  expect(node.side).toBe("neg");
  expect(node.evidence).toMatchObject({
    sourceId: source.id,
    quote: "Russia gives far more aid than Washington does.",
    start: text.indexOf("Russia"),
    status: "exact",
  });
});

test("while a seminar runs, a reader of the public debate is told why they see only its revealed speeches", async ({
  api,
  user: _instructor,
  page,
  newPerson,
}) => {
  const debate = await api.createDebate({ title: `Public seminar ${uniqueId()}`, visibility: "public" });
  const harm = await api.createNode(debate.id, { kind: "claim", side: "aff", speech: "1AC", title: "Aid fuels abuse" });
  const plain = await api.createNode(debate.id, { kind: "claim", side: "neutral", title: "Framing: weigh lives" });
  const reader = await newPerson("Reader");
  await reader.map.open(debate.id, 2);
  await expect(reader.page.getByTestId("seminar-notice")).toHaveCount(0);

  const dash = new SeminarDashboard(page);
  await dash.startFrom(debate.id, { guests: true, anonymous: false });
  // The reader sees what a student sees, and why: the 1AC is not revealed yet.
  for (const view of ["", "/flow"]) {
    await reader.page.goto(`/debates/${debate.id}${view}`);
    await expect(reader.page.getByTestId("seminar-notice")).toContainText("A seminar is under way");
  }
  await reader.map.open(debate.id, 1);
  await expect(reader.map.node(plain.id)).toBeVisible();
  await expect(reader.map.node(harm.id)).toHaveCount(0);
  // Its instructor sees the whole debate, with no such note.
  await page.goto(`/debates/${debate.id}`);
  await expect(page.getByTestId("debate-title")).toBeVisible();
  await expect(page.getByTestId("seminar-notice")).toHaveCount(0);
});

test("the judge's decision waits for its own step after the last speech", async ({
  api,
  user: _instructor,
  page,
  newPerson,
}) => {
  test.setTimeout(90_000);
  const debate = await seedSeminarDebate(api, `Decision ${uniqueId()}`);
  await api.createNode(debate.id, {
    kind: "claim",
    side: "neutral",
    role: "decision",
    title: "Judge's decision: Neg — the 2AC's Khalimov card is answered",
  });
  const dash = new SeminarDashboard(page);
  const code = await dash.startFrom(debate.id, { guests: false, anonymous: true });
  const cy = await newPerson("Cy");
  const student = new StudentSeminar(cy.page);
  await student.join(code);
  const strip = page.getByTestId("speech-strip");
  await expect(strip.getByText("Decision", { exact: true })).toHaveAttribute("data-state", "hidden");

  // (A small map may open below full-card zoom, where titles are cut: cards are found by their start.)
  const decisionCard = student.nodes.filter({ hasText: "Judge's decision" });
  for (const speech of ["1AC", "1NC", "2AC", "2NC"]) await dash.nextSpeech(speech);
  await expect(student.nodes.filter({ hasText: debate.nodes.loyal.title.slice(0, 20) })).toHaveCount(1);
  await expect(decisionCard).toHaveCount(0);
  // Its ballot says where the round stands, not a decision: there is no 2AR (yet).
  await cy.page.getByRole("button", { name: "Flow" }).click();
  await cy.page.getByRole("button", { name: "Ballot", exact: true }).click();
  await expect(cy.page.getByTestId("ballot-verdict")).toContainText("after the 2NC");
  await expect(cy.page.getByTestId("ballot-unfinished")).toContainText("not over");
  await cy.page.getByRole("button", { name: "Map" }).click();
  // After the last speech, the next step says what it reveals.
  await page.getByRole("button", { name: "Reveal the decision ›" }).click();
  await expect(dash.liveSpeech).toContainText("The judge’s decision");
  await expect(strip.getByText("Decision", { exact: true })).toHaveAttribute("data-state", "live");
  await expect(page.getByRole("button", { name: /Next speech|Reveal the decision/ })).toBeDisabled();
  await expect(decisionCard).toHaveCount(1);
  await expect(cy.page.getByTestId("live-speech")).toContainText("The judge’s decision");
  await page.screenshot({ path: "test-results/screens/seminar-decision.png" });

  // A step back hides it again.
  await page.getByRole("button", { name: "‹ Previous speech" }).click();
  await expect(dash.liveSpeech).toContainText("2NC");
  await expect(decisionCard).toHaveCount(0);
});
