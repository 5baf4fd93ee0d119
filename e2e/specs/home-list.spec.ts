import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { formatDayTime, type DateTimeParts } from "@/lib/domain/debate-list";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import { expectJson, uniqueId } from "../fixtures/api";
import { HomePage } from "../fixtures/pages";
import { expect, test } from "../fixtures/test";

// Kathmandu is UTC+05:45: a time shown there cannot be the server's UTC time by chance.
const READER_ZONE = "Asia/Kathmandu";
test.use({ timezoneId: READER_ZONE });

/** An instant's calendar parts in a named time zone, read in Node (not in the page under test). */
function partsIn(iso: string, timeZone: string): DateTimeParts {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  }).formatToParts(new Date(iso));
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return { year: n("year"), month: n("month"), day: n("day"), hour: n("hour"), minute: n("minute") };
}

/** React's hydration errors (minified in the production build): the page must hydrate cleanly. */
function hydrationErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /hydrat|#418|#423|#425/i.test(m.text())) errors.push(m.text());
  });
  return errors;
}

/** Wait until the list has hydrated: each card's date turns to the reader's local day and time. */
async function hydrated(home: HomePage) {
  await expect(home.cards.first().locator("time")).toHaveText(/^\d{1,2} \w{3} \d{4}, \d\d:\d\d$/);
}

async function expectAccessible(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const bad = violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  expect.soft(bad, `${label}: axe violations`).toEqual([]);
}

test("the home list finds a debate by its words, sorts by title, and says when nothing matches", async ({
  page,
  api,
  home,
  user: _user,
}) => {
  const hydration = hydrationErrors(page);
  // A token only this test's titles hold: the list also shows every other test's public debates.
  const tag = uniqueId();
  const made: DebateSummaryDto[] = [];
  // Created one after another, so "Recently updated" lists them in the reverse order.
  for (const [title, resolution] of [
    ["Zebra crossings", "Cities should paint more crossings."],
    ["Apple orchards", "The state should subsidise orchards."],
    ["Énergie nucléaire", "France should build new reactors."],
    ["Mango trade", "The EU should cut its tariffs on fruit."],
    ["Banana republics", ""],
  ])
    made.push(await api.createDebate({ title: `${title} ${tag}`, resolution }));
  // Its time as stored: recording the creation touches the debate after the response's copy was taken.
  const listed = await expectJson<{ debates: DebateSummaryDto[] }>(await api.request.get("/api/debates"));
  const energy = listed.debates.find((d) => d.id === made[2]!.id)!;

  await home.goto();
  const find = page.getByRole("searchbox", { name: "Find a debate" });
  const sort = page.getByRole("combobox", { name: "Sort" });
  const titles = () => home.cards.getByRole("heading", { level: 2 }).allTextContents();
  const status = page.getByRole("status").filter({ hasText: /debates?$/ });

  await test.step("each card shows when it was updated, to the minute, in the reader's time zone", async () => {
    const time = home.card(energy.title).locator("time");
    await expect(time).toHaveAttribute("datetime", energy.updatedAt);
    await expect(time).toHaveText(formatDayTime(partsIn(energy.updatedAt, READER_ZONE)));
    await expect(home.card(energy.title)).toContainText(
      `updated ${formatDayTime(partsIn(energy.updatedAt, READER_ZONE))}`,
    );
    await expect(home.card(energy.title)).toContainText("you are owner");
  });

  await hydrated(home);
  await test.step("/ focuses the filter; it keeps the debates holding every word typed, accents aside", async () => {
    await expect(find).not.toBeFocused();
    await page.keyboard.press("/");
    await expect(find).toBeFocused();
    await expect(find).toHaveValue(""); // the key focuses, it does not type

    await page.keyboard.type(tag);
    await expect(home.cards).toHaveCount(5);
    await expect(status).toHaveText(/^5 of \d+ debates$/);

    await find.fill(`NUCLEAIRE ${tag}`); // case and accents aside
    await expect(home.cards).toHaveCount(1);
    await expect(home.card(energy.title)).toBeVisible();
    await expect(status).toHaveText(/^1 of \d+ debates$/);

    await find.fill(`${tag} tariffs`); // a word of the resolution
    await expect.poll(titles).toEqual([`Mango trade ${tag}`]);
  });

  await test.step("the list sorts by title A–Z, and back to the latest first", async () => {
    await find.fill(tag);
    await expect(sort).toHaveValue("updated");
    await expect
      .poll(titles)
      .toEqual(
        ["Banana republics", "Mango trade", "Énergie nucléaire", "Apple orchards", "Zebra crossings"].map(
          (t) => `${t} ${tag}`,
        ),
      );

    await sort.selectOption({ label: "Title A–Z" });
    await expect
      .poll(titles)
      .toEqual(
        ["Apple orchards", "Banana republics", "Énergie nucléaire", "Mango trade", "Zebra crossings"].map(
          (t) => `${t} ${tag}`,
        ),
      );

    await sort.selectOption({ label: "Recently updated" });
    await expect.poll(titles).toEqual(made.map((d) => d.title).reverse());
  });

  await test.step("a filter nothing matches says so, and clearing it shows the whole list again", async () => {
    await sort.selectOption({ label: "Title A–Z" });
    const query = `${tag} nowhere`;
    await find.fill(query);
    const none = page.getByTestId("no-debate-match");
    await expect(none).toBeVisible();
    await expect(none).toContainText(`No debate matches “${query}”`);
    await expect(home.cards).toHaveCount(0);
    await expectAccessible(page, "home, filter with no match");

    await none.getByRole("button", { name: "Clear the filter" }).click();
    await expect(find).toHaveValue("");
    await expect(find).toBeFocused();
    await expect(none).toHaveCount(0);
    expect(await home.cards.count()).toBeGreaterThanOrEqual(made.length);
    for (const d of made) await expect(home.card(d.title)).toBeVisible();
    // Escape in the box clears what was typed.
    await find.fill(tag);
    await expect(home.cards).toHaveCount(5);
    await page.keyboard.press("Escape");
    await expect(find).toHaveValue("");
  });

  await expectAccessible(page, "home, with the filter and sort");
  expect(hydration, "hydration errors").toEqual([]);
});

