import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it.each([
    ["correct horse battery"],
    ["pw-lz9k3f2a-secret"],
    ["clash-demo-2026"],
    ["Tajikistan aid is topical"],
    ["ümlaut-ünïcode-pässwört"],
  ])("accepts %j", (pw) => {
    expect(passwordProblem(pw)).toBeNull();
  });

  it.each([
    ["short1!", /at least 12/],
    ["elevenchars", /at least 12/],
    ["x".repeat(129), /at most 128/],
    ["qwertyuiop12", /common or breached/], // on the list as it is
    ["1qaz2wsx3edc", /common or breached/],
    ["QWERTY123456", /common or breached/], // case does not help
    ["password1234", /common or breached/],
    ["Password1234!", /common or breached/], // a listed word with digits and symbols around it
    ["!!!!superman2024", /common or breached/],
    ["aaaaaaaaaaaaaaaa", /common or breached/],
  ])("refuses %j", (pw, why) => {
    expect(passwordProblem(pw)).toMatch(why);
  });

  it("counts characters, not UTF-16 units (an emoji is one character)", () => {
    expect(passwordProblem("😀".repeat(11))).toMatch(/at least 12/);
  });
});
