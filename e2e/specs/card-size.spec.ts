import { expect, test } from "../fixtures/test";
import { resizeWatchJs } from "../fixtures/resize-watch";
import { binaryTreeAt, treeGraph } from "../fixtures/tree-graph";

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
  const { nodes, edges } = treeGraph(30, {
    speech: (i) => (i === 0 ? null : speeches[i % 4]!),
    title: (i) => `Point ${i}: ${text(2 + ((i * 7) % 23))}`,
    body: (i) => (i % 4 === 1 ? text(5 + ((i * 11) % 40)) : ""),
    position: binaryTreeAt(380, 200),
  });
  const debate = await api.importGraph("Cards of every height", nodes, edges);

  await page.addInitScript({ content: WATCH_NODES });
  await map.open(debate.id, nodes.length);
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
