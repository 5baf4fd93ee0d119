import { describe, expect, it } from "vitest";
import type { NodeDto } from "@/lib/domain/schemas";
import { estimateSize, NODE_WIDTH } from "@/lib/domain/layout";
import type { ArgumentRfNode } from "./to-flow";
import { withKnownSize, withKnownSizes } from "./known-size";

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

  it("leaves a node React Flow has measured (or one without its row) as it is", () => {
    const measured = { ...rf(), measured: { width: 120, height: 40 } };
    expect(withKnownSize(measured, row("A claim"))).toBe(measured);
    const node = rf();
    expect(withKnownSize(node, undefined)).toBe(node);
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
