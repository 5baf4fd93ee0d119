// A large import runs in the background: the dialog shows where it is and can cancel it, and a
// cancelled import leaves no debate behind.
import { ImportDialog } from "../fixtures/import-export";
import { expect, test } from "../fixtures/test";

/** An Argdown map of `n` claims in a chain of supports: big enough that the server reads it for a while. */
function argdown(n: number): string {
  const lines = ["# Generated", "", "[c0]: The root claim."];
  for (let i = 1; i < n; i++) lines.push("", `[c${i}]: Claim number ${i} gives a reason.`, `  +> [c${i - 1}]`);
  return lines.join("\n") + "\n";
}

test("a large import shows the server reading it, and Cancel stops it with nothing imported", async ({
  page,
  home,
  api,
  user: _user,
}) => {
  const dialog = new ImportDialog(page);
  await home.goto();
  await dialog.open();
  const name = `cancel-me-${Date.now()}.argdown`;
  await dialog.fileInput.setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(argdown(60_000)) });
  await expect(dialog.detected).toHaveText("Detected: Argdown");
  await dialog.start.click();

  // After the upload the server parses the file in a worker; the dialog says so and stays usable.
  await expect(dialog.progress.getByTestId("import-phase")).toHaveAttribute("data-phase", /processing|parsing/, {
    timeout: 60_000,
  });
  await expect(dialog.progress).toContainText("Importing…");
  await page.screenshot({ path: "test-results/screens/import-background-progress.png" });
  await dialog.dialog.getByRole("button", { name: "Cancel import" }).click();
  await expect(dialog.dialog.getByTestId("import-cancelled")).toHaveText(/Nothing was imported/, { timeout: 60_000 });
  await expect(dialog.report).toBeHidden();

  // The server has no debate from this file.
  const list = await api.request.get("/api/debates");
  expect(list.ok()).toBe(true);
  expect(await list.text()).not.toContain(name.replace(/\.argdown$/, "").replace(/-/g, " "));
  expect(await list.text()).not.toContain("Generated");
});
