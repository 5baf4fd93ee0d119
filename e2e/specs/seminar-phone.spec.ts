// A student joins a seminar on a phone (in class, students use theirs): the revealed debate fills
// the screen's width above their work, and a tap on an argument shows it there and picks it as
// the one their answer is to.
import { expect, test } from "../fixtures/test";
import { uniqueId } from "../fixtures/api";
import { seedSeminarDebate, SeminarDashboard, StudentSeminar } from "../fixtures/seminar";

test("on a phone a student sees the debate across the screen, their work below it", async ({
  api,
  user: _instructor,
  page,
  browser,
  baseURL,
}) => {
  const debate = await seedSeminarDebate(api, `Phone seminar ${uniqueId()}`);
  const dash = new SeminarDashboard(page);
  const code = await dash.startFrom(debate.id, { guests: true, anonymous: false });
  await dash.nextSpeech("1AC");
  const taskForm = page.getByRole("form", { name: "Open a task" });
  await taskForm.getByLabel("Task").fill("Answer the resolution");
  await taskForm.getByRole("button", { name: "Open the floor" }).click();
  await expect(page.getByTestId("current-task")).toHaveText("Answer the resolution");

  const phone = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const student = new StudentSeminar(await phone.newPage());
  await student.join(code, "Sam");
  const res = student.nodes.filter({ hasText: debate.nodes.res.title });
  await expect(res).toBeInViewport();
  const board = (await student.page.getByTestId("canvas").boundingBox())!;
  expect(board.width).toBeGreaterThan(340);
  expect(board.height).toBeGreaterThan(300);
  // Their work is under the debate, the screen's width, not a column beside it.
  const side = (await student.page.getByRole("complementary", { name: "Your work" }).boundingBox())!;
  expect(side.y).toBeGreaterThanOrEqual(board.y + board.height - 1);
  expect(side.width).toBeGreaterThan(340);
  // The board's tabs sit over nothing but the board.
  const tabs = (await student.page.locator(".seminar-board-bar").boundingBox())!;
  expect(tabs.y + tabs.height).toBeLessThanOrEqual(board.y + 1);

  // An answer with no argument picked is stopped in our words, not the browser's "select an item".
  const form = student.page.getByRole("form", { name: "Contribute" });
  await form.getByTestId("contribution-text").fill("Conditions are a cutoff in all but name");
  await form.getByRole("button", { name: "Add rebuttal" }).click();
  const answering = form.getByLabel("Answering");
  await expect
    .poll(() => answering.evaluate((s: HTMLSelectElement) => s.validationMessage))
    .toBe("Pick the argument you answer, or tap it on the map.");
  await expect(student.mine).toHaveCount(0);

  await res.locator(".arg-title").tap();
  const detail = student.page.getByTestId("argument-detail");
  await detail.scrollIntoViewIfNeeded();
  await expect(detail).toContainText(debate.nodes.res.title);
  // The tap picked the argument: the form goes through without touching the select.
  await expect(answering).toHaveValue(debate.nodes.res.id);
  await form.getByRole("button", { name: "Add rebuttal" }).click();
  await expect(student.mine.filter({ hasText: "Conditions are a cutoff in all but name" })).toHaveCount(1);
  await phone.close();
});
