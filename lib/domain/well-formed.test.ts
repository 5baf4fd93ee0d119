import { describe, expect, it } from "vitest";
import { isWellFormedJson } from "./well-formed";

describe("isWellFormedJson", () => {
  it.each([
    ['{"title":"ok"}'],
    ['{"title":"emoji \\ud83d\\ude00 pair"}'],
    ['["a",{"b":["c",1,null,true]}]'],
    ['"\\\\ud800"'], // an escaped backslash, then the letters "ud800": plain text
    ["42"],
  ])("accepts %s", (text) => {
    expect(isWellFormedJson(JSON.parse(text))).toBe(true);
  });

  it.each([
    ['{"title":"\\ud800"}'],
    ['{"title":"x\\udc00"}'],
    ['{"a":[{"b":["\\ud83d"]}]}'],
    ['{"\\ud800":"key"}'],
    ['"\\ude00\\ud83d"'], // a pair in the wrong order
  ])("refuses %s", (text) => {
    expect(isWellFormedJson(JSON.parse(text))).toBe(false);
  });

  it("walks a very deep value without overflowing the stack", () => {
    const deep = JSON.parse("[".repeat(20_000) + '"\\ud800"' + "]".repeat(20_000));
    expect(isWellFormedJson(deep)).toBe(false);
  });
});
