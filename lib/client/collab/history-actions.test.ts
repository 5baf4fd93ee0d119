import { describe, expect, it } from "vitest";
import type { HistoryEntryDto } from "@/lib/domain/changes";
import { mergeEntries } from "./history-actions";

const entry = (seq: number, summary = `change ${seq}`): HistoryEntryDto => ({
  seq,
  at: "2026-01-01T00:00:00.000Z",
  actor: null,
  entity: "node",
  entityId: "n",
  action: "update",
  before: null,
  after: null,
  unreadable: true,
  summary,
});

describe("mergeEntries", () => {
  it("puts a fresh head page over the pages already loaded: newest first, each change once", () => {
    const held = [entry(9), entry(8), entry(5), entry(4)];
    const head = [entry(12), entry(11), entry(9, "change 9 again")];
    const merged = mergeEntries(head, held);
    expect(merged.map((e) => e.seq)).toEqual([12, 11, 9, 8, 5, 4]);
    expect(merged[2]!.summary).toBe("change 9 again");
  });

  it("appends an older page", () => {
    expect(mergeEntries([entry(9)], [entry(3), entry(2)]).map((e) => e.seq)).toEqual([9, 3, 2]);
  });
});
