import { describe, expect, it } from "vitest";
import { countOf, groupThousands } from "./group-thousands";

describe("groupThousands", () => {
  it("writes a count the way en-US does", () => {
    for (const n of [0, 7, 100, 999, 1000, 20000, 100000, 1234567, -4321])
      expect(groupThousands(n)).toBe(n.toLocaleString("en-US"));
  });

  it("drops a fraction", () => {
    expect(groupThousands(1234.9)).toBe("1,234");
  });
});

describe("countOf", () => {
  it("puts the noun in the singular for one only", () => {
    expect(countOf(1, "argument")).toBe("1 argument");
    expect(countOf(0, "argument")).toBe("0 arguments");
    expect(countOf(20000, "argument")).toBe("20,000 arguments");
    expect(countOf(2, "reply", "replies")).toBe("2 replies");
  });
});
