import { describe, expect, it } from "vitest";
import { answerWindow, dropPhrase } from "./block";

describe("answerWindow", () => {
  it("gives the Neg the 1NC and the block against the 1AC", () => {
    expect(answerWindow("1AC", "neg")).toMatchObject({ speeches: ["1NC", "2NC", "1NR"], byBlock: false });
  });
  it("treats the 2NC and 1NR as one unit against the 2AC", () => {
    expect(answerWindow("2AC", "neg")).toMatchObject({ speeches: ["2NC", "1NR"], byBlock: true });
  });
  it("makes the 1AR answer the block as one, and a cross-examination belongs to the speech it examines", () => {
    expect(answerWindow("2NC", "aff")?.speeches).toEqual(["1AR"]);
    expect(answerWindow("1NR", "aff")?.speeches).toEqual(["1AR"]);
    expect(answerWindow("CX1", "neg")?.speeches).toEqual(["1NC"]);
  });
  it("leaves nothing after the 2AR", () => {
    expect(answerWindow("2NR", "aff")?.speeches).toEqual(["2AR"]);
    expect(answerWindow("2AR", "neg")).toBeNull();
  });
  it("says where in words", () => {
    expect(dropPhrase("1NC", false)).toBe("dropped in the 1NC");
    expect(dropPhrase("2NC", true)).toBe("dropped by the block (2NC and 1NR)");
  });
});
