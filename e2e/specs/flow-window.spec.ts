import { expect, test } from "../fixtures/test";
import { FlowPage } from "../fixtures/flow";

// A big flow sheet is windowed: only the rows on screen (and a margin) are in the DOM, while the
// keyboard, search-and-jump, the why disclosures and the grid's row count still cover every
// argument. Above 2,000 arguments the cells paint before the debate is evaluated and their
// statuses follow. Correctness only: timings are measured in bench/ (bench/flow-trace.md).
test("a 2,200-argument flow keeps only the visible rows in the DOM and still reaches every argument", async ({
  page,
  user: _user,
}) => {
  const THREADS = 1_100;
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
  const file = {
    clash: "debate",
    schemaVersion: 2,
    exportedAt: new Date().toISOString(),
    debate: { title: "Big flow", resolution: "", description: "" },
    nodes,
    edges,
    sources: [],
  };
  const res = await page.request.post("/api/debates/import?format=clash-json&name=flow.clash.json", {
    data: JSON.stringify(file),
    headers: { "Content-Type": "application/json" },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { debate } = (await res.json()) as { debate: { id: string } };

  const flow = new FlowPage(page);
  await flow.open(debate.id);
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
