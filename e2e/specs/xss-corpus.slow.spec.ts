// The XSS corpus in a real browser: a few hundred payloads written through the API's user fields
// (argument titles and bodies, comments, the debate's title and description, a source's cite
// fields) and through an import (Clash JSON), then rendered on the pages that show them (home,
// map, flow, history, the source reader) and in the exports (Markdown rendered by markdown-it
// with raw HTML on, Argdown, AIF and JSON shown as text). Every way a payload could run is
// counted (alert/confirm/prompt/print, a dialog, a `__xss` call): the count must be 0.
// Slow: collected only with CLASH_SLOW_TESTS=1 (CI), see playwright.config.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import type { Page } from "@playwright/test";
import { expectJson } from "../fixtures/api";
import { expect, test } from "../fixtures/test";

const BASE = readFileSync(path.resolve("tests/fixtures/xss-payloads.txt"), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("# "));
/** Each payload as is, breaking out of an attribute, out of a script or style, and as a Markdown link. */
const contexts = (p: string) => [p, `"'>${p}`, `</script></style>${p}`, `[x](${p.replaceAll(/\s/g, "")})`];
const CORPUS = BASE.flatMap(contexts).map((p) => p.slice(0, 480));

/** Count every way a payload could announce that it ran, before any page script. */
async function arm(page: Page): Promise<() => Promise<number>> {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__xssHits = 0;
    const hit = () => {
      w.__xssHits = (w.__xssHits as number) + 1;
    };
    for (const name of ["alert", "confirm", "prompt", "print", "__xss"]) w[name] = hit;
  });
  return async () => dialogs + (await page.evaluate(() => (window as unknown as { __xssHits: number }).__xssHits));
}

test("a few hundred payloads through every field and an import run nowhere they are shown", async ({
  page,
  api,
  user: _user,
}) => {
  test.setTimeout(600_000);
  expect(CORPUS.length).toBeGreaterThan(200);
  const executions = await arm(page);
  let total = 0;
  const render = async (url: string) => {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    total += await executions();
  };

  const debate = await api.createDebate({ title: CORPUS[0]!.slice(0, 200) });
  const patch = await page.request.patch(`/api/debates/${debate.id}`, {
    data: { version: debate.version, description: CORPUS.slice(1, 8).join("\n"), resolution: CORPUS[8]!.slice(0, 900) },
  });
  expect(patch.status()).toBe(200);
  const ops = CORPUS.map((p, i) => ({
    op: "createNode" as const,
    node: {
      kind: "claim",
      side: i % 2 ? "aff" : "neg",
      speech: i % 2 ? "1AC" : "1NC",
      title: p,
      body: `${p}\n\n${CORPUS[(i + 7) % CORPUS.length]}`,
      position: { x: (i % 20) * 320, y: Math.floor(i / 20) * 160 },
    },
  }));
  const written = await expectJson<{ results: { node?: { id: string } }[] }>(
    await page.request.post(`/api/debates/${debate.id}/ops`, { data: { ops } }),
  );
  const ids = written.results.map((r) => r.node!.id);
  for (const [i, p] of CORPUS.slice(0, 40).entries()) await api.comment(debate.id, ids[i]!, p);
  await api.createSource(debate.id, {
    title: CORPUS[9]!,
    author: CORPUS[10]!.slice(0, 300),
    publication: CORPUS[11]!,
    text: CORPUS.slice(0, 60).join("\n"),
  });

  // Through an import: the debate's own Clash JSON, imported as a new debate.
  const json = await (await page.request.get(`/api/debates/${debate.id}/export?format=json`)).text();
  const imported = await expectJson<{ debateId?: string; id?: string; debate?: { id: string } }>(
    await page.request.post("/api/debates/import?format=clash-json&name=xss.json", {
      data: json,
      headers: { "content-type": "application/json" },
    }),
    201,
  );
  const importedId = imported.debateId ?? imported.debate?.id ?? imported.id!;

  for (const id of [debate.id, importedId]) {
    await render(`/debates/${id}`);
    await page.keyboard.press("h"); // the history panel
    await page.waitForTimeout(500);
    total += await executions();
    await render(`/debates/${id}/flow`);
  }
  await render("/");

  // The exports, rendered: Markdown by a real renderer with raw HTML allowed; the others as the browser shows text.
  const md = new MarkdownIt({ html: true, linkify: true });
  for (const format of ["markdown", "argdown", "aif", "json"]) {
    const body = await (await page.request.get(`/api/debates/${debate.id}/export?format=${format}`)).text();
    expect(body.length).toBeGreaterThan(1000);
    const html = format === "markdown" ? md.render(body) : `<pre>${body}</pre>`;
    await page.setContent(`<!doctype html><html><body>${html}</body></html>`);
    await page.waitForTimeout(300);
    total += await executions();
    if (format !== "markdown") {
      // Served as a download with its own type: what a browser does when it opens the file.
      await page.goto(`/api/debates/${debate.id}/export?format=${format}`).catch(() => undefined);
      total += await executions().catch(() => 0);
    }
  }

  console.log(
    `XSS corpus: ${CORPUS.length} payloads, ${ids.length} arguments, 3 views × 2 debates + home, 4 exports: ${total} executions`,
  );
  expect(total).toBe(0);
});
