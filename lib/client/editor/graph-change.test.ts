import { describe, expect, it } from "vitest";
import type { EditorState } from "./editor-store";
import { edge, node } from "./fake-server.test-helper";
import { graphChange, isEmpty } from "./graph-change";

type G = Pick<EditorState, "nodes" | "edges" | "order">;
const graph = (nodes: ReturnType<typeof node>[], edges: ReturnType<typeof edge>[]): G => ({
  nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
  edges: Object.fromEntries(edges.map((e) => [e.id, e])),
  order: nodes.map((n) => n.id),
});
const base = graph([node("a", 0), node("b", 0, { side: "neg" }), node("c", 0)], [edge("e1", "b", "a")]);

describe("what changed to the judge", () => {
  it("is nothing for a move, a body or a new version", () => {
    const a = base.nodes.a!;
    const next = { ...base, nodes: { ...base.nodes, a: { ...a, position: { x: 9, y: 9 }, body: "x", version: 2 } } };
    expect(isEmpty(graphChange(base, next)!)).toBe(true);
  });

  it("is the one argument retitled, with only the fields the judge reads", () => {
    const next = { ...base, nodes: { ...base.nodes, b: { ...base.nodes.b!, title: "No", body: "long" } } };
    const change = graphChange(base, next)!;
    expect(change.nodes).toEqual([
      { id: "b", title: "No", kind: "claim", side: "neg", speech: null, role: null, responseType: null },
    ]);
    expect(change.removed).toEqual([]);
    expect(change.edges).toEqual([]);
  });

  it("lists what was deleted and what was added at the end, edges included", () => {
    const next = graph(
      [node("a", 0), node("c", 0), node("d", 0, { side: "neg" })],
      [edge("e2", "d", "c"), { ...edge("e3", "d", "a"), relation: "turns" }],
    );
    const change = graphChange(base, next)!;
    expect(change.removed).toEqual(["b"]);
    expect(change.nodes.map((n) => n.id)).toEqual(["d"]);
    expect(change.removedEdges).toEqual(["e1"]);
    expect(change.edges).toEqual([
      { id: "e2", source: "d", target: "c", relation: "rebuts" },
      { id: "e3", source: "d", target: "a", relation: "turns" },
    ]);
  });

  it("is a relation changed in place", () => {
    const next = { ...base, edges: { e1: { ...base.edges.e1!, relation: "undercuts" as const, version: 2 } } };
    expect(graphChange(base, next)!.edges).toEqual([{ id: "e1", source: "b", target: "a", relation: "undercuts" }]);
  });

  it("cannot be told as a change when the order of what both hold changes (the graph goes whole)", () => {
    expect(graphChange(base, { ...base, order: ["b", "a", "c"] })).toBeNull();
    // An argument back in the middle (an undone delete) is not at the end where the worker would put it.
    const without = graph([node("a", 0), node("c", 0)], []);
    expect(graphChange(without, { ...base, edges: {} })).toBeNull();
    const swapped = { ...base, edges: { e2: edge("e2", "c", "a"), e1: base.edges.e1! } };
    expect(graphChange({ ...base, edges: { e1: base.edges.e1!, e2: edge("e2", "c", "a") } }, swapped)).toBeNull();
  });
});
