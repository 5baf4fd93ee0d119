import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator } from "@playwright/test";
import { expectJson } from "../fixtures/api";
import { FlowPage } from "../fixtures/flow";
import { CORPUS } from "../fixtures/import-export";
import { boxOf } from "../fixtures/pages";
import { expect, test } from "../fixtures/test";

// An Argdown map: 43 arguments linked by supports and rebuts, none with a side or a speech.
const VEGGIE = path.join(CORPUS, "argdown/veggie_debate.argdown");

/** The words of the cells' titles that wrap onto two lines inside the word (not after a hyphen). */
async function brokenWords(cells: Locator): Promise<string[]> {
  return cells.evaluateAll((els) => {
    const broken: string[] = [];
    for (const el of els) {
      const title = el.querySelector(".fc-title");
      if (!title) continue;
      const texts = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
      for (let t = texts.nextNode() as Text | null; t; t = texts.nextNode() as Text | null) {
        // the why button's "?", and the runs allowed to break anywhere (URLs, overlong words)
        if (t.parentElement?.closest("button, .fc-long")) continue;
        for (const m of t.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(t, m.index);
          range.setEnd(t, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          // a line may end after a hyphen or a slash ("und/oder")
          if (lines.size > 1 && !/[-‐–—/]/.test(m[0])) broken.push(m[0]);
        }
      }
    }
    return broken;
  });
}

test("a side-less import reads well in Unassigned, says why, and is placed by depth with inferred sides in one undoable step", async ({
  page,
  api,
  user: _user,
}) => {
  const res = await api.request.post(`/api/debates/import?name=${encodeURIComponent("veggie_debate.argdown")}`, {
    data: readFileSync(VEGGIE),
    headers: { "Content-Type": "text/plain" },
  });
  const { debate } = await expectJson<{ debate: { id: string; nodeCount: number } }>(res, 201);
  expect(debate.nodeCount).toBe(43);
  const flow = new FlowPage(page);
  await flow.open(debate.id);

  // The banner tells the truth: the arguments are there, in no speech, and there is a way out.
  const empty = page.getByTestId("flow-empty");
  await expect(empty.getByRole("heading")).toHaveText("Nothing in a speech yet");
  const assign = page.getByTestId("flow-assign");
  await expect(assign).toContainText("43 arguments, none of them with a side (Aff or Neg) or in a speech yet");
  // It says how it will read the sides before it does anything, and what stays unclear.
  await expect(page.getByTestId("flow-assign-how")).toContainText("“Fleisch-OK”");
  await expect(page.getByTestId("flow-assign-how")).toContainText("What supports a resolution becomes Aff");
  await expect(page.getByTestId("flow-assign-result")).toContainText(/\d+ Aff, \d+ Neg; 2 arguments stay unassigned/);
  const warn = page.getByTestId("flow-assign-warn");
  await expect(warn).toContainText("“Einzelne-unerheblich-Einwand”");
  await expect(warn).toContainText(/links? disagrees? with these sides/);
  const place = assign.getByRole("button", { name: "Infer sides and place them by depth" });
  await expect(place).toBeVisible();

  // Unassigned, the only column with arguments, is wide, on screen, and wraps words whole.
  await expect(flow.cells).toHaveCount(43);
  expect((await flow.speeches()).at(-1)).toBe("Unassigned");
  const unassigned = await boxOf(flow.headers.last());
  const first = await boxOf(flow.headers.first());
  expect(unassigned.width).toBeGreaterThanOrEqual(280);
  expect(unassigned.width).toBeGreaterThan(2 * first.width);
  expect(unassigned.x + unassigned.width).toBeLessThanOrEqual(1440 + 1);
  const kulturerbe = flow.cellTitled("Fleischküche ist Kulturerbe");
  await expect(kulturerbe).toHaveCount(1);
  // One line: the whole title fits beside its status mark (a line is 15.6 px).
  expect((await boxOf(kulturerbe.locator(".fc-title"))).height).toBeLessThan(24);
  expect(await brokenWords(flow.cells)).toEqual([]);

  // One click: sides and speeches, in one step.
  await place.click();
  await expect(empty).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Placed 41 arguments in speeches" })).toBeVisible();
  await flow.expectSaved();
  const placed = async () => {
    const nodes = (await api.debate(debate.id)).nodes;
    const byTitle = (t: string) => nodes.find((n) => n.title === t);
    return {
      inSpeeches: nodes.filter((n) => n.speech).length,
      resolution: byTitle("Fleisch-OK") && { side: byTitle("Fleisch-OK")!.side, speech: byTitle("Fleisch-OK")!.speech },
      unclear: byTitle("Einzelne-unerheblich-Einwand")?.side,
      kulturerbe: byTitle("Fleischküche ist Kulturerbe") && {
        side: byTitle("Fleischküche ist Kulturerbe")!.side,
        speech: byTitle("Fleischküche ist Kulturerbe")!.speech,
      },
      veggie: byTitle("Strikt-Veggie")?.side,
    };
  };
  await expect.poll(placed).toEqual({
    inSpeeches: 41,
    resolution: { side: "neutral", speech: null },
    unclear: "neutral",
    kulturerbe: { side: "aff", speech: "1AC" },
    veggie: "neg",
  });
  // On the sheet: the backing of the resolution in the 1AC column, the speeches back to full width.
  const speeches = await flow.speeches();
  await expect(kulturerbe).toHaveAttribute("aria-colindex", String(speeches.indexOf("1AC") + 1));
  expect((await boxOf(flow.headers.first())).width).toBeGreaterThanOrEqual(150);
  expect(await brokenWords(flow.cells)).toEqual([]);

  // Undo takes the whole step back: no side, no speech, and the offer again.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(assign).toBeVisible();
  await flow.expectSaved();
  await expect
    .poll(async () => (await api.debate(debate.id)).nodes.filter((n) => n.speech || n.side !== "neutral").length)
    .toBe(0);
});

test("a side-less map whose arguments answer nothing says it cannot place them, rather than guess", async ({
  page,
  api,
  user: _user,
}) => {
  const d = await api.createDebate({ title: "Loose claims" });
  await api.createNode(d.id, { kind: "claim", side: "neutral", title: "Meat is culture" });
  await api.createNode(d.id, { kind: "claim", side: "neutral", title: "Meat harms the climate" });
  const flow = new FlowPage(page);
  await flow.open(d.id);
  const assign = page.getByTestId("flow-assign");
  await expect(assign).toContainText("2 arguments, none of them with a side (Aff or Neg) or in a speech yet");
  await expect(page.getByTestId("flow-assign-none")).toContainText("do not tell their sides");
  await expect(assign.getByRole("button")).toHaveCount(0);
  // Still a way to start by hand.
  await expect(page.getByTestId("flow-empty").getByRole("button", { name: "+ 1AC argument" })).toBeVisible();
});
