import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { Reader } from "../fixtures/reader";
import { DEMO_DEBATE_ID } from "../fixtures/api";
import { seedSeminarDebate, SeminarDashboard, StudentSeminar } from "../fixtures/seminar";

/**
 * axe-core on every page a user meets: no critical or serious violation. The failure message
 * lists each rule with the elements it flagged, so a regression says what to fix.
 */
async function expectAccessible(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const bad = violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(" | ")}`,
    );
  expect.soft(bad, `${label}: axe violations`).toEqual([]);
}

test("home, map, flow, outline, focus and reader have no critical or serious axe violations", async ({
  page,
  api,
  map,
  user: _user,
}) => {
  test.slow(); // nine views, each loaded and scanned
  const seeded = await seedSeminarDebate(api, "Accessible debate");
  await api.createSource(seeded.id, {
    title: "Training report",
    text: "U.S. training programs reached thousands of officers. One trainee later joined ISIS.",
  });

  await page.goto("/");
  await expect(page.getByRole("main")).toBeVisible();
  await expectAccessible(page, "home");

  await map.open(seeded.id, 6);
  await expectAccessible(page, "map");
  // The keyboard connection's dialogs (K with nothing selected opens "Connect from…").
  await page.keyboard.press("Escape"); // nothing selected
  await page.keyboard.press("k");
  await expect(page.getByRole("dialog", { name: "Connect from…" })).toBeVisible();
  await expectAccessible(page, "connect dialog");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Connect from…" })).toBeHidden();

  const reader = new Reader(page);
  await reader.open();
  await reader.openSource("Training report");
  await expectAccessible(page, "reader");

  await page.goto(`/debates/${seeded.id}/flow`);
  await expect(page.getByRole("main", { name: "Flow" })).toBeVisible();
  await expectAccessible(page, "flow");

  await page.goto(`/debates/${seeded.id}/outline`);
  await expect(page.getByRole("tree")).toBeVisible();
  await expectAccessible(page, "outline");
  // Its skip link, shown on the first Tab: its colours and name are checked too.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to outline" })).toBeFocused();
  await expectAccessible(page, "outline, skip link shown");

  await page.goto(`/debates/${seeded.id}/focus?node=${seeded.nodes.only.id}`);
  await expect(page.getByTestId("focus-center")).toBeVisible();
  await expectAccessible(page, "focus");
});

test("what a new user opens first, the demo's map and the flow of a map without speeches, has no critical or serious axe violations", async ({
  page,
  api,
  map,
  user: _user,
}) => {
  test.slow(); // the demo is the biggest map a new user opens
  await map.open(DEMO_DEBATE_ID);
  await expect(map.nodes.first()).toBeVisible();
  await expectAccessible(page, "demo map");
  const bare = await api.createDebate({ title: "No speeches yet" });
  const claim = await api.createNode(bare.id, { kind: "claim", side: "aff", title: "Aid fuels extremism" });
  await api
    .createNode(bare.id, { kind: "rebuttal", side: "neg", title: "Trainees rarely defect" })
    .then((b) => api.createEdge(bare.id, { source: b.id, target: claim.id, relation: "rebuts" }));
  await page.goto(`/debates/${bare.id}/flow`);
  await expect(page.getByTestId("flow-assign")).toBeVisible();
  await expectAccessible(page, "flow without speeches");
});

test("seminar dashboard, student and projector pages have no critical or serious axe violations", async ({
  page,
  api,
  newPerson,
  user: _user,
}) => {
  test.slow(); // two browsers, three pages scanned
  const seeded = await seedSeminarDebate(api, "Accessible seminar");
  const dashboard = new SeminarDashboard(page);
  const code = await dashboard.startFrom(seeded.id, { guests: true, anonymous: false });
  await expectAccessible(page, "seminar dashboard");

  const student = await newPerson("Student");
  const view = new StudentSeminar(student.page);
  await view.join(code);
  await expectAccessible(student.page, "student");

  const seminarUrl = page.url();
  await page.goto(`${seminarUrl}/present`);
  await expect(page.getByRole("main")).toBeVisible();
  await expectAccessible(page, "projector");
});
