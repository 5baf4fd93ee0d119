import { expect, test } from "../fixtures/test";
import { resizeWatchJs } from "../fixtures/resize-watch";
import { binaryTreeAt, treeGraph } from "../fixtures/tree-graph";
import { DEMO_DEBATE_ID, DEMO_NODE_COUNT } from "../fixtures/api";
import { estimateSize } from "@/lib/domain/layout";

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

// A card's text ends inside its border: each in-flow part's box (badges, title, scheme, card) ends
// above the card's own bottom edge. (The collapse button and the handles sit on the border.)
const SPILLS = (els: Element[]) =>
  els.flatMap((el) => {
    const bottom = el.getBoundingClientRect().bottom;
    return [...el.children]
      .filter((c) => getComputedStyle(c).position !== "absolute")
      .filter((c) => c.getBoundingClientRect().bottom > bottom + 0.5)
      .map((c) => `${(el as HTMLElement).dataset.nodeId} ${c.className}`);
  });

test("the demo's cards are the height the layout reserves for them, and their text stays inside them", async ({
  page,
  api,
  map,
}) => {
  await map.open(DEMO_DEBATE_ID, DEMO_NODE_COUNT);
  await expect(page.getByTestId("status-pending")).toHaveCount(0);
  const cards = await page.locator(".arg").evaluateAll((els) =>
    els.map((el) => ({
      id: (el as HTMLElement).dataset.nodeId!,
      height: (el as HTMLElement).offsetHeight,
      // Badges the layout cannot know of: a drop, a fake turn, open comments, an orphaned quote.
      unforeseen: el.querySelectorAll(
        "[data-testid=dropped-badge], [data-testid=fake-turn-badge], [data-testid=comment-badge], [data-testid=orphan-badge]",
      ).length,
    })),
  );
  expect(cards).toHaveLength(DEMO_NODE_COUNT);
  expect(await page.locator(".arg").evaluateAll(SPILLS)).toEqual([]);
  // The size estimate (lib/domain/card-size.ts) is the browser's height with the fonts CI installs
  // (DejaVu): exact to rounding, or the two pixels a reserved "not extended" row has over a plain one.
  const rows = new Map((await api.debate(DEMO_DEBATE_ID)).nodes.map((n) => [n.id, n]));
  const off = cards
    .filter((c) => c.unforeseen === 0)
    .map((c) => ({ id: c.id, over: estimateSize(rows.get(c.id)!).height - c.height }))
    .filter((c) => c.over < 0 || c.over > 3);
  expect(off).toEqual([]);
  // A card whose drop needs a row more than the layout kept is taller, not overflowing.
  expect(cards.some((c) => c.unforeseen > 0 && c.height > estimateSize(rows.get(c.id)!).height)).toBe(true);
});

test("an evidence argument with no quote yet says so on its card, at the height the layout keeps for it", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  // Cards made with + Evidence (or imported bare) wait for their words from a source.
  const { nodes, edges } = treeGraph(7, {
    title: (i) => `Card ${i}: the aid funds a security service`,
    kind: (i) => (i >= 3 ? "evidence" : undefined),
    position: binaryTreeAt(380, 200),
    relation: () => "supports",
  });
  const debate = await api.importGraph("Cards waiting for their quotes", nodes, edges);
  await map.open(debate.id, nodes.length);
  const bare = page.getByTestId("arg-no-quote");
  await expect(bare).toHaveCount(4);
  await expect(bare.first()).toHaveText("no quote yet");
  const rows = new Map((await api.debate(debate.id)).nodes.map((n) => [n.id, n]));
  const cards = await page
    .locator(".arg[data-kind=evidence]")
    .evaluateAll((els) =>
      els.map((el) => ({ id: (el as HTMLElement).dataset.nodeId!, height: (el as HTMLElement).offsetHeight })),
    );
  expect(cards).toHaveLength(4);
  const off = cards
    .map((c) => ({ id: c.id, over: estimateSize(rows.get(c.id)!).height - c.height }))
    .filter((c) => c.over < 0 || c.over > 3);
  expect(off).toEqual([]);
  expect(await page.locator(".arg").evaluateAll(SPILLS)).toEqual([]);
});

test("on a big map, a card that the late statuses give another row of badges grows to hold it", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  // Past the size whose statuses come from the worker (more than 400 arguments), with every speech
  // to the last rebuttals and long response types: a card both dropped and not extended then has
  // a third row of badges the layout did not keep.
  const speeches = { aff: ["1AC", "2AC", "1AR", "2AR"], neg: ["1NC", "2NC", "1NR", "2NR"] };
  const { nodes, edges } = treeGraph(420, {
    speech: (i) => (i === 0 ? null : speeches[i % 2 ? "aff" : "neg"][Math.min(3, Math.floor(Math.log2(i + 1) / 2))]!),
    responseType: (i) => (i === 0 ? null : "impact-defense"),
    title: (i) => `Argument ${i}: the aid funds the security service`,
    position: binaryTreeAt(380, 170),
    relation: () => "rebuts",
  });
  const debate = await api.importGraph("Late statuses, long badges", nodes, edges);
  await map.goto(debate.id);
  await expect(page.getByTestId("status-badge").first()).toBeVisible();
  await expect(page.getByTestId("status-pending")).toHaveCount(0);
  await expect(page.locator(".arg-badges:has([data-testid=dropped-badge])").first()).toBeVisible();
  const threeRows = await page
    .locator(".arg-badges:has([data-testid=dropped-badge])")
    .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetHeight > 50).length);
  expect(threeRows).toBeGreaterThan(0);
  expect(await page.locator(".arg").evaluateAll(SPILLS)).toEqual([]);
});
