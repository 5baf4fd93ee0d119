// A Verbatim .docx through the Import dialog, its cards on the map, the debate exported as .docx
// from the map's Export menu, and the downloaded file imported again.
import { readFileSync } from "node:fs";
import { handVerbatimDocx } from "../../lib/domain/codecs/docx/fixtures";
import { ExportMenu, ImportDialog } from "../fixtures/import-export";
import { expect, test } from "../fixtures/test";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

test("a .docx imports with its cards, exports as .docx, and the download imports again", async ({
  page,
  home,
  map,
  user: _user,
}) => {
  const dialog = new ImportDialog(page);
  await home.goto();
  await dialog.open();
  await dialog.fileInput.setInputFiles({
    name: "aff-file.docx",
    mimeType: DOCX,
    buffer: Buffer.from(handVerbatimDocx()),
  });
  await expect(dialog.detected).toHaveText(/Detected: Word/);
  await expect(dialog.format).toHaveValue("docx");

  // A Word file is a zip already: it goes as it is, not packed again.
  const upload = page.waitForRequest(
    (r) => r.method() === "POST" && new URL(r.url()).pathname === "/api/debates/import",
  );
  await dialog.start.click();
  expect((await upload).headers()["x-clash-packed"]).toBeUndefined();
  await expect(dialog.report).toBeVisible({ timeout: 60_000 });
  const counts = dialog.dialog.getByTestId("import-document");
  await expect(counts).toHaveText(/1 pocket, 1 hat, 1 block, \d+ cards? and \d+ analytics?\./);
  const nodes = Number(await dialog.created.getAttribute("data-nodes"));
  expect(nodes).toBeGreaterThan(1);

  await dialog.dialog.getByRole("button", { name: "Open the debate" }).click();
  await page.waitForURL(/\/debates\/[^/]+$/);
  await expect(map.title).toHaveText("aff-file");
  await expect(map.nodes).toHaveCount(nodes);
  await expect(map.nodes.filter({ hasText: "Warming causes extinction" })).toHaveCount(1);

  // The file's pocket, hat and block are groups the map can be filtered by; a pocket takes its
  // hat and block along.
  await page.getByRole("button", { name: "Filter", exact: false }).first().click();
  const groupFilter = page.getByRole("group", { name: "Group" });
  await expect(groupFilter.getByRole("checkbox")).toHaveCount(3);
  await groupFilter.getByRole("checkbox").first().check();
  await expect(groupFilter.getByRole("checkbox", { checked: true })).toHaveCount(3);
  await expect.poll(() => map.nodes.count()).toBeGreaterThan(0);
  await groupFilter.getByRole("checkbox").first().uncheck();
  await expect(groupFilter.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await page.getByRole("dialog", { name: "Filters" }).getByRole("button", { name: "Done" }).click();
  await expect(map.nodes).toHaveCount(nodes);

  const download = await new ExportMenu(page).download("Word (Verbatim .docx)");
  expect(download.suggestedFilename()).toBe("aff-file.docx");
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");

  await home.goto();
  await dialog.open();
  await dialog.fileInput.setInputFiles({ name: "again.docx", mimeType: DOCX, buffer: bytes });
  await expect(dialog.format).toHaveValue("docx");
  await dialog.start.click();
  await expect(dialog.report).toBeVisible({ timeout: 60_000 });
  await expect(dialog.created).toHaveAttribute("data-nodes", String(nodes));
  await expect(counts).toHaveText(/1 pocket, 1 hat, 1 block, /);
});
