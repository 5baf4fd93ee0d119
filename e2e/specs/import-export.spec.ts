// Import through the home page (dialog, drop target, progress, report) and export from the map
// toolbar (files, and PNG/SVG images of the whole map), plus the routes' refusals.
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import path from "node:path";
import { DEMO_DEBATE_ID, DEMO_EDGE_COUNT, DEMO_NODE_COUNT, expectJson, uniqueId } from "../fixtures/api";
import { CORPUS, ExportMenu, ImportDialog, pngSize } from "../fixtures/import-export";
import { expect, test } from "../fixtures/test";

const SOFT_DRUGS = path.join(CORPUS, "argdown/legalisation-softdrugs.argdown");
const SCREENS = "test-results/screens";

test.describe("import", () => {
  test("an Argdown file through the Import dialog becomes a debate whose map shows what the report says", async ({
    page,
    home,
    map,
    user: _user,
  }) => {
    const dialog = new ImportDialog(page);
    await home.goto();
    // The dialog asks the server to get an import worker ready while the file is picked.
    const warmed = () => page.waitForResponse((r) => new URL(r.url()).pathname === "/api/imports/warm");
    const warm = warmed();
    await dialog.open();
    expect((await warm).status()).toBe(204);
    // …and again once the file is chosen (a thread idle for 15 s exits while one picks).
    const rewarm = warmed();
    await dialog.fileInput.setInputFiles(SOFT_DRUGS);
    expect((await rewarm).status()).toBe(204);
    await expect(dialog.dialog).toContainText("legalisation-softdrugs.argdown");
    await expect(dialog.detected).toHaveText("Detected: Argdown");
    await expect(dialog.format).toHaveValue("argdown");

    await test.step("upload with progress, then the report", async () => {
      // A text file travels packed (lib/domain/packing.ts): smaller than the file on the wire.
      const upload = page.waitForRequest(
        (r) => r.method() === "POST" && new URL(r.url()).pathname === "/api/debates/import",
      );
      await dialog.start.click();
      const sent = await upload;
      expect(sent.headers()["x-clash-packed"]).toBe("deflate-raw");
      await expect(dialog.report).toBeVisible({ timeout: 30_000 });
      const onWire = Number((await sent.allHeaders())["content-length"]);
      expect(onWire).toBeGreaterThan(0);
      expect(onWire).toBeLessThan(readFileSync(SOFT_DRUGS).byteLength / 2);
      await expect(dialog.created).toHaveText(/^Created \d+ arguments, \d+ connections and 0 sources\.$/);
    });
    const nodes = Number(await dialog.created.getAttribute("data-nodes"));
    const edges = Number(await dialog.created.getAttribute("data-edges"));
    expect(nodes).toBeGreaterThan(10);
    await page.screenshot({ path: `${SCREENS}/import-report.png` });

    await dialog.dialog.getByRole("button", { name: "Open the debate" }).click();
    await page.waitForURL(/\/debates\/[^/]+$/);
    await expect(map.title).toHaveText("Pros and Cons Legalisation of Soft Drugs");
    await expect(map.nodes).toHaveCount(nodes);
    await expect(map.edges).toHaveCount(edges);
    await expect(map.visibility).toHaveText("private");
    await map.tool("Fit").click();
    await page.screenshot({ path: `${SCREENS}/imported-map.png` });
  });

  test("dropping a file anywhere on the home page shows an overlay, then opens the dialog with that file", async ({
    page,
    home,
    user: _user,
  }) => {
    const dialog = new ImportDialog(page);
    await home.goto();
    const kialo =
      "Discussion Title: Should tests be fast?\n\n1. Tests should be fast.\n1.1. Pro: Slow tests are not run.\n1.2. Con: Some checks take time.\n";
    await dialog.drop("tests.txt", kialo, async () => {
      await expect(dialog.dropOverlay).toBeVisible();
      await expect(dialog.dropOverlay).toContainText("Drop the file to import it");
      await page.screenshot({ path: `${SCREENS}/import-drop.png` });
    });
    await expect(dialog.dropOverlay).toBeHidden();
    await expect(dialog.dialog).toBeVisible();
    await expect(dialog.dialog).toContainText("tests.txt");
    await expect(dialog.detected).toHaveText(/Detected: Kialo/);
    await dialog.start.click();
    await expect(dialog.created).toHaveAttribute("data-nodes", "3");
    await expect(dialog.created).toHaveAttribute("data-edges", "2");
  });

  test("a file on a slow connection shows its upload progress, then “Importing…”, then the report", async ({
    page,
    home,
    api,
    user: _user,
  }) => {
    const file = await api.request.get(`/api/debates/${DEMO_DEBATE_ID}/export?format=json`);
    const buffer = await file.body();
    const dialog = new ImportDialog(page);
    await home.goto();
    await dialog.open();
    await dialog.fileInput.setInputFiles({ name: "tajikistan.clash.json", mimeType: "application/json", buffer });
    await expect(dialog.detected).toHaveText("Detected: Clash JSON");
    // ~160 KB at 64 KB/s: a couple of seconds of upload progress.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 64 * 1024,
    });
    await dialog.start.click();
    await expect(dialog.progress).toContainText(/Uploading… [1-9]\d?%/);
    await expect(dialog.progress.locator("progress")).toHaveAttribute("value", /^\d+$/);
    await page.screenshot({ path: `${SCREENS}/import-progress.png` });
    await expect(dialog.report.or(dialog.progress.getByText("Importing…"))).toBeVisible({ timeout: 30_000 });
    await expect(dialog.created).toHaveAttribute("data-nodes", String(DEMO_NODE_COUNT), { timeout: 30_000 });
    await expect(dialog.created).toHaveAttribute("data-sources", "5");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  });

  test("an editor imports a file into an open debate: its arguments join the map below the existing ones", async ({
    page,
    api,
    map,
    user: _user,
  }) => {
    const d = await api.createDebate({ title: `Into ${uniqueId()}` });
    await api.createNode(d.id, { title: "Already here", position: { x: 0, y: 0 } });
    await map.open(d.id, 1);
    await page.getByRole("button", { name: "Import…" }).click();
    const dialog = new ImportDialog(page, "Import into this debate");
    await expect(dialog.dialog).toBeVisible();
    const { nodes } = await dialog.importFile(SOFT_DRUGS);
    await expect(dialog.report).toContainText("Added to");
    await dialog.dialog.getByRole("button", { name: "Show on the map" }).click();
    await expect(map.nodes).toHaveCount(1 + nodes);
    await expect(map.title).toHaveText(d.title); // the debate keeps its own title
    const existing = await map.nodeTitled("Already here").boundingBox();
    const imported = await map.nodeTitled("Legalisation of Soft Drugs").boundingBox();
    expect(imported!.y).toBeGreaterThan(existing!.y + existing!.height);
  });

  test("a refused file says why: over 20 MB or over its format's cap before uploading, a broken file with the server's reason", async ({
    page,
    home,
    user: _user,
  }) => {
    const dialog = new ImportDialog(page);
    await home.goto();
    await dialog.open();
    await dialog.fileInput.setInputFiles({
      name: "huge.json",
      mimeType: "application/json",
      buffer: Buffer.alloc(20 * 1024 * 1024 + 10, 32),
    });
    await dialog.start.click();
    await expect(dialog.error).toHaveText("The file is over 20 MB, the most Clash imports.");

    // Under 20 MB but over Argdown's own cap: refused as the server would, and never sent.
    const uploads: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && new URL(r.url()).pathname.endsWith("/import")) uploads.push(r.url());
    });
    await dialog.fileInput.setInputFiles({
      name: "season.argdown",
      mimeType: "text/plain",
      buffer: Buffer.alloc(13 * 1024 * 1024, "[Claim]: a statement.\n"),
    });
    await expect(dialog.detected).toHaveText("Detected: Argdown");
    await dialog.start.click();
    await expect(dialog.error).toHaveText(
      "The file is 13.0 MB; Clash imports Argdown files of up to 12 MB. Split it into smaller files.",
    );
    expect(uploads).toEqual([]);

    await dialog.fileInput.setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"clash": "debate", "schemaVersion": 2, "nodes": ['),
    });
    await expect(dialog.detected).toHaveText("Detected: Clash JSON");
    await dialog.start.click();
    await expect(dialog.error).toContainText("not valid JSON");

    await dialog.fileInput.setInputFiles({
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Just a shopping list.\nEggs.\n"),
    });
    await expect(dialog.detected).toContainText("could not be told");
    await dialog.start.click();
    await expect(dialog.error).toContainText("Could not tell what format");
    await expect(dialog.error).toContainText("Argdown");
  });
});

