// A student joins a seminar on a phone (in class, students use theirs): the revealed debate fills
// the screen's width above their work, and a tap on an argument shows it there.
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

  await res.locator(".arg-title").tap();
  const detail = student.page.getByTestId("argument-detail");
  await detail.scrollIntoViewIfNeeded();
  await expect(detail).toContainText(debate.nodes.res.title);
  await phone.close();
});
