import { describe, expect, it } from "vitest";
import { groupOutline, groupWithDescendants } from "./group-tree";

const g = (id: string, parentId: string | null, order: number, kind: "pocket" | "hat" | "block" = "block") => ({
  id,
  parentId,
  order,
  kind,
  title: id.toUpperCase(),
});

const groups = [
  g("b2", "h1", 3),
  g("p1", null, 0, "pocket"),
  g("h1", "p1", 1, "hat"),
  g("b1", "h1", 2),
  g("p2", null, 4, "pocket"),
];

describe("group tree", () => {
  it("a pocket filters with its hats and blocks; a block alone", () => {
    expect(new Set(groupWithDescendants(groups, "p1"))).toEqual(new Set(["p1", "h1", "b1", "b2"]));
    expect(groupWithDescendants(groups, "b1")).toEqual(["b1"]);
    expect(groupWithDescendants(groups, "p2")).toEqual(["p2"]);
  });

  it("lists parents before children in file order, with depth", () => {
    expect(groupOutline(groups).map((x) => `${x.group.id}@${x.depth}`)).toEqual([
      "p1@0",
      "h1@1",
      "b1@2",
      "b2@2",
      "p2@0",
    ]);
  });

  it("survives a parent cycle and a missing parent", () => {
    const odd = [g("a", "b", 0), g("b", "a", 1), g("c", "gone", 2)];
    expect(new Set(groupWithDescendants(odd, "a"))).toEqual(new Set(["a", "b"]));
    expect(groupOutline(odd).map((x) => x.group.id)).toEqual(["c"]);
  });
});
