import { describe, expect, it } from "vitest";
import { rowsInOrder } from "./rows-in-order";

describe("rowsInOrder", () => {
  it("gives the rows in the order's order and skips an id without a row", () => {
    const rows = { a: { id: "a" }, b: { id: "b" }, c: { id: "c" } };
    expect(rowsInOrder(rows, ["c", "gone", "a"])).toEqual([rows.c, rows.a]);
    expect(rowsInOrder(rows, [])).toEqual([]);
  });
});
