import { describe, expect, it } from "vitest";
import { boxOf, intersecting } from "./__fixtures__/boxes";
import { demoMap, generatedMap, type MapFixture } from "./__fixtures__/demo-map";
import { estimateSize, GAP_Y, NODE_WIDTH } from "./layout";
import {
  ANSWER_COLUMN,
  answersOf,
  answerSpot,
  belowSpot,
  clearSpot,
  freeSpot,
  MIN_ROW,
  rowStep,
  threadSpot,
  type Footprint,
} from "./placement";

const card = (
  x: number,
  y: number,
  title = "Short claim",
  kind: Footprint["kind"] = "claim",
  quote?: string,
): Footprint => ({
  position: { x, y },
  title,
  kind,
  evidence: quote === undefined ? null : { quote },
});
const overlaps = (p: { x: number; y: number }, n: Footprint) =>
  Math.abs(n.position.x - p.x) < NODE_WIDTH &&
  n.position.y < p.y + MIN_ROW - GAP_Y &&
  p.y < n.position.y + rowStep(n) - GAP_Y;

describe("rowStep", () => {
  it("gives short cards a full row and tall cards their estimated height plus a gap", () => {
    expect(rowStep(card(0, 0))).toBe(MIN_ROW);
    const long = card(0, 0, "x".repeat(340), "evidence", "q".repeat(200));
    expect(rowStep(long)).toBeGreaterThan(MIN_ROW);
    expect(rowStep(long)).toBe(estimateSize(long).height + GAP_Y);
  });
});

describe("answerSpot", () => {
  const target = card(100, 40);

  it("puts the first answer one column right of its target, level with it", () => {
    expect(answerSpot(target, [], [target])).toEqual({ x: 100 + ANSWER_COLUMN, y: 40 });
    expect(ANSWER_COLUMN).toBe(370);
  });

  it("puts a later answer below the lowest answer, cards and tall answers included", () => {
    const a = card(470, 40);
    const b = card(470, 300, "y".repeat(200), "evidence", "q".repeat(120));
    const all = [target, a, b];
    expect(answerSpot(target, [a, b], all)).toEqual({ x: 470, y: 300 + rowStep(b) });
  });

  it("never lands on an argument that already sits there, even one that answers something else", () => {
    const squatter = card(470, 40);
    const p = answerSpot(target, [], [target, squatter]);
    expect(p).toEqual({ x: 470, y: 40 + MIN_ROW });
    const nudged = card(500, 60); // half under the spot, not exactly on it
    const q = answerSpot(target, [], [target, squatter, nudged]);
    for (const n of [squatter, nudged]) expect(overlaps(q, n)).toBe(false);
  });

  it("takes the first gap that fits in a crowded column, not the bottom of the column", () => {
    const column = [card(470, 40), card(470, 170), card(470, 600)];
    const p = answerSpot(target, [], [target, ...column]);
    expect(p).toEqual({ x: 470, y: 300 });
    for (const n of column) expect(overlaps(p, n)).toBe(false);
  });

  it("ignores arguments in other columns and rounds to whole pixels", () => {
    const t = card(0.4, 10.6);
    expect(answerSpot(t, [], [t, card(0, 10), card(800, 10)])).toEqual({ x: 370, y: 11 });
  });
});

describe("belowSpot and clearSpot", () => {
  it("puts a sibling a row below, past any argument already under it", () => {
    const above = card(0, 0);
    expect(belowSpot(above, [above])).toEqual({ x: 0, y: MIN_ROW });
    const under = card(0, MIN_ROW);
    expect(belowSpot(above, [above, under])).toEqual({ x: 0, y: 2 * MIN_ROW });
  });

  it("leaves a free spot where it is", () => {
    expect(clearSpot({ x: 10, y: 20 }, [card(10, 400), card(400, 20)])).toEqual({ x: 10, y: 20 });
  });

  it("finds a free spot among many arguments stacked on the same point", () => {
    const pile = Array.from({ length: 5 }, () => card(0, 0));
    const p = clearSpot({ x: 0, y: 0 }, pile);
    expect(p).toEqual({ x: 0, y: MIN_ROW });
  });
});

describe("answersOf", () => {
  it("collects the sources of the edges into the target, skipping ids not on the map", () => {
    const nodes = { a: card(0, 0), b: card(370, 0), c: card(370, 130) };
    const edges = [
      { source: "b", target: "a" },
      { source: "c", target: "a" },
      { source: "c", target: "b" },
      { source: "gone", target: "a" },
    ];
    expect(answersOf("a", edges, nodes)).toEqual([nodes.b, nodes.c]);
    expect(answersOf("c", edges, nodes)).toEqual([]);
  });
});

