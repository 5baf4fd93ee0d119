import { describe, expect, it } from "vitest";
import { packRows, unpackRows } from "./compact-rows";

describe("packRows / unpackRows", () => {
  it("sends the keys once and gives back equal objects, nested values and nulls included", () => {
    const items = [
      { id: "a", title: "One", role: null, position: { x: 1, y: 2 }, tags: ["x"] },
      { id: "b", title: "Two", role: "impact", position: { x: 3, y: 4 }, tags: [] },
    ];
    const packed = packRows(items);
    expect(packed.keys).toEqual(["id", "title", "role", "position", "tags"]);
    expect(packed.rows[1]).toEqual(["b", "Two", "impact", { x: 3, y: 4 }, []]);
    expect(JSON.stringify(packed).split('"title"').length - 1).toBe(1);
    expect(unpackRows(JSON.parse(JSON.stringify(packed)) as typeof packed)).toEqual(items);
  });

  it("keeps an object whose keys differ (absent, extra or reordered) as itself", () => {
    const items: Record<string, unknown>[] = [
      { id: "a", scheme: "x" },
      { id: "b" },
      { scheme: null, id: "c" },
      { id: "d", scheme: null, extra: 1 },
    ];
    const packed = packRows(items);
    expect(packed.rows.slice(1)).toEqual(items.slice(1));
    const back = unpackRows(JSON.parse(JSON.stringify(packed)) as typeof packed);
    expect(back).toEqual(items);
    expect("scheme" in back[1]!).toBe(false);
  });

  it("packs an empty list", () => {
    expect(unpackRows(packRows([]))).toEqual([]);
  });
});
