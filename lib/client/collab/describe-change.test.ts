import { describe, expect, it } from "vitest";
import { describeChange } from "./describe-change";

const node = { id: "n1", kind: "claim", side: "aff", role: null, speech: "1AC", responseType: null, title: "Aid buys leverage", body: "", position: { x: 0, y: 0 }, version: 1, evidence: null };
const titles: Record<string, string> = { a: "Aid buys leverage", b: "Leverage is a myth" };

describe("describeChange", () => {
  it("lists the fields an edit changed, in plain words", () => {
    const lines = describeChange({ entity: "node", action: "update", before: node, after: { ...node, title: "Aid buys access", side: "neg", position: { x: 5, y: 0 }, version: 2 } });
    expect(lines).toEqual([
      { label: "Title", before: "Aid buys leverage", after: "Aid buys access" },
      { label: "Side", before: "Aff", after: "Neg" },
      { label: "Position", after: "moved on the map" },
    ]);
  });

  it("shows what an added or deleted argument held", () => {
    expect(describeChange({ entity: "node", action: "delete", before: node, after: null })).toEqual([
      { label: "Title", before: "Aid buys leverage" },
      { label: "Side", before: "Aff" },
      { label: "Kind", before: "claim" },
      { label: "Speech", before: "1AC" },
    ]);
  });

  it("names both ends of a connection and a changed relation", () => {
    const edge = { id: "e", source: "b", target: "a", relation: "rebuts", version: 1 };
    expect(describeChange({ entity: "edge", action: "create", before: null, after: edge }, (id) => titles[id])).toEqual([
      { label: "Connection", after: "“Leverage is a myth” rebuts “Aid buys leverage”" },
    ]);
    expect(describeChange({ entity: "edge", action: "update", before: edge, after: { ...edge, relation: "turns" } }, () => undefined)).toEqual([
      { label: "Connection", after: "an argument not on the map now turns an argument not on the map now" },
      { label: "Relation", before: "rebuts", after: "turns" },
    ]);
  });

  it("says when a thread was resolved, and when the whole debate was restored", () => {
    const c = { id: "c", body: "Source?", resolved: false, version: 1 };
    expect(describeChange({ entity: "comment", action: "update", before: c, after: { ...c, resolved: true } })).toEqual([{ label: "Thread", after: "resolved" }]);
    expect(describeChange({ entity: "debate", action: "update", before: null, after: { restoredTo: 42, title: "T" } })).toEqual([{ label: "Restored", after: "the whole debate to change #42" }]);
  });

  it("shortens long text", () => {
    const long = "x".repeat(300);
    const [line] = describeChange({ entity: "node", action: "update", before: node, after: { ...node, body: long } });
    expect(line!.after!.length).toBe(138);
  });
});
