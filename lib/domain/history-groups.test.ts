import { describe, expect, it } from "vitest";
import type { HistoryEntryDto } from "./changes";
import { groupHistory } from "./history-groups";

const actor = { id: "u1", name: "Demo Coach" };
const node = (id: string, x: number, title = "T") => ({
  id,
  debateId: "d",
  kind: "claim",
  side: "aff",
  role: null,
  speech: null,
  responseType: null,
  title,
  body: "",
  position: { x, y: 0 },
  evidence: null,
  version: x,
});
let seq = 1000;
const at = (ms: number) => new Date(Date.UTC(2026, 11, 3, 5, 0, 0, ms)).toISOString();
const move = (id: string, ms: number, who = actor): HistoryEntryDto =>
  ({
    seq: seq--,
    at: at(ms),
    actor: who,
    summary: "moved",
    entity: "node",
    entityId: id,
    action: "update",
    before: node(id, 0),
    after: node(id, 50),
  }) as unknown as HistoryEntryDto;
const rename = (id: string, ms: number): HistoryEntryDto =>
  ({
    seq: seq--,
    at: at(ms),
    actor,
    summary: "renamed",
    entity: "node",
    entityId: id,
    action: "update",
    before: node(id, 0, "A"),
    after: node(id, 0, "B"),
  }) as unknown as HistoryEntryDto;
const del = (entity: "node" | "edge", id: string, ms: number): HistoryEntryDto =>
  ({
    seq: seq--,
    at: at(ms),
    actor,
    summary: "deleted",
    entity,
    entityId: id,
    action: "delete",
    before: entity === "node" ? node(id, 0) : null,
    after: null,
  }) as unknown as HistoryEntryDto;

describe("groupHistory", () => {
  it("folds an auto-layout's moves into one entry naming how many arguments moved", () => {
    const moves = Array.from({ length: 106 }, (_, i) => move(`n${i}`, 10));
    const items = groupHistory([rename("x", 5000), ...moves, rename("y", 0)]);
    expect(items.map((i) => i.kind)).toEqual(["single", "group", "single"]);
    const g = items[1]!;
    expect(g.kind === "group" && g.summary).toBe("Demo Coach: auto-layout moved 106 arguments");
    expect(g.kind === "group" && g.entries).toHaveLength(106);
  });

  it("folds a multi-delete of arguments and their connections into one entry", () => {
    const items = groupHistory([del("edge", "e1", 0), del("node", "a", 0), del("node", "b", 1), del("edge", "e2", 1)]);
    expect(items).toHaveLength(1);
    expect(items[0]!.kind === "group" && items[0]!.summary).toBe("Demo Coach deleted 2 arguments and 2 connections");
  });

  it("keeps a single drag, a single delete, a rename and moves far apart in time as their own entries", () => {
    expect(groupHistory([move("a", 0), move("b", 10)]).every((i) => i.kind === "single")).toBe(true);
    expect(groupHistory([del("node", "a", 0), del("edge", "e", 0)]).every((i) => i.kind === "single")).toBe(true);
    expect(groupHistory([rename("a", 0), rename("b", 0), rename("c", 0)])).toHaveLength(3);
    const apart = groupHistory([move("a", 0), move("b", 5000), move("c", 10000)]);
    expect(apart.every((i) => i.kind === "single")).toBe(true);
  });

  it("never folds two people's moves together", () => {
    const other = { id: "u2", name: "Other" };
    const items = groupHistory([move("a", 0), move("b", 0), move("c", 0), move("d", 0, other), move("e", 0, other)]);
    expect(items.map((i) => i.kind)).toEqual(["group", "single", "single"]);
  });
});
