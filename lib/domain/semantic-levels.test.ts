import { describe, expect, it } from "vitest";
import { demoMap, generatedMap, type MapFixture } from "./__fixtures__/demo-map";
import { decodeLevel, levelsOf, levelsRequest, transferOf } from "./semantic-levels";
import { buildTree, semanticView, bucketZoom, ZOOM_BUCKETS, type SemanticView } from "./semantic-zoom";

type Rows = {
  nodes: Record<string, MapFixture["nodes"][number]>;
  edges: Record<string, { source: string; target: string }>;
};

/** A map as the page holds it: records by id, in the fixture's order, plus a relation to nowhere. */
function asPage(m: MapFixture): Rows {
  const edges: Rows["edges"] = Object.fromEntries(m.edges.map((e, i) => [`e${i}`, e]));
  edges.loose = { source: m.nodes[1]!.id, target: "gone" };
  return { nodes: Object.fromEntries(m.nodes.map((n) => [n.id, n])), edges };
}

/** The view the page computes itself (use-semantic-view: its tree and its node map). */
function pageView(rows: Rows, bucket: number, collapsed: Set<string>, opened: Set<string>): SemanticView {
  const tree = buildTree(Object.values(rows.nodes), Object.values(rows.edges));
  const nodes = new Map(Object.entries(rows.nodes));
  return semanticView({ nodes, tree, zoom: bucketZoom(bucket), collapsed, opened });
}

/** Entries by id, in the view's order (-0 read as 0: the page compares entries with ===). */
const entries = (v: SemanticView) => [...v.shown].map(([id, s]) => [id, { ...s, dx: s.dx + 0, dy: s.dy + 0 }] as const);

const LEVELS = ZOOM_BUCKETS.map((_, b) => b).slice(1);

describe("the overview's levels computed in a worker", () => {
  for (const [name, map, folds] of [
    ["the demo", demoMap(), 2],
    ["a generated 3,000-argument map", generatedMap(3_000, 11), 25],
  ] as const)
    it(`are the page's own views, entry for entry, in order: ${name}, with folds and opened clusters`, () => {
      const rows = asPage(map);
      const ids = Object.keys(rows.nodes);
      // Some arguments folded and some clusters opened, as a person would have them.
      const collapsed = new Set(ids.filter((_, i) => i % 97 === 5).slice(0, folds));
      const opened = new Set(ids.filter((_, i) => i % 31 === 3).slice(0, folds));
      const req = levelsRequest(rows.nodes, rows.edges, collapsed, opened, [...LEVELS].reverse());
      expect(req.from.length).toBe(map.edges.length);
      const got = [...levelsOf(req)];
      expect(got.map((l) => l.bucket)).toEqual([...LEVELS].reverse());
      for (const level of got) {
        const mine = decodeLevel(level, req.ids);
        const page = pageView(rows, level.bucket, collapsed, opened);
        expect(mine.zoom).toBe(page.zoom);
        expect(mine.shown.size).toBeGreaterThan(0);
        expect(entries(mine)).toEqual(entries(page));
      }
    });

  it("shares one frozen entry among cards alike, and moves its buffers", () => {
    const rows = asPage(generatedMap(2_000, 3));
    const req = levelsRequest(rows.nodes, rows.edges, [], [], [1]);
    const [level] = [...levelsOf(req)];
    const view = decodeLevel(level!, req.ids);
    // Unmoved cards standing for nothing hidden, by width and count: one object each.
    const plain = new Map<string, Set<object>>();
    for (const s of view.shown.values()) {
      if (s.dx || s.dy || s.hidden || s.cluster) continue;
      expect(Object.isFrozen(s)).toBe(true);
      const k = `${s.width}/${s.answers}`;
      plain.set(k, (plain.get(k) ?? new Set()).add(s));
    }
    expect(plain.size).toBeGreaterThan(0);
    for (const objects of plain.values()) expect(objects.size).toBe(1);
    expect(transferOf(level!)).toHaveLength(7);
    expect(transferOf(req).every((b) => b instanceof ArrayBuffer)).toBe(true);
  });
});
