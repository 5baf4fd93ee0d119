import { describe, expect, it } from "vitest";
import { inspectorStartsOpen, isFiltering, passes, type MapFilter } from "./map-view";

const none: MapFilter = { sides: [], kinds: [], speeches: [], statuses: [] };
const claim = { side: "aff" as const, kind: "claim" as const, speech: "1AC" as const };

describe("map filters", () => {
  it("an empty filter shows everything", () => {
    expect(isFiltering(none)).toBe(false);
    expect(passes(none, claim, undefined)).toBe(true);
  });
  it("each dimension narrows, and all must hold", () => {
    expect(passes({ ...none, sides: ["neg"] }, claim, "standing")).toBe(false);
    expect(passes({ ...none, sides: ["aff"], statuses: ["refuted"] }, claim, "standing")).toBe(false);
    expect(
      passes({ ...none, sides: ["aff"], statuses: ["standing"], speeches: ["1AC", "2AC"] }, claim, "standing"),
    ).toBe(true);
    expect(passes({ ...none, speeches: ["1AC"] }, { ...claim, speech: null }, "standing")).toBe(false);
  });
  it("tags narrow to nodes carrying any of the chosen tags", () => {
    const tagged = { ...claim, tags: ["energy", "costs"] };
    expect(isFiltering({ ...none, tags: ["energy"] })).toBe(true);
    expect(passes({ ...none, tags: ["energy"] }, tagged, "standing")).toBe(true);
    expect(passes({ ...none, tags: ["health", "costs"] }, tagged, "standing")).toBe(true);
    expect(passes({ ...none, tags: ["health"] }, tagged, "standing")).toBe(false);
    expect(passes({ ...none, tags: ["energy"] }, claim, "standing")).toBe(false);
  });
  it("groups narrow to the arguments in any chosen pocket, hat, block or heading", () => {
    const inBlock = { ...claim, groupId: "block-1" };
    expect(isFiltering({ ...none, groups: ["block-1"] })).toBe(true);
    expect(passes({ ...none, groups: ["hat-1", "block-1"] }, inBlock, "standing")).toBe(true);
    expect(passes({ ...none, groups: ["block-2"] }, inBlock, "standing")).toBe(false);
    expect(passes({ ...none, groups: ["block-1"] }, { ...claim, groupId: null }, "standing")).toBe(false);
  });
});

describe("the panel's first state", () => {
  it("is open where there is no window (a server render), without throwing", () => {
    expect(typeof window).toBe("undefined");
    expect(inspectorStartsOpen()).toBe(true);
  });
});
