import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DebateDto, EdgeDto, NodeDto } from "@/lib/domain/schemas";
import { createEditorStore } from "./editor-store";

const node = (id: string, x: number): NodeDto => ({
  id, kind: "claim", side: "aff", role: null, speech: null, responseType: null, title: `Title ${id}`, body: "", position: { x, y: 0 }, version: 1, evidence: null,
});
const edge: EdgeDto = { id: "e1", source: "b", target: "a", relation: "rebuts", version: 1 };
const debate = {
  id: "d1", title: "T", resolution: "", description: "", visibility: "private", ownerId: "u", ownerName: "U", role: "owner", nodeCount: 3,
  version: 1, updatedAt: new Date(0).toISOString(), seq: 0, nodes: [node("a", 0), node("b", 400), node("c", 800)], edges: [edge], sources: [],
} as DebateDto;

describe("editor store: field edits take the short path", () => {
  // The store posts every commit; here the server never answers, so only the optimistic state shows.
  beforeEach(() => vi.stubGlobal("fetch", () => new Promise(() => {})));
  afterEach(() => vi.unstubAllGlobals());

  it("a title edit replaces one row and keeps the graph's other structures as they were", () => {
    const store = createEditorStore(debate, true);
    const s0 = store.getState();
    expect(s0.commit([{ op: "updateNode", id: "b", version: 1, patch: { title: "Renamed" } }])).toBe(true);
    const s1 = store.getState();
    expect(s1.nodes.b).toMatchObject({ title: "Renamed", version: 2 });
    expect(s1.nodes.a).toBe(s0.nodes.a);
    expect(s1.nodes).not.toBe(s0.nodes);
    // Nothing moved and no connection changed: React Flow's lists and the order are the same objects.
    expect(s1.rfNodes).toBe(s0.rfNodes);
    expect(s1.rfEdges).toBe(s0.rfEdges);
    expect(s1.edges).toBe(s0.edges);
    expect(s1.order).toBe(s0.order);
    expect(s1.undoStack.at(-1)).toEqual([{ type: "node", id: "b", before: s0.nodes.b, after: s1.nodes.b }]);

    s1.undo();
    expect(store.getState().nodes.b!.title).toBe("Title b");
  });

  it("a move rebuilds React Flow's node list, and two ops on one node apply in order", () => {
    const store = createEditorStore(debate, true);
    const s0 = store.getState();
    store.getState().commit([
      { op: "updateNode", id: "c", version: 1, patch: { position: { x: 5, y: 6 } } },
      { op: "updateNode", id: "c", version: 2, patch: { title: "Moved" } },
    ]);
    const s1 = store.getState();
    expect(s1.nodes.c).toMatchObject({ title: "Moved", position: { x: 5, y: 6 }, version: 3 });
    expect(s1.rfNodes).not.toBe(s0.rfNodes);
    expect(s1.rfNodes.find((r) => r.id === "c")!.position).toEqual({ x: 5, y: 6 });
  });

  it("an edit of an unknown argument is refused like before, and received rows patch in place", () => {
    const store = createEditorStore(debate, true);
    expect(store.getState().commit([{ op: "updateNode", id: "nope", version: 1, patch: { title: "x" } }])).toBe(false);
    expect(store.getState().error).toMatch(/nope/);
    const before = store.getState();
    store.getState().receive({ nodes: [{ ...node("a", 0), title: "From the server", version: 7 }] });
    expect(store.getState().nodes.a).toMatchObject({ title: "From the server", version: 7 });
    expect(store.getState().rfEdges).toBe(before.rfEdges);
    // A new row is structural: the full path adds it to the order.
    store.getState().receive({ nodes: [node("z", 1200)] });
    expect(store.getState().order).toContain("z");
  });
});
