import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { demoMap } from "@/lib/domain/__fixtures__/demo-map";
import { levelsOf, type EncodedLevel, type LevelsRequest } from "@/lib/domain/semantic-levels";
import { buildTree, bucketZoom, semanticView, warmOrder, type SemanticView } from "@/lib/domain/semantic-zoom";
import { SpatialGrid } from "@/lib/domain/spatial-grid";
import type { EdgeDto, NodeDto } from "@/lib/domain/schemas";
import { AFTER_MS, QUIET_MS, startLevelsAhead } from "./use-levels-ahead";

const grids = vi.hoisted(() => ({ made: 0 }));
vi.mock("./shown-grid", async (real) => {
  const mod = await real<typeof import("./shown-grid")>();
  return { shownGridOf: (...args: Parameters<typeof mod.shownGridOf>) => (grids.made++, mod.shownGridOf(...args)) };
});

/** The worker's own computation (levelsOf), answering a level every 10 ms as a worker would. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<EncodedLevel>) => void) | null = null;
  onerror: (() => void) | null = null;
  asked: number[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(req: LevelsRequest) {
    this.asked = req.buckets;
    [...levelsOf(req)].forEach((level, i) =>
      setTimeout(
        () => !this.terminated && this.onmessage?.({ data: level } as MessageEvent<EncodedLevel>),
        10 * (i + 1),
      ),
    );
  }
  terminate() {
    this.terminated = true;
  }
}

const map = demoMap();
const nodes = Object.fromEntries(map.nodes.map((n) => [n.id, n])) as unknown as Record<string, NodeDto>;
const edges = Object.fromEntries(map.edges.map((e, i) => [`e${i}`, e])) as unknown as Record<string, EdgeDto>;
const grid = new SpatialGrid(map.nodes.map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, w: 300, h: 120 })));
const DEEPEST = 5;

function start(offer: (v: SemanticView) => boolean, input = new EventTarget()) {
  const stop = startLevelsAhead({
    deepest: DEEPEST,
    nodes: () => nodes,
    edges,
    collapsed: new Set(),
    opened: new Set(),
    grid,
    offer,
    bucket: () => 2,
    makeWorker: () => new FakeWorker() as unknown as Worker,
    input,
  });
  return { stop, input };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  FakeWorker.made = [];
  grids.made = 0;
});
afterEach(() => vi.useRealTimers());

describe("a big map's levels from a worker", () => {
  it("asks once the map has been open a while, then takes every level, nearest first, as the page computes it", () => {
    const offered: SemanticView[] = [];
    start((v) => (offered.push(v), true));
    vi.advanceTimersByTime(AFTER_MS - 1);
    expect(FakeWorker.made).toHaveLength(0);
    vi.advanceTimersByTime(QUIET_MS * 10);
    expect(FakeWorker.made).toHaveLength(1);
    const order = warmOrder(2, DEEPEST);
    expect(FakeWorker.made[0]!.asked).toEqual(order);
    expect(offered.map((v) => v.bucket)).toEqual(order);
    const tree = buildTree(Object.values(nodes), Object.values(edges));
    for (const v of offered) {
      const page = semanticView({ nodes: new Map(Object.entries(nodes)), tree, zoom: bucketZoom(v.bucket) });
      expect([...v.shown]).toEqual([...page.shown]);
    }
    // Each kept level is gridded, and the worker ends with its last level.
    expect(grids.made).toBe(order.length);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it("does nothing on the page while input keeps coming, and grids only the levels it kept", () => {
    const offered: number[] = [];
    const { input } = start((v) => (offered.push(v.bucket), v.bucket !== 3));
    // Someone pans for three seconds from the moment the levels would be asked for.
    vi.advanceTimersByTime(AFTER_MS - 100);
    for (let t = 0; t < 3_000; t += 200) {
      input.dispatchEvent(new Event("pointermove"));
      vi.advanceTimersByTime(200);
    }
    expect(FakeWorker.made).toHaveLength(0);
    vi.advanceTimersByTime(QUIET_MS + 50);
    expect(FakeWorker.made).toHaveLength(1);
    // A key half way through the levels holds the rest for another quiet second.
    vi.advanceTimersByTime(15);
    const before = offered.length;
    input.dispatchEvent(new Event("keydown"));
    vi.advanceTimersByTime(QUIET_MS - 100);
    expect(offered.length).toBe(before);
    vi.advanceTimersByTime(QUIET_MS * 10);
    expect(offered).toEqual(warmOrder(2, DEEPEST));
    expect(grids.made).toBe(offered.length - 1);
  });

  it("stopped (the map closed or changed shape), ends its worker and takes nothing more", () => {
    const offered: number[] = [];
    const { stop } = start((v) => (offered.push(v.bucket), true));
    vi.advanceTimersByTime(AFTER_MS + 5);
    expect(FakeWorker.made).toHaveLength(1);
    stop();
    vi.advanceTimersByTime(QUIET_MS * 10);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(offered).toEqual([]);
    // Stopped before it asked: no worker at all.
    const second = start(() => true);
    second.stop();
    vi.advanceTimersByTime(AFTER_MS * 2);
    expect(FakeWorker.made).toHaveLength(1);
  });
});