test("a card says a debate is shared with a viewer, but not a public debate anyone can read", async ({
  api,
  user: _owner,
  newPerson,
}) => {
  const tag = uniqueId();
  const sharedPrivate = await api.createDebate({ title: `Team prep ${tag}`, visibility: "private" });
  const sharedPublic = await api.createDebate({ title: `Open prep ${tag}`, visibility: "public" });
  const justPublic = await api.createDebate({ title: `Public notes ${tag}`, visibility: "public" });
  const asEditor = await api.createDebate({ title: `Co-written case ${tag}`, visibility: "private" });

  const guest = await newPerson("Teammate");
  await api.share(sharedPrivate.id, guest.user.email, "viewer");
  await api.share(sharedPublic.id, guest.user.email, "viewer");
  await api.share(asEditor.id, guest.user.email, "editor");

  const home = new HomePage(guest.page);
  const hydration = hydrationErrors(guest.page);
  await home.goto();
  await hydrated(home);
  await guest.page.getByRole("searchbox", { name: "Find a debate" }).fill(tag);
  await expect(home.cards).toHaveCount(4);

  // A member who may only read is told the debate was shared with them, private or public.
  for (const d of [sharedPrivate, sharedPublic]) {
    await expect(home.card(d.title)).toContainText("shared with you · viewer");
    await expect(home.card(d.title)).not.toContainText("you are");
  }
  // A public debate reaches everyone as a viewer without being shared with anyone.
  await expect(home.card(justPublic.title)).not.toContainText("shared with you");
  await expect(home.card(justPublic.title)).not.toContainText("you are");
  // Other members keep "you are …".
  await expect(home.card(asEditor.title)).toContainText("you are editor");
  await expect(home.card(asEditor.title)).not.toContainText("shared with you");
  expect(hydration, "hydration errors").toEqual([]);
});
