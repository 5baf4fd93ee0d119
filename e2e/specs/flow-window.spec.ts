import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { FlowPage } from "../fixtures/flow";
import { ClashApi } from "../fixtures/api";

// A big flow sheet is windowed: only the rows on screen (and a margin) are in the DOM, while the
// keyboard, search-and-jump, the why disclosures and the grid's row count still cover every
// argument. Above 2,000 arguments the cells paint before the debate is evaluated and their
// statuses follow. Correctness only: timings are measured in bench/ (bench/flow-trace.md).
const THREADS = 1_100;

/** A debate of 1,100 threads (a 1AC claim answered in the 1NC), imported as a Clash file: its id. */
async function importBigFlow(page: Page): Promise<string> {
  const nodes = Array.from({ length: THREADS }, (_, i) => [
    {
      id: `c${i}`,
      kind: "claim",
      side: "aff",
      role: null,
      speech: "1AC",
      responseType: null,
      title: `Thread ${i} claim`,
      body: "",
      position: { x: 0, y: i * 120 },
      evidence: null,
    },
    {
      id: `r${i}`,
      kind: "rebuttal",
      side: "neg",
      role: null,
      speech: "1NC",
      responseType: null,
      title: `Thread ${i} answer`,
      body: "",
      position: { x: 400, y: i * 120 },
      evidence: null,
    },
  ]).flat();
  const edges = Array.from({ length: THREADS }, (_, i) => ({
    id: `e${i}`,
    source: `r${i}`,
    target: `c${i}`,
    relation: "rebuts",
  }));
  return (await new ClashApi(page.request).importGraph("Big flow", nodes, edges)).id;
}

test("a 2,200-argument flow keeps only the visible rows in the DOM and still reaches every argument", async ({
  page,
  user: _user,
}) => {
  const flow = new FlowPage(page);
  await flow.open(await importBigFlow(page));
  await expect(flow.cellTitled("Thread 0 claim")).toBeVisible();

  await test.step("the grid counts every row but renders only a window of them", async () => {
    await expect(flow.grid).toHaveAttribute("aria-rowcount", String(THREADS + 1));
    const rendered = await flow.cells.count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(THREADS);
    await expect(flow.cellTitled(`Thread ${THREADS - 1} claim`)).toHaveCount(0);
  });

  await test.step("the statuses follow the first cells: an answered claim is refuted, its answer stands", async () => {
    await expect(flow.cellTitled("Thread 0 claim")).toHaveAttribute("data-status", "refuted");
    await expect(flow.cellTitled("Thread 0 answer")).toHaveAttribute("data-status", "standing");
    await expect(page.getByText("Weighing the arguments…")).toHaveCount(0);
  });

  await test.step("the arrow keys walk down past the first window", async () => {
    await flow.focus();
    await page.keyboard.press("ArrowDown"); // selects the first cell
    for (let i = 0; i < 60; i++) await page.keyboard.press("ArrowDown");
    const cell = flow.cellTitled("Thread 60 claim");
    await expect(cell).toBeVisible();
    await expect(cell).toHaveAttribute("aria-selected", "true");
  });

  await test.step("search jumps to the last argument, and the keys go on from there", async () => {
    await page.keyboard.press("/");
    await expect(page.getByTestId("search")).toBeFocused();
    await page.keyboard.type(`Thread ${THREADS - 1} answer`);
    await page.keyboard.press("Enter");
    const last = flow.cellTitled(`Thread ${THREADS - 1} answer`);
    await expect(last).toBeVisible();
    await expect(last).toHaveAttribute("aria-selected", "true");
    await expect(flow.grid).toBeFocused();
    await expect(flow.cellTitled("Thread 0 claim")).toHaveCount(0);
    await page.keyboard.press("ArrowUp");
    const above = flow.cellTitled(`Thread ${THREADS - 2} answer`);
    await expect(above).toBeVisible();
    await expect(above).toHaveAttribute("aria-selected", "true");
  });

  await test.step("W opens the why of the cell reached there, and Escape closes it", async () => {
    const above = flow.cellTitled(`Thread ${THREADS - 2} answer`);
    await page.keyboard.press("w");
    await expect(flow.whyButton(above)).toHaveAttribute("aria-expanded", "true");
    await expect(above.getByTestId("why")).toContainText("Standing");
    await page.keyboard.press("Escape");
    await expect(above.getByTestId("why")).toHaveCount(0);
  });

  await test.step("scrolled back to the top, the first rows render again", async () => {
    await page.locator(".flow-scroll").evaluate((el) => el.scrollTo({ top: 0 }));
    await expect(flow.cellTitled("Thread 0 claim")).toBeVisible();
    await expect(flow.cellTitled(`Thread ${THREADS - 2} answer`)).toHaveCount(0);
  });
});

