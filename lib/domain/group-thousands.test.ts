import { describe, expect, it } from "vitest";
import { groupThousands } from "./group-thousands";

describe("groupThousands", () => {
  it("writes a count the way en-US does", () => {
    for (const n of [0, 7, 100, 999, 1000, 20000, 100000, 1234567, -4321])
      expect(groupThousands(n)).toBe(n.toLocaleString("en-US"));
  });

  it("drops a fraction", () => {
    expect(groupThousands(1234.9)).toBe("1,234");
  });
});
