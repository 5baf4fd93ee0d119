import { expect, test } from "../fixtures/test";
import { EDGE_ENDS_JS } from "../fixtures/edge-ends";
import { resizeWatchJs } from "../fixtures/resize-watch";

// Watched from the page's first script: every change of a full card's size after it was first
// laid out, and, at the first frame with cards, where the edges between them start and end
// (window.__firstEnds: each end's distance to the nearest handle edge it should meet).
const WATCH_CARDS = `(() => {
  window.__firstEnds = null;
  ${resizeWatchJs(".arg", "__cardResizes")}
  ${EDGE_ENDS_JS}
  const frame = () => {
    const shown = [...document.querySelectorAll(".react-flow__node")].some((n) => n.style.visibility !== "hidden" && n.querySelector(".arg"));
    if (shown) window.__firstEnds = edgeEnds();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})()`;

test("a big map's cards show with their edges, and the worker's statuses arrive without resizing one", async ({
  page,
  api,
  user: _user,
}) => {
  // Past the size whose statuses the worker computes (more than 400 arguments), with speeches, so
  // that the statuses add badges ("not extended", "dropped in …") the pending chip did not show.
  const N = 450;
  const speeches = ["1AC", "1NC", "2AC", "2NC"];
  const nodes = Array.from({ length: N }, (_, i) => ({
    id: `n${i}`,
    kind: i % 3 === 2 ? "rebuttal" : "claim",
    side: i % 2 ? "aff" : "neg",
    role: null,
    speech: speeches[Math.min(3, Math.floor(Math.log2(i + 1) / 2))],
    responseType: null,
    title: `Argument ${i}`,
    body: "",
    position: { x: Math.floor(Math.log2(i + 1)) * 380, y: (i - 2 ** Math.floor(Math.log2(i + 1)) + 1) * 150 },
    evidence: null,
  }));
  const edges = nodes
    .slice(1)
    .map((n, i) => ({ id: `e${i}`, source: n.id, target: `n${Math.floor(i / 2)}`, relation: "rebuts" }));
  const debate = await api.importGraph("Statuses at scale", nodes, edges);

  await page.addInitScript({ content: WATCH_CARDS });
  await page.goto(`/debates/${debate.id}`);
  await expect(page.locator(".arg").first()).toBeVisible();
  await expect(page.getByTestId("status-badge").first()).toBeVisible();
  await expect(page.getByTestId("status-pending")).toHaveCount(0);
  // The statuses did add badges to cards on screen: a card that had not kept their room would grow.
  await expect(page.locator(".arg :is([data-testid=dropped-badge], [data-testid=live-badge])").first()).toBeVisible();
  // Two frames for the observer to report what the statuses' paint did.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => (window as unknown as { __cardResizes: string[] }).__cardResizes.length)).toBe(0);
  expect(await page.locator(".arg").count()).toBeGreaterThan(5);

  // Its cards reach React Flow with their size and handles known before they mount: their edges
  // are drawn in the same frame as they are, from handle to handle.
  const ends = await page.evaluate(
    () => (window as unknown as { __firstEnds: { from: number; to: number }[] }).__firstEnds,
  );
  // An edge to a card outside the window ends away from every handle on the page: the ones
  // between two cards on the page are those with a handle near both ends.
  const between = ends.filter((e) => e.from < 20 && e.to < 20);
  expect(between.length).toBeGreaterThan(5);
  for (const e of between) {
    expect(e.from).toBeLessThan(1.5);
    expect(e.to).toBeLessThan(1.5);
  }
});
