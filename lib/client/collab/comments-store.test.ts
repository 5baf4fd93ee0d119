import { describe, expect, it } from "vitest";
import type { CommentDto } from "@/lib/domain/schemas";
import { createCommentsStore } from "./comments-store";

let t = 0;
const c = (id: string, nodeId: string, o: Partial<CommentDto> = {}): CommentDto => ({
  id,
  nodeId,
  parentId: null,
  author: { id: "u1", name: "Ann" },
  body: id,
  resolved: false,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, t++)).toISOString(),
  updatedAt: "2026-01-01T00:00:00.000Z",
  version: 1,
  ...o,
});

describe("comments store", () => {
  it("groups threads per argument, open first, and counts comments in open threads", () => {
    const s = createCommentsStore();
    s.getState().load([
      c("t1", "a", { resolved: true }),
      c("t2", "a"),
      c("r1", "a", { parentId: "t2" }),
      c("r2", "a", { parentId: "t1" }),
      c("t3", "b"),
    ]);
    const { threads, openCounts } = s.getState();
    expect(threads.a!.map((th) => [th.root.id, th.replies.map((r) => r.id)])).toEqual([
      ["t2", ["r1"]],
      ["t1", ["r2"]],
    ]);
    expect(openCounts).toEqual({ a: 2, b: 1 });
  });

  it("follows the live stream: new, newer, stale and deleted comments; other arguments keep their arrays", () => {
    const on = { v: 2, at: "2026-01-01T00:00:00.000Z", actorId: null } as const;
    const s = createCommentsStore();
    s.getState().load([c("t1", "a"), c("t2", "b")]);
    const bThreads = s.getState().threads.b;
    s.getState().receiveChanges([
      { ...on, seq: 1, entity: "comment", entityId: "r1", action: "create", after: c("r1", "a", { parentId: "t1" }) },
      {
        ...on,
        seq: 2,
        entity: "seminar",
        entityId: "a",
        action: "update",
        after: { id: "a", title: "opened the floor" },
      },
    ]);
    expect(s.getState().openCounts.a).toBe(2);
    expect(s.getState().threads.b).toBe(bThreads);
    s.getState().receiveChanges([
      {
        ...on,
        seq: 3,
        entity: "comment",
        entityId: "t1",
        action: "update",
        after: c("t1", "a", { resolved: true, version: 2 }),
      },
    ]);
    expect(s.getState().openCounts.a).toBeUndefined();
    s.getState().put(c("t1", "a", { version: 1 }));
    expect(s.getState().byId.t1!.resolved).toBe(true);
    s.getState().receiveChanges([{ ...on, seq: 4, entity: "comment", entityId: "t1", action: "delete", after: null }]);
    expect(Object.keys(s.getState().byId)).toEqual(["t2"]);
    expect(s.getState().threads.a).toBeUndefined();
  });
});
