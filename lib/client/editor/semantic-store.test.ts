import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetCollapsed, loadCollapsed, semanticStore, setCollapsed } from "./semantic-store";

/** A page's localStorage, held in a Map (the store reads it through `window`). */
function storage(entries: Record<string, string> = {}) {
  const held = new Map(Object.entries(entries));
  vi.stubGlobal("window", {
    localStorage: {
      getItem: (k: string) => held.get(k) ?? null,
      setItem: (k: string, v: string) => void held.set(k, v),
      removeItem: (k: string) => void held.delete(k),
    },
  });
  return held;
}

afterEach(() => {
  vi.unstubAllGlobals();
  forgetCollapsed();
});

describe("the collapsed set remembered per person and debate", () => {
  it("keeps the set the map opened with when nothing is remembered, so the view is not computed again", () => {
    storage();
    const before = semanticStore.getState();
    loadCollapsed("clash:collapsed:u:d");
    const after = semanticStore.getState();
    expect(after.key).toBe("clash:collapsed:u:d");
    expect(after.collapsed).toBe(before.collapsed);
    expect(after.opened).toBe(before.opened);
    expect(after.collapsed.size).toBe(0);
  });

  it("loads what was remembered, and remembers a collapse", () => {
    const held = storage({ "clash:collapsed:u:d": JSON.stringify(["a", 3, "b"]) });
    loadCollapsed("clash:collapsed:u:d");
    expect([...semanticStore.getState().collapsed]).toEqual(["a", "b"]);
    setCollapsed("c", true);
    expect(JSON.parse(held.get("clash:collapsed:u:d")!)).toEqual(["a", "b", "c"]);
  });

  it("reads a corrupt entry as nothing collapsed", () => {
    storage({ "clash:collapsed:u:d": "{not json" });
    loadCollapsed("clash:collapsed:u:d");
    expect(semanticStore.getState().collapsed.size).toBe(0);
  });
});
