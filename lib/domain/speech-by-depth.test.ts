import { describe, expect, it } from "vitest";
import { speechesByDepth } from "./speech-by-depth";

const n = (id: string, side: "aff" | "neg" | "neutral", y = 0, speech: "1AC" | "2NC" | null = null) => ({
  id,
  side,
  speech,
  position: { x: 0, y },
});

describe("speechesByDepth", () => {
  it("puts each answer in the first speech of its side after what it answers", () => {
    const got = speechesByDepth(
      [n("res", "neutral"), n("a", "aff"), n("b", "neg"), n("c", "aff"), n("d", "neg", 1), n("e", "aff", 2)],
      [
        { source: "a", target: "res" },
        { source: "b", target: "a" },
        { source: "c", target: "b" },
        { source: "d", target: "c" },
        { source: "e", target: "a" }, // aff backing aff: the next aff speech after the 1AC
      ],
    );
    expect(Object.fromEntries(got)).toEqual({ a: "1AC", b: "1NC", c: "2AC", d: "2NC", e: "2AC" });
  });

  it("keeps speeches already given, builds on them, and caps at the last speech of a side", () => {
    const chain = [n("x", "aff", 0, "1AC"), n("y", "neg", 0, "2NC"), n("z", "aff"), n("w", "neg"), n("v", "aff")];
    const got = speechesByDepth(chain, [
      { source: "y", target: "x" },
      { source: "z", target: "y" },
      { source: "w", target: "z" },
      { source: "v", target: "w" },
    ]);
    expect(got.has("x")).toBe(false);
    expect(got.has("y")).toBe(false);
    expect(Object.fromEntries(got)).toEqual({ z: "1AR", w: "2NR", v: "2AR" });
  });

  it("leaves neutral arguments off the flow and starts neg roots in the 1NC", () => {
    const got = speechesByDepth([n("res", "neutral"), n("off", "neg")], []);
    expect(got.has("res")).toBe(false);
    expect(got.get("off")).toBe("1NC");
  });
});
