import { describe, expect, it } from "vitest";
import type { EdgeDto } from "@/lib/domain/schemas";
import { edgesOf } from "./adjacency";

const e = (id: string, source: string, target: string): EdgeDto => ({
  id,
  source,
  target,
  relation: "rebuts",
  version: 1,
});

describe("edgesOf", () => {
  it("lists an argument's connections at either end, in edge order, the same array until the edges change", () => {
    const edges = { e1: e("e1", "b", "a"), e2: e("e2", "c", "b"), e3: e("e3", "c", "a") };
    expect(edgesOf(edges, "a").map((x) => x.id)).toEqual(["e1", "e3"]);
    expect(edgesOf(edges, "b").map((x) => x.id)).toEqual(["e1", "e2"]);
    expect(edgesOf(edges, "z")).toEqual([]);
    expect(edgesOf(edges, "a")).toBe(edgesOf(edges, "a"));
    const next = { ...edges, e4: e("e4", "d", "a") };
    expect(edgesOf(next, "a").map((x) => x.id)).toEqual(["e1", "e3", "e4"]);
    expect(edgesOf(edges, "a").map((x) => x.id)).toEqual(["e1", "e3"]);
  });
});
