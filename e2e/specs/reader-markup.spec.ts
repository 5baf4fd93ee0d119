import { selectText } from "../fixtures/reader";
import type { Locator } from "@playwright/test";
import { expect, test } from "../fixtures/test";

const BEFORE = "Officials said the program does not radicalise trainees. ";
const QUOTE = "Most recipients of U.S. training never join ISIS, and the few who do are rare exceptions.";
const TEXT = `${BEFORE}${QUOTE} Critics disagree.`;
const q = (words: string) => ({ start: QUOTE.indexOf(words), end: QUOTE.indexOf(words) + words.length });

/** The text of each run carrying `attr` in the reader's source text, adjacent runs joined. */
function runs(text: Locator, attr: string): Promise<string[]> {
  return text.evaluate((el, a) => {
    const out: string[] = [];
    let prevEnd = -1;
    for (const span of Array.from(el.querySelectorAll<HTMLElement>("[data-start]"))) {
      if (!span.hasAttribute(a)) {
        prevEnd = -1;
        continue;
      }
      if (prevEnd === Number(span.dataset.start)) out[out.length - 1] += span.textContent ?? "";
      else out.push(span.textContent ?? "");
      prevEnd = Number(span.dataset.end);
    }
    return out;
  }, attr);
}

test("mark up a card from a selection in its source: keys, toolbar, clipping and a clear message outside cards", async ({
  page,
  api,
  user: _user,
  map,
  reader,
}) => {
  const debate = await api.createDebate({ title: "Reader markup" });
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
  const saved = async () => (await api.debate(debate.id)).nodes.find((n) => n.id === node.id)!.evidence!;

  await map.open(debate.id, 2);
  await reader.open();
  await reader.openSource("Training record");
  const status = reader.panel.getByTestId("reader-markup-status");

  // F9 on words inside the card underlines them on the card, at quote offsets.
  await selectText(reader.text, "Most recipients of U.S. training never join ISIS");
  await page.keyboard.press("F9");
  await expect
    .poll(async () => (await saved()).underline)
    .toEqual([q("Most recipients of U.S. training never join ISIS")]);
  await expect
    .poll(() => runs(reader.text, "data-underline"))
    .toEqual(["Most recipients of U.S. training never join ISIS"]);
  await expect(status).toContainText("Underline marked on “Trainees rarely defect”");
  await map.expectSaved();

  // The toolbar does the same: emphasis on "never".
  await selectText(reader.text, "never");
  await reader.panel.getByTestId("reader-emphasis").click();
  await expect.poll(async () => (await saved()).emphasis).toEqual([q("never")]);
  await map.expectSaved();

  // A selection starting before the card is clipped to the card's words.
  await selectText(reader.text, "radicalise trainees. Most recipients");
  await page.keyboard.press("F11");
  await expect.poll(async () => (await saved()).highlights).toEqual([q("Most recipients")]);
  await expect(status).toContainText("only the words inside the card");
  await map.expectSaved();

  await selectText(reader.text, "rare exceptions");
  await page.keyboard.press("Control+F11");
  await expect.poll(async () => (await saved()).highlights2).toEqual([q("rare exceptions")]);
  await map.expectSaved();

  // Shift clears the layer over the selection.
  await selectText(reader.text, "ISIS");
  await page.keyboard.press("Shift+F9");
  await expect.poll(async () => (await saved()).underline).toEqual([q("Most recipients of U.S. training never join ")]);
  await map.expectSaved();

  // The source shows each layer where the card has it.
  await expect.poll(() => runs(reader.text, "data-emphasis")).toEqual(["never"]);
  await expect.poll(() => runs(reader.text, "data-highlight")).toEqual(["Most recipients", "rare exceptions"]);

  // Outside every card: nothing changes, a clear message offers to cut the words as a card.
  const before = await saved();
  await selectText(reader.text, "Critics disagree");
  await page.keyboard.press("F9");
  await expect(status).toContainText("not in a card");
  await status.getByRole("button", { name: "Cut as a card" }).click();
  const dialog = reader.dialog("Cut a card");
  await expect(dialog.getByTestId("cut-quote")).toHaveText("Critics disagree");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await saved()).toEqual(before);

  // The inspector's quote shows the same layers: one card, one set of layers.
  await map.select(node.id);
  const quote = map.inspector.getByTestId("card-quote");
  await expect(quote.locator("[data-emphasis]")).toHaveText("never");
  await expect(quote.getByTestId("quote-mark-2")).toHaveText("rare exceptions");

  // The card being read goes to the speech document from the reader's card list: a negative
  // card, to the 1NC until the user picks a speech.
  await expect(reader.cards.first().getByTestId("reader-send-to-speech")).toHaveText("Send to 1NC");
  await reader.cards.first().getByTestId("reader-send-to-speech").click();
  await expect(reader.cards.first().getByTestId("reader-send-status")).toHaveText(/Sent to 1NC/);
  const doc = await (await api.request.get(`/api/debates/${debate.id}/speech-docs/1NC`)).json();
  expect(doc.items.map((i: { nodeId: string }) => i.nodeId)).toEqual([node.id]);

  // Every mark is a versioned edit in the history.
  const history = await api.history(debate.id, 20);
  expect(history.filter((h) => h.entityId === node.id && h.action === "update").length).toBeGreaterThanOrEqual(5);

  await reader.panel.screenshot({ path: "docs/reader-markup.png" });
});
