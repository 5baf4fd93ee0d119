import { describe, expect, it } from "vitest";
import { dimensionsOf } from "./weighing";

describe("dimensionsOf", () => {
  it("names the weighing dimensions a title uses", () => {
    expect(dimensionsOf("Outweighs on Magnitude and time frame")).toEqual(["magnitude", "timeframe"]);
    expect(dimensionsOf("Probability first; reversibility")).toEqual(["probability", "reversibility"]);
    expect(dimensionsOf("Extend the DA")).toEqual([]);
  });
});