test("a big flow paints its first threads while the rest loads, then the whole sheet keeps the reader's place and selection", async ({
  page,
  user: _user,
}) => {
  const id = await importBigFlow(page);
  // The whole sheet's response is held (the server's real answer, delivered late) to look at the first threads.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let packing: string | undefined;
  await page.route(/\/api\/debates\/[^/?]+\/flow$/, async (route) => {
    const response = await route.fetch();
    packing = response.headers()["x-clash-packed"];
    await held;
    await route.fulfill({ response });
  });
  const flow = new FlowPage(page);
  await flow.open(id);
  let chosen: string | null = null;

  await test.step("the first threads show, read-only and marked as loading", async () => {
    await expect(flow.cellTitled("Thread 0 claim")).toBeVisible();
    await expect(page.getByTestId("flow-rest")).toContainText("of 2,200 arguments; loading the rest");
    await expect(flow.grid).toHaveAttribute("aria-busy", "true");
    await expect(flow.grid).toHaveAttribute("aria-rowcount", String(THREADS + 1));
    // Only the first threads are in the page: the last one is not loaded yet, and nothing is weighed.
    const shown = await flow.cells.count();
    expect(shown).toBeGreaterThan(20);
    expect(shown).toBeLessThan(2 * THREADS);
    await expect(flow.cellTitled("Thread 0 claim")).not.toHaveAttribute("data-status", /.+/);
    await expect(page.getByTestId("search")).toBeDisabled();
    await expect(flow.ballotToggle).toBeDisabled();
    await expect(flow.saveState).toHaveText("Loading");
    // The loading sheet is as readable to a screen reader as the whole one.
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const bad = violations.filter((v) => v.impact === "critical" || v.impact === "serious").map((v) => v.id);
    expect(bad).toEqual([]);
  });

  await test.step("the keys already move through them", async () => {
    await flow.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(flow.cellTitled("Thread 2 claim")).toHaveAttribute("aria-selected", "true");
    chosen = await flow.selectedId();
    await page.keyboard.press("/");
    await expect(page.getByText("Search opens once the whole sheet has loaded")).toBeVisible();
    await expect(flow.grid).toBeFocused();
    await page.getByRole("button", { name: "Neg", exact: true }).click();
    await expect(flow.cellTitled("Thread 2 claim")).toHaveCount(0);
    await page.getByRole("button", { name: "Both", exact: true }).click();
    // The reader scrolls on, away from the selected cell.
    await flow.cellTitled("Thread 45 claim").scrollIntoViewIfNeeded();
    await expect(flow.cellTitled("Thread 45 claim")).toBeInViewport();
    await expect(flow.cellTitled("Thread 2 claim")).not.toBeInViewport();
    await flow.focus();
  });

  await test.step("the whole sheet takes over with the same cell selected, and the statuses follow", async () => {
    release();
    await expect(page.getByTestId("flow-rest")).toHaveCount(0, { timeout: 30_000 });
    // The whole sheet came packed (it is not preloaded, so its own fetch asked) and was inflated.
    expect(packing).toBe("deflate-raw");
    await expect(flow.grid).not.toHaveAttribute("aria-busy", "true");
    // Where the reader was, by row: the view did not jump back to the selection or to the top.
    await expect(flow.cellTitled("Thread 45 claim")).toBeInViewport();
    expect(chosen).toBeTruthy();
    await expect.poll(() => flow.selectedId()).toBe(chosen);
    await expect(flow.cellTitled("Thread 45 claim")).toHaveAttribute("data-status", "refuted", { timeout: 30_000 });
    await expect(page.getByTestId("search")).toBeEnabled();
    await expect(flow.ballotToggle).toBeEnabled();
    await expect(flow.saveState).not.toHaveText("Loading");
    // The keys go on from the carried selection, now through the whole sheet.
    await flow.focus();
    await page.keyboard.press("ArrowDown");
    await expect(flow.cellTitled("Thread 3 claim")).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("/");
    await page.keyboard.type(`Thread ${THREADS - 1} answer`);
    await page.keyboard.press("Enter");
    await expect(flow.cellTitled(`Thread ${THREADS - 1} answer`)).toHaveAttribute("aria-selected", "true");
  });
});
