import { describe, expect, it } from "vitest";
import type { CommentDto, DebateSummaryDto, EdgeDto, NodeDto } from "@/lib/domain/schemas";
import { describeChange } from "./describe-change";

const node: NodeDto = {
  id: "n1",
  kind: "claim",
  side: "aff",
  role: null,
  speech: "1AC",
  responseType: null,
  title: "Aid buys leverage",
  body: "",
  position: { x: 0, y: 0 },
  version: 1,
  evidence: null,
};
const titles: Record<string, string> = { a: "Aid buys leverage", b: "Leverage is a myth" };

describe("describeChange", () => {
  it("lists the fields an edit changed, in plain words", () => {
    const lines = describeChange({
      entity: "node",
      entityId: "n1",
      action: "update",
      before: node,
      after: { ...node, title: "Aid buys access", side: "neg", position: { x: 5, y: 0 }, version: 2 },
    });
    expect(lines).toEqual([
      { label: "Title", before: "Aid buys leverage", after: "Aid buys access" },
      { label: "Side", before: "Aff", after: "Neg" },
      { label: "Position", after: "moved on the map" },
    ]);
  });

  it("shows what an added or deleted argument held", () => {
    expect(describeChange({ entity: "node", entityId: "n1", action: "delete", before: node, after: null })).toEqual([
      { label: "Title", before: "Aid buys leverage" },
      { label: "Side", before: "Aff" },
      { label: "Kind", before: "claim" },
      { label: "Speech", before: "1AC" },
    ]);
  });

  it("names both ends of a connection and a changed relation", () => {
    const edge: EdgeDto = { id: "e", source: "b", target: "a", relation: "rebuts", version: 1 };
    expect(
      describeChange(
        { entity: "edge", entityId: "e", action: "create", before: null, after: edge },
        (id) => titles[id],
      ),
    ).toEqual([{ label: "Connection", after: "“Leverage is a myth” rebuts “Aid buys leverage”" }]);
    expect(
      describeChange(
        { entity: "edge", entityId: "e", action: "update", before: edge, after: { ...edge, relation: "turns" } },
        () => undefined,
      ),
    ).toEqual([
      { label: "Connection", after: "an argument not on the map now turns an argument not on the map now" },
      { label: "Relation", before: "rebuts", after: "turns" },
    ]);
  });

  it("says when a thread was resolved, and when the whole debate was restored and what that changed", () => {
    const c: CommentDto = {
      id: "c",
      nodeId: "n1",
      parentId: null,
      author: { id: "u", name: "A" },
      body: "Source?",
      resolved: false,
      createdAt: "",
      updatedAt: "",
      version: 1,
    };
    expect(
      describeChange({
        entity: "comment",
        entityId: "c",
        action: "update",
        before: c,
        after: { ...c, resolved: true },
      }),
    ).toEqual([{ label: "Thread", after: "resolved" }]);
    const d: Pick<DebateSummaryDto, "id" | "title" | "resolution" | "description" | "visibility" | "version"> = {
      id: "d",
      title: "T",
      resolution: "R",
      description: "",
      visibility: "private",
      version: 3,
    };
    expect(
      describeChange({
        entity: "debate",
        entityId: "d",
        action: "update",
        before: d,
        after: { ...d, title: "Old T", version: 4 },
        restoredTo: 42,
      }),
    ).toEqual([
      { label: "Restored", after: "the whole debate to change #42" },
      { label: "Title", before: "T", after: "Old T" },
    ]);
  });

  it("says so when a row was written in a shape it cannot read, and still names a restore", () => {
    expect(
      describeChange({
        entity: "debate",
        entityId: "d",
        action: "update",
        before: null,
        after: null,
        unreadable: true,
        restoredTo: 7,
      }),
    ).toEqual([
      { label: "Restored", after: "the whole debate to change #7" },
      { label: "Details", after: "recorded in an older format that cannot be shown" },
    ]);
  });

  it("shortens long text", () => {
    const long = "x".repeat(300);
    const [line] = describeChange({
      entity: "node",
      entityId: "n1",
      action: "update",
      before: node,
      after: { ...node, body: long },
    });
    expect(line!.after!.length).toBe(138);
  });
});