test.describe("export", () => {
  test("the Tajikistan map as a PNG holds the whole map, as laid out", async ({ page, map }) => {
    test.setTimeout(120_000);
    // The PNG is painted in a worker (worker-src 'self' blob:): no CSP violation may be logged.
    const refused: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    await map.open(DEMO_DEBATE_ID);
    await expect(map.nodes).toHaveCount(DEMO_NODE_COUNT);
    // Zoomed out, cards stand where the overview spreads them; the PNG draws the map as laid out,
    // so its bounds are read at full-card zoom, where every card stands at its argument's position.
    const canvas = page.getByTestId("canvas");
    for (let i = 0; i < 8 && (await canvas.getAttribute("data-zoom-bucket")) !== "0"; i++) {
      await page.getByRole("button", { name: "Zoom In" }).click();
    }
    await expect(canvas).toHaveAttribute("data-zoom-bucket", "0");
    // The map's node bounds, as React Flow measured them (map units), for the aspect ratio.
    const bounds = await map.canvas.locator(".react-flow__node").evaluateAll((els) => {
      let x0 = Infinity,
        y0 = Infinity,
        x1 = -Infinity,
        y1 = -Infinity;
      for (const el of els as HTMLElement[]) {
        const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
        x0 = Math.min(x0, m.m41);
        y0 = Math.min(y0, m.m42);
        x1 = Math.max(x1, m.m41 + el.offsetWidth);
        y1 = Math.max(y1, m.m42 + el.offsetHeight);
      }
      return { width: x1 - x0, height: y1 - y0 };
    });

    const menu = new ExportMenu(page);
    const download = await test.step("render and download", async () => {
      const d = menu.download("PNG image");
      await expect(menu.button).toHaveText(/Rendering PNG…|Export/);
      return d;
    });
    expect(download.suggestedFilename()).toBe("u-s-security-assistance-to-tajikistan.png");
    const file = `${SCREENS}/export.png`;
    await download.saveAs(file);
    await expect(menu.button).toHaveText("Export");

    const png = readFileSync(file);
    expect(png.length).toBeGreaterThan(50_000);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    const { width, height } = pngSize(png);
    expect(Math.max(width, height)).toBeLessThanOrEqual(8_000);
    // At least 12/13 pixel per map unit (13-unit titles at 12 px, readable in the picture), unless
    // the map is so long that the 8,000 px side cap binds: then the long side is the cap.
    const side = Math.max(bounds.width, bounds.height) + 80;
    if ((side * 12) / 13 <= 8_000) expect(width).toBeGreaterThanOrEqual(((bounds.width + 80) * 12) / 13 - 1);
    else expect(Math.max(width, height)).toBeGreaterThanOrEqual(7_990);
    // 40 map units of white around the nodes on every side; the image has the map's proportions.
    const expected = (bounds.width + 80) / (bounds.height + 80);
    expect(Math.abs(width / height - expected) / expected).toBeLessThan(0.01);

    // Not a blank page: a good share of its pixels are not white (drawn in this page's own canvas).
    const inked = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = 400;
      c.height = Math.max(1, Math.round((400 * img.height) / img.width));
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0, c.width, c.height);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) ink++;
      return ink / (data.length / 4);
    }, png.toString("base64"));
    expect(inked).toBeGreaterThan(0.05);
    expect(refused).toEqual([]);
  });

  test("Clash JSON, SVG and the other files download from the menu, for a viewer too", async ({ page, map }) => {
    await map.open(DEMO_DEBATE_ID);
    await expect(map.readonlyNote).toBeVisible(); // not the owner: a viewer of the public demo
    const menu = new ExportMenu(page);

    const json = await menu.download("Clash JSON");
    expect(json.suggestedFilename()).toBe("u-s-security-assistance-to-tajikistan.clash.json");
    const doc = JSON.parse(readFileSync(await json.path(), "utf8")) as {
      clash: string;
      nodes: unknown[];
      edges: unknown[];
      sources: { text: string }[];
    };
    expect(doc.clash).toBe("debate");
    expect(doc.nodes).toHaveLength(DEMO_NODE_COUNT);
    expect(doc.edges).toHaveLength(DEMO_EDGE_COUNT);
    expect(doc.sources.every((s) => s.text.length > 100)).toBe(true);

    const argdown = await menu.download("Argdown");
    expect(argdown.suggestedFilename()).toMatch(/\.argdown$/);
    const md = await menu.download("Markdown");
    expect(readFileSync(await md.path(), "utf8")).toContain("U.S. Security Assistance to Tajikistan");

    // Kialo has no place for cards, speeches or positions: the file downloads and the menu says
    // what was left out, instead of leaving it in a response header.
    const kialo = await menu.download("Kialo");
    expect(readFileSync(await kialo.path(), "utf8")).toMatch(/^Discussion Title: /);
    const left = page.getByTestId("export-not-exported");
    await expect(left).toContainText("Kialo could not hold everything");
    await expect(left).toContainText("card anchors and markup");
    await left.getByRole("button", { name: "Dismiss" }).click();
    await expect(left).toBeHidden();

    const svg = await menu.download("SVG image");
    expect(svg.suggestedFilename()).toBe("u-s-security-assistance-to-tajikistan.svg");
    await svg.saveAs(`${SCREENS}/export.svg`);
    const text = readFileSync(`${SCREENS}/export.svg`, "utf8");
    // A vector drawing of the map's geometry, standalone (Inkscape reads it): well-formed XML with
    // the SVG namespace, one rectangle per argument, a path per connection, no page snapshot.
    const errors: string[] = [];
    const svgDoc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") errors.push(msg);
      },
    }).parseFromString(text, "image/svg+xml");
    expect(errors).toEqual([]);
    const root = svgDoc.documentElement!;
    expect(root.tagName).toBe("svg");
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(Number(root.getAttribute("width"))).toBeGreaterThan(1000);
    expect(svgDoc.getElementsByTagName("foreignObject")).toHaveLength(0);
    const boxes = Array.from(svgDoc.getElementsByTagName("rect")).filter((r) => r.getAttribute("class") === "arg-box");
    expect(boxes).toHaveLength(DEMO_NODE_COUNT);
    const rels = Array.from(svgDoc.getElementsByTagName("path")).filter((p) =>
      /\brel\b/.test(p.getAttribute("class") ?? ""),
    );
    expect(rels).toHaveLength(DEMO_EDGE_COUNT);
    expect(text).toContain("U.S. Security Assistance to Tajikistan");
    expect(Buffer.byteLength(text)).toBeLessThan(1_000_000);

    // The browser draws it as an image: its own size, not a broken image.
    const drawn = await page.evaluate(async (svgText) => {
      const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
      const img = new Image();
      img.src = url;
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    }, text);
    expect(drawn.width).toBe(Number(root.getAttribute("width")));
    expect(drawn.height).toBe(Number(root.getAttribute("height")));
  });
});

