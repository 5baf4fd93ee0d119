import { expect, test } from "../fixtures/test";
import { RELATIONS } from "@/lib/domain/vocabulary";

// From the page's first script: at the first frame with edges, each edge's relation word, whether
// it is shown, and how far its centre is from the middle of its curve; and how many times a label
// already on the page was changed (moved, shown, resized) afterwards.
const WATCH_LABELS = `(() => {
  window.__firstLabels = null;
  window.__labelChanges = 0;
  new MutationObserver((records) => {
    for (const r of records) if (r.target.closest && r.target.closest(".react-flow__edge-textwrapper")) window.__labelChanges++;
  }).observe(document, { attributes: true, characterData: true, subtree: true });
  const frame = () => {
    // An edge is drawn once its path has a shape (React Flow knows both ends).
    const edges = [...document.querySelectorAll(".react-flow__edge")].filter((e) => e.querySelector(".react-flow__edge-path")?.getAttribute("d"));
    if (edges.length === 0) return requestAnimationFrame(frame);
    window.__firstLabels = edges.map((edge) => {
      const path = edge.querySelector(".react-flow__edge-path");
      const text = edge.querySelector(".react-flow__edge-text");
      const m = path.getScreenCTM();
      const p = path.getPointAtLength(path.getTotalLength() / 2);
      const mid = new DOMPoint(p.x, p.y).matrixTransform(m);
      const box = text ? text.getBoundingClientRect() : null;
      return {
        word: text ? text.textContent : null,
        shown: !!text && getComputedStyle(text).visibility === "visible" && box.width > 0,
        off: box ? Math.hypot(box.left + box.width / 2 - mid.x, box.top + box.height / 2 - mid.y) : Infinity,
      };
    });
  };
  requestAnimationFrame(frame);
})()`;

test("every connection's relation word shows with its line, on the middle of the curve", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  // One argument (with premises: an argument) answered once in each relation, all on one screen.
  const nodes = [
    { id: "root", kind: "argument", side: "neutral", x: 0, y: 300 },
    ...RELATIONS.map((_, i) => ({ id: `a${i}`, kind: "claim", side: i % 2 ? "neg" : "aff", x: 520, y: i * 110 })),
  ].map((n) => ({
    id: n.id,
    kind: n.kind,
    side: n.side,
    role: null,
    speech: null,
    responseType: null,
    title: `Argument ${n.id}`,
    body: "",
    position: { x: n.x, y: n.y },
    evidence: null,
  }));
  const edges = RELATIONS.map((relation, i) => ({ id: `e${i}`, source: `a${i}`, target: "root", relation }));
  const debate = await api.importGraph("Relation words", nodes, edges);

  await page.addInitScript({ content: WATCH_LABELS });
  await page.goto(`/debates/${debate.id}`);
  await expect(map.nodes.first()).toBeVisible();
  await expect(page.locator(".react-flow__edge")).toHaveCount(RELATIONS.length);

  // The watcher records at the next animation frame after the lines are committed, which may
  // come after the locator has seen them.
  type Label = { word: string | null; shown: boolean; off: number };
  const firstLabels = () => page.evaluate(() => (window as unknown as { __firstLabels: Label[] | null }).__firstLabels);
  await expect.poll(firstLabels).not.toBeNull();
  const first = (await firstLabels())!;
  expect(first.map((l) => l.word).sort()).toEqual([...RELATIONS].sort());
  for (const label of first) {
    // Shown in the lines' first frame (React Flow's own label is hidden until it has measured it).
    expect(label.shown, label.word ?? "").toBe(true);
    expect(label.off, label.word ?? "").toBeLessThan(3);
  }
  // Placed once: nothing about a label is measured after it is drawn, so it never moves.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => (window as unknown as { __labelChanges: number }).__labelChanges)).toBe(0);
});
