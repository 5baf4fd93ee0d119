import { expect, test } from "../fixtures/test";
import { resizeWatchJs } from "../fixtures/resize-watch";

// From the page's first script: every node React Flow lays out (the box it measures) and each
// change of its size after it was first laid out.
const WATCH_NODES = `(() => {${resizeWatchJs(".react-flow__node", "__nodeResizes")}})()`;

test("a small map's cards are their own height from their first paint: none is measured at an estimate and then resized", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  // Titles and bodies of many lengths, with speeches (status and extension badges): the layout's
  // size estimate is wrong for most of them, one way or the other.
  const words = "the aid funds a security service that defectors left for the Islamic State".split(" ");
  const text = (n: number) => Array.from({ length: n }, (_, k) => words[k % words.length]).join(" ");
  const speeches = ["1AC", "1NC", "2AC", "2NC"];
  const nodes = Array.from({ length: 30 }, (_, i) => ({
    id: `n${i}`,
    kind: i === 0 ? "claim" : i % 3 === 2 ? "rebuttal" : "claim",
    side: i === 0 ? "neutral" : i % 2 ? "aff" : "neg",
    role: null,
    speech: i === 0 ? null : speeches[i % 4],
    responseType: null,
    title: `Point ${i}: ${text(2 + ((i * 7) % 23))}`,
    body: i % 4 === 1 ? text(5 + ((i * 11) % 40)) : "",
    position: { x: Math.floor(Math.log2(i + 1)) * 380, y: (i - 2 ** Math.floor(Math.log2(i + 1)) + 1) * 200 },
    evidence: null,
  }));
  const edges = nodes.slice(1).map((n, i) => ({
    id: `e${i}`,
    source: n.id,
    target: `n${Math.floor(i / 2)}`,
    relation: i % 2 ? "rebuts" : "supports",
  }));
  const debate = await api.importGraph("Cards of every height", nodes, edges);

  await page.addInitScript({ content: WATCH_NODES });
  await page.goto(`/debates/${debate.id}`);
  await expect(map.nodes.first()).toBeVisible();
  await map.whole();
  await expect(map.nodes).toHaveCount(nodes.length);
  await expect(page.getByTestId("status-pending")).toHaveCount(0);
  // Two frames for the observer to report the last paint.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const resizes = await page.evaluate(() => (window as unknown as { __nodeResizes: string[] }).__nodeResizes);
  expect(resizes).toEqual([]);

  // Cards of different content are of different heights (the estimate does not hold them).
  const heights = new Set(
    await map.nodes.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height))),
  );
  expect(heights.size).toBeGreaterThan(3);
});
