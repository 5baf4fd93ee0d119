import { describe, expect, it } from "vitest";
import { nodeMap } from "./node-map";

describe("nodeMap", () => {
  it("holds every argument of the object it was built from", () => {
    const nodes = { a: { x: 1 }, b: { x: 2 } };
    const map = nodeMap(nodes);
    expect([...map.keys()]).toEqual(["a", "b"]);
    expect(map.get("b")).toBe(nodes.b);
  });

  it("is built once per nodes object, and again for a new one", () => {
    const nodes = { a: { x: 1 } };
    expect(nodeMap(nodes)).toBe(nodeMap(nodes));
    const next = { ...nodes, c: { x: 3 } };
    expect(nodeMap(next)).not.toBe(nodeMap(nodes));
    expect(nodeMap(next).has("c")).toBe(true);
  });
});
