// An imported file that placed its arguments keeps its positions, unless the report's "Lay out for
// reading" is chosen: then the map opens laid out, in one change that one undo takes back.
import path from "node:path";
import { CORPUS, ImportDialog } from "../fixtures/import-export";
import { expect, test } from "../fixtures/test";

const SOFT_DRUGS = path.join(CORPUS, "argdown/legalisation-softdrugs.argdown");

test("a file with positions: the report offers to keep them (default) or lay the map out for reading", async ({
  page,
  home,
  api,
  map,
  user: _user,
}) => {
  // A map drawn as one long column, as some tools export it: positions worth offering to replace.
  const made = await api.createDebate({ title: "Column" });
  const thesis = await api.createNode(made.id, { kind: "claim", side: "aff", title: "Aid should be conditioned" });
  const ANSWERS = 4;
  for (let i = 0; i < ANSWERS; i++) {
    const n = await api.createNode(made.id, {
      kind: "rebuttal",
      side: "neg",
      title: `Answer ${i + 1}`,
      position: { x: 0, y: 400 * (i + 1) },
    });
    await api.createEdge(made.id, { source: n.id, target: thesis.id, relation: "rebuts" });
  }
  const file = await api.request.get(`/api/debates/${made.id}/export?format=json`);
  const buffer = await file.body();
  const column = (await api.debate(made.id)).nodes.map((n) => [n.title, n.position] as const);
  const positionsOf = async (id: string) =>
    new Map((await api.debate(id)).nodes.map((n) => [n.title, n.position] as const));

  const dialog = new ImportDialog(page);
  const importAgain = async () => {
    await home.goto();
    await dialog.open();
    await dialog.importFile({ name: "column.clash.json", mimeType: "application/json", buffer });
  };

  await test.step("kept: the file's positions, as they were", async () => {
    await importAgain();
    const choice = dialog.dialog.getByTestId("import-layout");
    await expect(choice).toBeVisible();
    await expect(choice.getByRole("radio", { name: "Keep the file's positions" })).toBeChecked();
    await page.screenshot({ path: "test-results/screens/import-layout-choice.png" });
    await dialog.dialog.getByRole("button", { name: "Open the debate" }).click();
    await page.waitForURL(/\/debates\/[^/?]+$/);
    const id = page.url().split("/").pop()!;
    await expect(map.nodes).toHaveCount(5);
    const kept = await positionsOf(id);
    const dx = kept.get("Aid should be conditioned")!.x - column.find(([t]) => t === "Aid should be conditioned")![1].x;
    const dy = kept.get("Aid should be conditioned")!.y - column.find(([t]) => t === "Aid should be conditioned")![1].y;
    for (const [title, p] of column) expect(kept.get(title)).toEqual({ x: p.x + dx, y: p.y + dy });
  });

  await test.step("laid out: one change, undone by one undo", async () => {
    await importAgain();
    await dialog.dialog.getByRole("radio", { name: /Lay out for reading/ }).check();
    await dialog.dialog.getByRole("button", { name: "Open the debate" }).click();
    await page.waitForURL(/\/debates\/[^/?]+$/); // the layout parameter is dropped once applied
    const id = page.url().split("/").pop()!;
    await expect(map.nodes).toHaveCount(5);
    await map.expectSaved();
    // The answers no longer stand 400 px apart in one column.
    await expect
      .poll(async () => {
        const p = await positionsOf(id);
        const ys = Array.from({ length: ANSWERS }, (_, i) => p.get(`Answer ${i + 1}`)!.y);
        return Math.max(...ys) - Math.min(...ys);
      })
      .not.toBe(1200);
    await page.keyboard.press("Control+z");
    await map.expectSaved();
    await expect
      .poll(async () => {
        const p = await positionsOf(id);
        const ys = Array.from({ length: ANSWERS }, (_, i) => p.get(`Answer ${i + 1}`)!.y);
        return Math.max(...ys) - Math.min(...ys);
      })
      .toBe(1200);
  });
});

test("a file without positions is laid out on import and the report says so, offering nothing", async ({
  page,
  home,
  user: _user,
}) => {
  const dialog = new ImportDialog(page);
  await home.goto();
  await dialog.open();
  await dialog.importFile(SOFT_DRUGS);
  await expect(dialog.dialog.getByTestId("import-laid-out")).toHaveText(/laid out for reading/);
  await expect(dialog.dialog.getByTestId("import-layout")).toHaveCount(0);
});
