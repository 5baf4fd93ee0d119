import { describe, expect, it } from "vitest";
import type { NodeDto } from "@/lib/domain/schemas";
import { estimateSize, NODE_WIDTH } from "@/lib/domain/layout";
import type { ArgumentRfNode } from "./to-flow";
import { CARD, type SemanticView, type Shown } from "@/lib/domain/semantic-zoom";
import { withKnownSize, withKnownSizes, withShortSize, withShortSizes } from "./known-size";

const row = (title: string): NodeDto => ({
  id: "a",
  kind: "claim",
  side: "aff",
  role: null,
  speech: "1AC",
  responseType: null,
  title,
  body: "",
  position: { x: 0, y: 0 },
  version: 1,
  evidence: null,
});
const rf = (): ArgumentRfNode => ({ id: "a", type: "argument", position: { x: 0, y: 0 }, data: { side: "aff" } });

describe("withKnownSize", () => {
  it("hands React Flow the card's estimated size and its two handles, centred on its sides", () => {
    const n = row("A claim");
    const { height } = estimateSize(n);
    const known = withKnownSize(rf(), n);
    expect(known.measured).toEqual({ width: NODE_WIDTH, height });
    const [source, target] = known.handles!;
    expect(source).toMatchObject({ type: "source", position: "left", y: height / 2 - 3 });
    expect(target).toMatchObject({ type: "target", position: "right", y: height / 2 - 3 });
    // Each handle straddles its side of the card: the edge's end is at the handle's outer edge.
    expect(source!.x + source!.width! / 2).toBe(5);
    expect(target!.x + target!.width! / 2).toBe(NODE_WIDTH - 1);
  });

  it("gives the same object for the same node, a new one when the row's size changes", () => {
    const node = rf();
    const short = row("A claim");
    const first = withKnownSize(node, short);
    expect(withKnownSize(node, short)).toBe(first);
    const long = row("A claim whose title runs on for long enough to take a second and a third line");
    const grown = withKnownSize(node, long);
    expect(grown).not.toBe(first);
    expect(grown.measured!.height).toBeGreaterThan(first.measured!.height!);
  });

  it("gives a measured card held by React Flow at another size (a short card's) the handles of its measured size", () => {
    const measured = { ...rf(), measured: { width: 280, height: 140 } };
    const known = withKnownSize(measured, row("A claim"), true, () => ({ width: 463, height: 153 }));
    expect(known.measured).toEqual({ width: 280, height: 140 });
    expect(known.handles!.map((h) => h.y)).toEqual([67, 67]);
    expect(known.handles![1]!.x + 3).toBe(279);
    // Held at its measured size (or not held), it keeps the handles React Flow measured.
    expect(withKnownSize(measured, row("A claim"), true, () => ({ width: 280, height: 140 }))).toBe(measured);
    expect(withKnownSize(measured, row("A claim"), true, () => undefined)).toBe(measured);
  });

  it("leaves a node not measured as it is when it is not to be estimated (or has no row)", () => {
    const node = rf();
    expect(withKnownSize(node, undefined)).toBe(node);
    expect(withKnownSize(node, row("A claim"), false)).toBe(node);
  });

  it("over a list, hands back the same array while its entries stay the same", () => {
    const nodes = [rf()];
    const first = withKnownSizes(nodes, { a: row("A claim") });
    // Another row changed (a new record), this one did not: nothing new for React Flow.
    expect(withKnownSizes(nodes, { a: row("A claim"), b: row("B") })).toBe(first);
    const grown = withKnownSizes(nodes, { a: row("A claim whose title runs on for long enough to take two lines") });
    expect(grown).not.toBe(first);
  });
});

describe("withShortSize", () => {
  const shown = (width: number): Shown => ({ width, dx: 0, dy: 0, hidden: 0, cluster: false, answers: 0 });
  const view = (zoom: number, entries: [string, Shown][]): SemanticView => ({
    bucket: 1,
    zoom,
    shown: new Map(entries),
  });

  it("gives a short card the size it is drawn at, in whole pixels as React Flow measures it, and its handles on its edges", () => {
    // A level drawn for zoom 0.38: the card is 58 px high on screen, 152.63 in the map.
    const known = withShortSize({ ...rf(), measured: { width: 320, height: 200 } }, 463.158, 0.38);
    expect(known.measured).toEqual({ width: 463, height: Math.round(CARD.height / 0.38) });
    const [source, target] = known.handles!;
    const y = CARD.height / 0.38 / 2 - 3;
    expect(source).toMatchObject({ type: "source", position: "left", x: -3, y });
    expect(target).toMatchObject({ type: "target", position: "right", x: 463.158 - 3, y });
  });

  it("over a view, sizes the cards it shows, keeps the rest and the array while nothing changes", () => {
    const nodes = [rf(), { ...rf(), id: "b" }];
    const v = view(0.5, [["a", shown(300)]]);
    const first = withShortSizes(nodes, v);
    expect(first[0]!.measured).toEqual({ width: 300, height: 116 });
    expect(first[1]).toBe(nodes[1]);
    expect(withShortSizes(nodes, view(0.5, [["a", shown(300)]]))).toBe(first);
    // The next level draws the same card wider and taller in the map.
    const next = withShortSizes(nodes, view(0.25, [["a", shown(600)]]));
    expect(next).not.toBe(first);
    expect(next[0]!.measured).toEqual({ width: 600, height: 232 });
  });
});
