// Issue 12 item 2 on imported maps: a real Kialo export (tests/fixtures/corpus/kialo, 105 claims)
// and a generated 500-claim one read as arguments at See whole map and a few levels in: every card
// framed, titles at 12 px or more on screen, no two cards overlapping.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { boxOf, cardsOverlap } from "../fixtures/pages";
import { expect, test } from "../fixtures/test";
import type { MapPage } from "../fixtures/pages";

const SCREENS = "test-results/screens";
const REAL = readFileSync("tests/fixtures/corpus/kialo/should-hate-speech-be-illegal-6148.txt", "utf8");

/** A Kialo export of `count` claims: a thesis, then Pro/Con answers a few levels deep, as Kialo writes them. */
function kialoExport(count: number): string {
  let s = 7;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = "tax policy growth jobs wages trade health schools housing climate energy prices".split(" ");
  const lines = ["Discussion Title: Should the city adopt the budget?", "", "1. The city should adopt the budget."];
  const paths = ["1"];
  const kids = new Map<string, number>();
  for (let i = 1; i < count; i++) {
    // Earlier claims gather more answers, as in a real discussion.
    const parent = paths[Math.floor(Math.pow(rand(), 1.6) * paths.length)]!;
    const n = (kids.get(parent) ?? 0) + 1;
    kids.set(parent, n);
    const path = `${parent}.${n}`;
    paths.push(path);
    const title = Array.from({ length: 6 + Math.floor(rand() * 22) }, () => words[Math.floor(rand() * words.length)])
      .join(" ")
      .replace(/^./, (c) => c.toUpperCase());
    lines.push(`${path}. ${rand() < 0.5 ? "Pro" : "Con"}: Claim ${i}: ${title}.`);
  }
  return lines.join("\r\n") + "\r\n";
}

async function importKialo(page: Page, name: string, text: string): Promise<{ id: string; nodeCount: number }> {
  const res = await page.request.post(`/api/debates/import?name=${encodeURIComponent(name)}`, {
    data: text,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { debate: { id: string; nodeCount: number } }).debate;
}

/** Every short card framed in the canvas, readable, and clear of every other. */
async function readableOverview(map: MapPage, where: string, framed: boolean): Promise<number> {
  const frame = await boxOf(map.canvas);
  const cards = await map.shortCards();
  expect(cards.length, where).toBeGreaterThan(0);
  for (const c of cards) {
    expect(c.px, `title of ${c.id} ${where}`).toBeGreaterThanOrEqual(12);
    if (framed) {
      expect(c.x, `${c.id} ${where}`).toBeGreaterThanOrEqual(frame.x - 2);
      expect(c.y, `${c.id} ${where}`).toBeGreaterThanOrEqual(frame.y - 2);
      expect(c.x + c.w, `${c.id} ${where}`).toBeLessThanOrEqual(frame.x + frame.width + 2);
      expect(c.y + c.h, `${c.id} ${where}`).toBeLessThanOrEqual(frame.y + frame.height + 2);
    }
  }
  const clash = cards.flatMap((a, i) =>
    cards
      .slice(i + 1)
      .filter((b) => cardsOverlap(a, b))
      .map((b) => `${a.id}×${b.id}`),
  );
  expect(clash, where).toEqual([]);
  return cards.length;
}

for (const [name, file, text] of [
  ["the real 105-claim Kialo export", "should-hate-speech-be-illegal-6148.txt", REAL],
  ["a 500-claim Kialo export", "city-budget.txt", kialoExport(500)],
] as const) {
  test(`${name}: See whole map frames all of it in readable cards, and zooming in opens it up`, async ({
    page,
    map,
    user: _user,
  }) => {
    test.setTimeout(120_000);
    const debate = await importKialo(page, file, text);
    await map.goto(debate.id);
    await expect(map.canvas).toBeVisible({ timeout: 30_000 });
    await expect(map.nodes.first()).toBeVisible({ timeout: 30_000 });
    const slug = file.replace(/\.txt$/, "");

    await page.getByTestId("see-whole-map").click();
    await map.settle();
    await expect(map.canvas).not.toHaveAttribute("data-zoom-bucket", "0");
    const whole = await readableOverview(map, "at See whole map", true);
    await page.screenshot({ path: `${SCREENS}/kialo-${slug}-whole.png` });
    // The README's picture of an imported map's overview.
    if (text === REAL) await page.screenshot({ path: "docs/map-overview-kialo.png" });

    // Two levels in (from the centre, which the zoom keeps in place): more of the map opens.
    const zoomIn = page.getByRole("button", { name: "Zoom In", exact: true });
    let bucket = await map.canvas.getAttribute("data-zoom-bucket");
    for (let level = 1; level <= 2; level++) {
      for (let i = 0; i < 12 && (await map.canvas.getAttribute("data-zoom-bucket")) === bucket; i++)
        await zoomIn.click();
      bucket = await map.canvas.getAttribute("data-zoom-bucket");
      if (bucket === "0") break;
      await map.settle();
      const shown = await readableOverview(map, `at level ${bucket}`, false);
      expect(shown + 0, `level ${bucket}`).toBeGreaterThan(0);
      await page.screenshot({ path: `${SCREENS}/kialo-${slug}-level-${level}.png` });
    }
    expect(whole).toBeGreaterThan(0);
  });
}