describe("threadSpot", () => {
  it("starts at the top on an empty map and below everything otherwise", () => {
    expect(threadSpot([], 740)).toEqual({ x: 740, y: 0 });
    const tall = card(900, 500, "z".repeat(400));
    expect(threadSpot([card(0, 0), card(0, 520), tall], 0)).toEqual({
      x: 0,
      y: Math.max(520 + MIN_ROW, 500 + rowStep(tall)),
    });
  });
});

describe("no argument ever lands on another (item 7)", () => {
  type Placed = Footprint & { id: string };
  const asPlaced = (m: MapFixture): Placed[] => m.nodes.map((n) => ({ ...n }));

  /** Adds `count` arguments the ways the map adds them, checking the boxes after every add. */
  function addMany(start: Placed[], edges: { source: string; target: string }[], count: number, seed: number) {
    const nodes = [...start];
    const byId = () => Object.fromEntries(nodes.map((n) => [n.id, n]));
    let s = seed;
    const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const centre = { x: nodes[0]!.position.x + 100, y: nodes[0]!.position.y + 50 };
    for (let i = 0; i < count; i++) {
      const id = `new-${i}`;
      const roll = rand();
      let added: Placed;
      if (roll < 0.3) {
        // C with nothing selected: free space nearest the view's centre.
        added = { id, ...card(0, 0, "New claim"), position: freeSpot(centre, nodes) };
      } else {
        const target = nodes[Math.floor(rand() * nodes.length)]!;
        const answers = answersOf(target.id, edges, byId());
        // R or E, or a card cut in the reader with a long tag and quote.
        const cut = roll > 0.8;
        const title = cut ? "A long tag cut from the source ".repeat(4) : "New rebuttal";
        const newcomer = cut ? card(0, 0, title, "evidence", "q".repeat(400)) : undefined;
        const kind = cut ? "evidence" : "rebuttal";
        const quote = cut ? "q".repeat(400) : undefined;
        added = { id, ...card(0, 0, title, kind, quote), position: answerSpot(target, answers, nodes, newcomer) };
        edges.push({ source: id, target: target.id });
      }
      nodes.push(added);
      const clash = intersecting(nodes.map(boxOf));
      if (clash.length) throw new Error(`add ${i} (${added.title}) overlaps: ${JSON.stringify(clash[0])}`);
    }
    return nodes;
  }

  it("on the seeded demo (compact and tidy-tree layouts), after every one of 150 adds", () => {
    for (const layout of ["compact", "tree"] as const) {
      const m = demoMap(layout);
      expect(intersecting(m.nodes.map(boxOf))).toEqual([]);
      expect(addMany(asPlaced(m), [...m.edges], 150, 3)).toHaveLength(m.nodes.length + 150);
    }
  });

  it("on a big generated map, after every one of 60 adds", () => {
    const m = generatedMap(1500, 11);
    expect(addMany(asPlaced(m), [...m.edges], 60, 5)).toHaveLength(1560);
  });

  it("C pressed twice puts the second claim beside the first, not on it, near the view centre", () => {
    const first = freeSpot({ x: 0, y: 0 }, []);
    expect(first).toEqual({ x: 0, y: 0 });
    const second = freeSpot({ x: 0, y: 0 }, [card(first.x, first.y, "New claim")]);
    expect(second).not.toEqual(first);
    expect(overlaps(second, card(first.x, first.y, "New claim"))).toBe(false);
    expect(Math.hypot(second.x, second.y)).toBeLessThanOrEqual(MIN_ROW);
  });

  it("a crowded column sends a new claim to the nearest free column, not far below", () => {
    const column = Array.from({ length: 40 }, (_, i) => card(0, i * MIN_ROW - 20 * MIN_ROW));
    const p = freeSpot({ x: 0, y: 0 }, column);
    expect(Math.abs(p.x)).toBe(ANSWER_COLUMN);
    expect(p.y).toBe(0);
  });

  it("makes room for a tall card cut in the reader above the card already below the spot", () => {
    const target = card(0, 0);
    const below = card(ANSWER_COLUMN, 150);
    const tall = card(0, 0, "t".repeat(200), "evidence", "q".repeat(300));
    const p = answerSpot(target, [], [target, below], tall);
    // Too tall for the gap above `below`: it goes under it instead.
    expect(p.y).toBe(150 + rowStep(below));
    expect(answerSpot(target, [], [target, below])).toEqual({ x: ANSWER_COLUMN, y: 0 });
  });
});