test.describe("import and export routes", () => {
  test("refusals: signed out 401, cross-site 403, a form 415, over 20 MB 413, malformed 422; nothing created", async ({
    playwright,
    baseURL,
    api,
    user: _user,
  }) => {
    const anon = await playwright.request.newContext({ baseURL });
    const r401 = await anon.post("/api/debates/import?format=argdown", {
      data: Buffer.from("[A]: a"),
      headers: { "Content-Type": "text/plain" },
    });
    expect(r401.status()).toBe(401);
    await anon.dispose();

    const before = (await expectJson<{ debates: unknown[] }>(await api.request.get("/api/debates"))).debates.length;
    const cross = await api.request.post("/api/debates/import?format=argdown", {
      data: Buffer.from("[A]: a"),
      headers: { "Content-Type": "text/plain", Origin: "https://evil.example" },
    });
    expect(cross.status()).toBe(403);
    const form = await api.request.post("/api/debates/import", {
      multipart: { file: { name: "a.argdown", mimeType: "text/plain", buffer: Buffer.from("[A]: a") } },
    });
    expect(form.status()).toBe(415);
    const big = await api.request.post("/api/debates/import?format=argdown", {
      data: Buffer.alloc(21 * 1024 * 1024, 97),
      headers: { "Content-Type": "application/octet-stream" },
    });
    expect(big.status()).toBe(413);
    expect((await big.json()).error.code).toBe("payload_too_large");
    const bad = await api.request.post("/api/debates/import?format=aif&name=x.json", {
      data: Buffer.from("[".repeat(10_000)),
      headers: { "Content-Type": "application/json" },
    });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.details.kind).toBe("too_deep");
    const after = (await expectJson<{ debates: unknown[] }>(await api.request.get("/api/debates"))).debates.length;
    expect(after).toBe(before);
  });

  test("POST /api/debates/import answers 201 with the debate and report; export sends a named attachment", async ({
    api,
    user: _user,
  }) => {
    const res = await api.request.post(`/api/debates/import?name=${encodeURIComponent("soft drugs.argdown")}`, {
      data: readFileSync(SOFT_DRUGS),
      headers: { "Content-Type": "text/plain" },
    });
    const { debate, report } = await expectJson<{
      debate: { id: string; visibility: string; nodeCount: number };
      report: { format: string; counts: { nodes: number } };
    }>(res, 201);
    expect(report.format).toBe("argdown");
    expect(debate).toMatchObject({ visibility: "private", nodeCount: report.counts.nodes });

    const exp = await api.request.get(`/api/debates/${debate.id}/export?format=argdown`);
    expect(exp.status()).toBe(200);
    expect(exp.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    expect(exp.headers()["content-disposition"]).toBe(
      'attachment; filename="pros-and-cons-legalisation-of-soft-drugs.argdown"',
    );
    const aif = await api.request.get(`/api/debates/${debate.id}/export?format=aif`);
    expect(aif.headers()["content-disposition"]).toMatch(/\.aif\.json"$/);
    expect((await api.request.get(`/api/debates/${debate.id}/export?format=pdf`)).status()).toBe(422);
  });

  test("importing into a debate needs editor access; a stranger can neither import into nor export a private debate", async ({
    api,
    newPerson,
    user: _user,
  }) => {
    const d = await api.createDebate({ title: `Into ${uniqueId()}` });
    const stranger = await newPerson("Stranger");
    const body = { data: readFileSync(SOFT_DRUGS), headers: { "Content-Type": "text/plain" } };
    expect((await stranger.api.request.post(`/api/debates/${d.id}/import?format=argdown`, body)).status()).toBe(403);
    expect((await stranger.api.request.get(`/api/debates/${d.id}/export?format=json`)).status()).toBe(403);

    const editor = await newPerson("Editor");
    await api.share(d.id, editor.user.email, "editor");
    const res = await editor.api.request.post(`/api/debates/${d.id}/import?format=argdown&name=x.argdown`, body);
    const { debate, report } = await expectJson<{
      debate: { id: string; nodeCount: number };
      report: { counts: { nodes: number } };
    }>(res, 200);
    expect(debate.id).toBe(d.id);
    expect(debate.nodeCount).toBe(report.counts.nodes);
  });
});
