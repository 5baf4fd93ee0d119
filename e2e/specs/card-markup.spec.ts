import { selectText } from "../fixtures/reader";
import type { Locator } from "@playwright/test";
import { expect, test } from "../fixtures/test";

const TEXT =
  "Officials said the program does not radicalise trainees. Most recipients of U.S. training never join ISIS, and the few who do are rare exceptions.";
const QUOTE = "Most recipients of U.S. training never join ISIS, and the few who do are rare exceptions.";

/**
 * The text of each run of a layer in a rendered quote. Overlapping layers split a quote into
 * elements of identical marks, so one underlined stretch may be several elements; adjacent
 * elements of the layer (each one's end is the next one's start) are joined back into one run.
 */
function runs(quote: Locator, selector: string): Promise<string[]> {
  return quote.evaluate((el, sel) => {
    const out: string[] = [];
    let prevEnd = -1;
    for (const child of Array.from(el.children) as HTMLElement[]) {
      if (!child.matches(sel)) {
        prevEnd = -1;
        continue;
      }
      const text = child.textContent ?? "";
      if (prevEnd >= 0 && Number(child.dataset.start) === prevEnd) out[out.length - 1] += text;
      else out.push(text);
      prevEnd = Number(child.dataset.end);
    }
    return out;
  }, selector);
}

test("mark up a card by keyboard: underline, emphasis and both highlights persist through a reload", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  const debate = await api.createDebate({ title: "Card markup" });
  const claim = await api.createNode(debate.id, { kind: "claim", side: "neg", title: "Training is safe" });
  const source = await api.createSource(debate.id, {
    title: "Training record",
    author: "Jane Roe",
    date: "2015",
    text: TEXT,
  });
  const { node } = await api.cutCard(source, QUOTE, {
    tag: "Trainees rarely defect",
    targetId: claim.id,
    relation: "supports",
  });

  await map.open(debate.id, 2);
  await map.select(node.id);
  const quote = map.inspector.getByTestId("card-quote");
  // The cut card's short cite comes from the source's author and date.
  await expect(map.inspector.getByTestId("card-short-cite")).toHaveText("Roe 15");
  await expect(map.node(node.id).getByTestId("arg-short-cite")).toHaveText("Roe 15");

  await selectText(quote, "Most recipients of U.S. training never join ISIS");
  await page.keyboard.press("F9");
  await expect
    .poll(() => runs(quote, "[data-underline]"))
    .toEqual(["Most recipients of U.S. training never join ISIS"]);
  await map.expectSaved();

  await selectText(quote, "never");
  await page.keyboard.press("F10");
  await expect.poll(() => runs(quote, "[data-emphasis]")).toEqual(["never"]);
  await map.expectSaved();

  await selectText(quote, "Most recipients");
  await page.keyboard.press("F11");
  await map.expectSaved();
  await selectText(quote, "join ISIS");
  await page.keyboard.press("F11");
  await expect.poll(() => runs(quote, '[data-testid="quote-mark"]')).toEqual(["Most recipients", "join ISIS"]);
  // Skipping "never" inside the highlighted sentence is flagged, not refused.
  await expect(map.inspector.getByTestId("integrity-warnings")).toContainText("highlighting skips 'never'");
  await map.expectSaved();

  await selectText(quote, "rare exceptions");
  await page.keyboard.press("Control+F11");
  await expect.poll(() => runs(quote, '[data-testid="quote-mark-2"]')).toEqual(["rare exceptions"]);
  await map.expectSaved();

  // Shift clears a layer over the selection.
  await selectText(quote, "ISIS");
  await page.keyboard.press("Shift+F9");
  await expect.poll(() => runs(quote, "[data-underline]")).toEqual(["Most recipients of U.S. training never join "]);
  await map.expectSaved();

  // Text that is not underlined is shrunk, unless shown full size.
  await expect(quote.locator(".mk-shrunk").first()).toBeVisible();
  await expect(quote).not.toHaveClass(/full-size/);
  await map.inspector.getByTestId("full-size-toggle").check();
  await expect(quote).toHaveClass(/full-size/);

  await page.reload();
  await map.select(node.id);
  const after = map.inspector.getByTestId("card-quote");
  await expect.poll(() => runs(after, "[data-underline]")).toEqual(["Most recipients of U.S. training never join "]);
  await expect.poll(() => runs(after, "[data-emphasis]")).toEqual(["never"]);
  await expect.poll(() => runs(after, '[data-testid="quote-mark"]')).toEqual(["Most recipients", "join ISIS"]);
  await expect.poll(() => runs(after, '[data-testid="quote-mark-2"]')).toEqual(["rare exceptions"]);
  const saved = (await api.debate(debate.id)).nodes.find((n) => n.id === node.id)!.evidence!;
  expect(saved.underline).toEqual([{ start: 0, end: QUOTE.indexOf("ISIS") }]);
  expect(saved.citeFields).toMatchObject({ authors: "Jane Roe", date: "2015", title: "Training record" });

  const history = await api.history(debate.id, 10);
  expect(history.filter((h) => h.entityId === node.id && h.action === "update").length).toBeGreaterThanOrEqual(6);

  await after.screenshot({ path: "docs/card-markup.png" });
});
