import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

const ORIGIN = "https://clash.example";

describe("safeNextPath", () => {
  it.each([
    ["/debates/abc", "/debates/abc"],
    ["/debates/abc?tab=flow#n1", "/debates/abc?tab=flow#n1"],
    ["/", "/"],
    ["/s/K7Q-2MX", "/s/K7Q-2MX"],
    ["/a/../b", "/b"],
  ])("keeps the same-origin path %j", (input, expected) => {
    expect(safeNextPath(input, ORIGIN)).toBe(expected);
  });

  it.each([
    [null],
    [undefined],
    [""],
    ["//evil.example/"],
    ["/\\evil.example/"],
    ["\\/evil.example/"],
    ["/\\/evil.example/"],
    ["/\t/evil.example/"],
    ["/\n/evil.example/"],
    ["/%09/evil.example/".replace("%09", "\t")],
    ["https://evil.example/"],
    ["http:evil.example"],
    ["javascript:alert(1)"],
    ["evil.example"],
    [" /debates"],
    ["///evil.example"],
    ["/\u0000/evil.example"],
  ])("refuses %j (goes home instead)", (input) => {
    expect(safeNextPath(input, ORIGIN)).toBe("/");
  });

  it("refuses the encoded forms only when they decode to another origin", () => {
    // `%09` and `%5C` stay encoded in a path: the browser keeps them literal, so they stay here.
    expect(safeNextPath("/%09/evil.example/", ORIGIN)).toBe("/%09/evil.example/");
    expect(new URL(safeNextPath("/%09/evil.example/", ORIGIN), ORIGIN).origin).toBe(ORIGIN);
    expect(new URL(safeNextPath("/%5C/evil.example/", ORIGIN), ORIGIN).origin).toBe(ORIGIN);
  });

  it("works without an explicit origin (for rendering before the browser's origin is known)", () => {
    expect(safeNextPath("/debates/x")).toBe("/debates/x");
    expect(safeNextPath("/\\evil.example/")).toBe("/");
  });
});
