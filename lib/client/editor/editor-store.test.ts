import { describe, expect, it } from "vitest";
import type { NodeChange } from "@xyflow/react";
import { ApiError } from "@/lib/client/api";
import { createEditorStore } from "./editor-store";
import type { ArgumentRfNode } from "./to-flow";
import { debateOf, edge, FakeServer, flush, node } from "./fake-server.test-helper";

/** A store on a debate of three claims (b answers a), over a server in memory. */
function setup(options: { canEdit?: boolean; autoAnswer?: boolean } = {}) {
  const debate = debateOf([node("a", 0), node("b", 400), node("c", 800)], [edge("e1", "b", "a")], 10);
  const server = new FakeServer(debate);
  server.autoAnswer = options.autoAnswer ?? false;
  const store = createEditorStore(debate, options.canEdit ?? true, server.transport);
  return { store, server, s: () => store.getState() };
}

const retitle = (id: string, version: number, title: string) => ({
  op: "updateNode" as const,
  id,
  version,
  patch: { title },
});

describe("editor store: field edits take the short path", () => {
  it("a title edit replaces one row and keeps the graph's other structures as they were", () => {
    const { store, s } = setup();
    const s0 = s();
    expect(s0.commit([retitle("b", 1, "Renamed")])).toBe(true);
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
    expect(s().nodes.b!.title).toBe("Title b");
  });

  it("a move re-derives only the moved entry of React Flow's list, and two ops on one node apply in order", () => {
    const { s } = setup();
    const s0 = s();
    s0.commit([
      { op: "updateNode", id: "c", version: 1, patch: { position: { x: 5, y: 6 } } },
      retitle("c", 2, "Moved"),
    ]);
    const s1 = s();
    expect(s1.nodes.c).toMatchObject({ title: "Moved", position: { x: 5, y: 6 }, version: 3 });
    expect(s1.rfNodes).not.toBe(s0.rfNodes);
    expect(s1.rfNodes[2]!.position).toEqual({ x: 5, y: 6 });
    expect(s1.rfNodes[0]).toBe(s0.rfNodes[0]);
    expect(s1.rfNodes[1]).toBe(s0.rfNodes[1]);
  });

  it("an edit of an unknown argument is refused locally, and received rows patch in place", () => {
    const { server, s } = setup();
    expect(s().commit([retitle("nope", 1, "x")])).toBe(false);
    expect(s().error).toMatch(/nope/);
    expect(server.sent).toHaveLength(0);
    const before = s();
    s().receive({ nodes: [{ ...node("a", 0), title: "From the server", version: 7 }] });
    expect(s().nodes.a).toMatchObject({ title: "From the server", version: 7 });
    expect(s().rfEdges).toBe(before.rfEdges);
    // A new row is structural: the full path adds it to the order.
    s().receive({ nodes: [node("z", 1200)] });
    expect(s().order).toContain("z");
  });

  it("a read-only editor applies nothing and sends nothing", () => {
    const { server, s } = setup({ canEdit: false });
    expect(s().commit([retitle("a", 1, "x")])).toBe(false);
    expect(s().nodes.a!.title).toBe("Title a");
    expect(server.sent).toHaveLength(0);
  });
});

describe("editor sync: optimistic apply, answers and refusals", () => {
  it("applies at once, sends in order, and takes the server's rows when it answers", async () => {
    const { server, s } = setup();
    s().commit([retitle("a", 1, "One")]);
    s().commit([retitle("a", 2, "Two")]);
    expect(s().nodes.a).toMatchObject({ title: "Two", version: 3 });
    expect(s().inFlight).toBe(2);
    await flush();
    // The second batch waits for the first one's answer: it writes on the version that produced.
    expect(server.sent).toHaveLength(1);
    await server.answer();
    expect(server.sent).toHaveLength(2);
    await server.answer();
    expect(s().inFlight).toBe(0);
    expect(s().nodes.a).toEqual(server.rowOf("a"));
    expect(s().error).toBeNull();
  });

  it("an answer overtaken by my next edit does not put the older title back (no flicker)", async () => {
    const { server, s } = setup();
    s().commit([retitle("a", 1, "One")]);
    s().commit([retitle("a", 2, "Two")]);
    await flush();
    await server.answer(); // answers "One", version 2, while "Two" (version 3) is on screen
    expect(s().nodes.a).toMatchObject({ title: "Two", version: 3 });
    await server.answer();
    expect(s().nodes.a).toMatchObject({ title: "Two", version: 3 });
  });

  it("a refused batch is rolled back: the new argument and its connection go, the error shows, undo forgets it", async () => {
    const { server, s } = setup();
    s().commit([
      {
        op: "createNode",
        node: {
          id: "n",
          kind: "rebuttal",
          side: "neg",
          role: null,
          speech: null,
          responseType: "answer",
          title: "New",
          body: "",
          position: { x: 0, y: 300 },
          evidence: null,
        },
      },
      { op: "createEdge", edge: { id: "en", source: "n", target: "a", relation: "rebuts" } },
    ]);
    s().select("n");
    expect(s().order).toContain("n");
    expect(s().rfEdges.map((e) => e.id)).toContain("en");
    server.refuseNext(new ApiError(403, "forbidden", "you may not edit this debate"));
    await flush();
    await server.answer();
    expect(s().order).toEqual(["a", "b", "c"]);
    expect(s().edges.en).toBeUndefined();
    expect(s().rfNodes.map((r) => r.id)).toEqual(["a", "b", "c"]);
    expect(s().rfEdges.map((e) => e.id)).toEqual(["e1"]);
    expect(s().selectedNodeId).toBeNull();
    expect(s().error).toBe("you may not edit this debate");
    expect(s().undoStack).toHaveLength(0);
    expect(s().inFlight).toBe(0);
  });

  it("a stale write shows the conflict with both versions; keeping mine writes over theirs", async () => {
    const { server, s } = setup({ autoAnswer: true });
    server.someoneElse([retitle("a", 1, "Theirs")]); // not yet seen here
    s().commit([retitle("a", 1, "Mine")]);
    await flush();
    expect(s().conflict).toMatchObject({
      nodeId: "a",
      mine: { title: "Mine" },
      theirs: { title: "Theirs", version: 2 },
    });
    expect(s().nodes.a).toMatchObject({ title: "Theirs", version: 2 });
    expect(s().undoStack).toHaveLength(0);

    s().resolveConflict("mine");
    expect(s().conflict).toBeNull();
    expect(s().nodes.a).toMatchObject({ title: "Mine", version: 3 });
    await flush();
    expect(server.sent.at(-1)).toEqual([expect.objectContaining({ op: "updateNode", id: "a", version: 2 })]);
    expect(server.rowOf("a")).toMatchObject({ title: "Mine", version: 3 });
    expect(s().error).toBeNull();
  });

  it("keeping theirs closes the conflict and sends nothing", async () => {
    const { server, s } = setup({ autoAnswer: true });
    server.someoneElse([retitle("a", 1, "Theirs")]);
    s().commit([retitle("a", 1, "Mine")]);
    await flush();
    const sent = server.sent.length;
    s().resolveConflict("theirs");
    await flush();
    expect(s().conflict).toBeNull();
    expect(s().nodes.a!.title).toBe("Theirs");
    expect(server.sent).toHaveLength(sent);
  });

  it("undo and redo survive a refusal: a refused batch leaves the stacks as if it was never made", async () => {
    const { server, s } = setup({ autoAnswer: true });
    s().commit([retitle("a", 1, "A1")]);
    await flush();
    server.refuseNext();
    s().commit([retitle("b", 1, "B1")]);
    await flush();
    expect(s().nodes.b!.title).toBe("Title b");
    expect(s().undoStack).toHaveLength(1);

    // Undo undoes A (the refused B is not in the history)…
    s().undo();
    expect(s().nodes.a!.title).toBe("Title a");
    await flush();
    // …and a refused redo puts its entry back: it can be redone later.
    server.refuseNext();
    s().redo();
    await flush();
    expect(s().nodes.a!.title).toBe("Title a");
    expect(s().redoStack).toHaveLength(1);
    expect(s().undoStack).toHaveLength(0);
    s().redo();
    await flush();
    expect(s().nodes.a!.title).toBe("A1");
    expect(server.rowOf("a")!.title).toBe("A1");
  });
});

describe("editor live stream: one way in, each event once and in order", () => {
  it("the echo of my own edit changes nothing (no second apply) and moves the seq on", async () => {
    const { server, s } = setup();
    s().commit([retitle("a", 1, "Mine")]);
    await flush();
    await server.answer();
    const held = s();
    const fresh = s().receiveEvents(server.eventsSince(10));
    expect(fresh.map((e) => e.seq)).toEqual([11]);
    expect(s().nodes).toBe(held.nodes);
    expect(s().rfNodes).toBe(held.rfNodes);
    expect(s().nodes.a).toMatchObject({ title: "Mine", version: 2 });
    expect(s().seq).toBe(11);
  });

  it("the echo may come before the answer: still no flicker, and the answer's version stands", async () => {
    const { server, s } = setup();
    s().commit([retitle("a", 1, "Mine")]);
    await flush();
    // The server has applied it and published the event, but its answer is still on the way.
    server.apply(server.sent[0]!);
    s().receiveEvents(server.eventsSince(10));
    expect(s().nodes.a).toMatchObject({ title: "Mine", version: 2 });
  });

  it("someone else's change applies; an older event after it is ignored, and so is a repeat", () => {
    const { server, s } = setup();
    const [v2] = server.someoneElse([retitle("a", 1, "Second")]);
    const [v3] = server.someoneElse([retitle("a", 2, "Third")]);
    expect(s().receiveEvents([v3!])).toHaveLength(1);
    expect(s().nodes.a).toMatchObject({ title: "Third", version: 3 });
    // Out of order: seq 11 arrives after 12.
    expect(s().receiveEvents([v2!])).toEqual([]);
    expect(s().nodes.a!.title).toBe("Third");
    // A duplicate.
    expect(s().receiveEvents([v3!])).toEqual([]);
    expect(s().seq).toBe(12);
  });

  it("a batch out of order, with repeats, applies in seq order once each", () => {
    const { server, s } = setup();
    const events = [
      ...server.someoneElse([retitle("a", 1, "Second")]),
      ...server.someoneElse([retitle("a", 2, "Third")]),
      ...server.someoneElse([{ op: "deleteEdge", id: "e1", version: 1 }]),
    ];
    const fresh = s().receiveEvents([events[2]!, events[1]!, events[0]!, events[1]!]);
    expect(fresh.map((e) => e.seq)).toEqual([11, 12, 13]);
    expect(s().nodes.a!.title).toBe("Third");
    expect(s().edges.e1).toBeUndefined();
    expect(s().rfEdges).toEqual([]);
  });

  it("a delete then a restore of the same argument in one batch leaves it there", () => {
    const { server, s } = setup();
    const c = server.rowOf("c")!;
    const events = [
      ...server.someoneElse([{ op: "deleteNode", id: "c", version: 1 }]),
      ...server.someoneElse([{ op: "createNode", node: { ...c, version: undefined } as never }]),
    ];
    s().receiveEvents(events);
    expect(s().nodes.c).toMatchObject({ title: "Title c" });
    expect(s().order).toContain("c");
  });

  it("after a reconnect, the events missed meanwhile apply once, in order, whatever the replay overlaps", () => {
    const { server, s } = setup();
    s().receiveEvents(server.someoneElse([retitle("a", 1, "Seen")]));
    s().setLive("reconnecting");
    server.someoneElse([retitle("a", 2, "Missed 1")]);
    server.someoneElse([retitle("a", 3, "Missed 2")]);
    server.someoneElse([{ op: "deleteNode", id: "c", version: 1 }]);
    // The stream reopens from a seq before the last one applied (an EventSource's Last-Event-ID can lag).
    const replay = server.eventsSince(10);
    s().setLive("live");
    const fresh = s().receiveEvents(replay);
    expect(fresh.map((e) => e.seq)).toEqual([12, 13, 14]);
    expect(s().nodes.a).toMatchObject({ title: "Missed 2", version: 4 });
    expect(s().order).toEqual(["a", "b"]);
    expect(s().seq).toBe(14);
    expect(s().receiveEvents(server.eventsSince(s().seq))).toEqual([]);
  });

  it("a stream the server ended keeps its reason until the stream is live again", () => {
    const { s } = setup();
    s().setLive("ended", "Live updates stopped: you were signed out.");
    expect(s()).toMatchObject({ live: "ended", liveEnded: "Live updates stopped: you were signed out." });
    s().setLive("live");
    expect(s()).toMatchObject({ live: "live", liveEnded: null });
  });

  it("a remote delete of the selected argument clears the selection and its connections", () => {
    const { server, s } = setup();
    s().select("b");
    s().receiveEvents(server.someoneElse([{ op: "deleteNode", id: "b", version: 1 }]));
    expect(s().selectedNodeId).toBeNull();
    expect(s().edges).toEqual({});
    expect(s().rfNodes.map((r) => r.id)).toEqual(["a", "c"]);
  });
});

describe("editor selection and position: one source each, React Flow's flags derived", () => {
  const flags = (s: { rfNodes: ArgumentRfNode[] }) => s.rfNodes.filter((r) => r.selected).map((r) => r.id);

  it("selecting a node, then a connection, then React Flow's own select changes all go through one setter", () => {
    const { s } = setup();
    s().select("b");
    expect(flags(s())).toEqual(["b"]);
    s().selectEdge("e1");
    expect(s().selectedNodeId).toBeNull();
    expect(flags(s())).toEqual([]);
    expect(s().rfEdges.find((e) => e.id === "e1")!.selected).toBe(true);
    s().onNodesChange([
      { type: "select", id: "unknown", selected: false },
      { type: "select", id: "c", selected: true },
    ]);
    expect(s().selectedNodeId).toBe("c");
    expect(s().selectedEdgeId).toBeNull();
    expect(flags(s())).toEqual(["c"]);
    expect(s().rfEdges[0]!.selected).toBe(false);
    s().onNodesChange([{ type: "select", id: "c", selected: false }]);
    expect(s().selectedNodeId).toBeNull();
    expect(flags(s())).toEqual([]);
  });

  it("a selection change replaces only the two entries it concerns", () => {
    const { s } = setup();
    s().select("a");
    const before = s().rfNodes;
    s().select("b");
    expect(s().rfNodes[0]).not.toBe(before[0]);
    expect(s().rfNodes[1]).not.toBe(before[1]);
    expect(s().rfNodes[2]).toBe(before[2]);
    const same = s();
    s().select("b");
    expect(s()).toBe(same); // nothing changed, nothing notified
  });

  it("a drag moves React Flow's entry but not the row; the drop commits the rounded position once", async () => {
    const { server, s } = setup({ autoAnswer: true });
    const row = s().nodes.c;
    const drag = (x: number, dragging: boolean): NodeChange<ArgumentRfNode> => ({
      type: "position",
      id: "c",
      position: { x, y: 10.4 },
      dragging,
    });
    s().onNodesChange([drag(850.6, true)]);
    s().onNodesChange([drag(900.6, true)]);
    expect(s().nodes.c).toBe(row);
    expect(s().rfNodes[2]).toMatchObject({ position: { x: 900.6, y: 10.4 }, dragging: true });
    expect(server.sent).toHaveLength(0);
    // React Flow's drop may come without a position: the last drag frame's counts.
    s().onNodesChange([{ type: "position", id: "c", dragging: false }]);
    expect(s().drag).toEqual({});
    expect(s().nodes.c!.position).toEqual({ x: 901, y: 10 });
    expect(s().rfNodes[2]!.position).toEqual({ x: 901, y: 10 });
    expect(s().rfNodes[2]!.dragging).toBeFalsy();
    await flush();
    expect(server.sent).toEqual([[{ op: "updateNode", id: "c", version: 1, patch: { position: { x: 901, y: 10 } } }]]);
    expect(server.rowOf("c")!.position).toEqual({ x: 901, y: 10 });
  });

  it("React Flow's measurements are kept on its entries and touch no row", () => {
    const { s } = setup();
    const nodes = s().nodes;
    const before = s().rfNodes;
    s().onNodesChange([{ type: "dimensions", id: "b", dimensions: { width: 280, height: 90 } }]);
    expect(s().rfNodes[1]!.measured).toEqual({ width: 280, height: 90 });
    expect(s().rfNodes[0]).toBe(before[0]);
    expect(s().nodes).toBe(nodes);
    // A selection afterwards keeps the measurement.
    s().select("b");
    expect(s().rfNodes[1]).toMatchObject({ selected: true, measured: { width: 280, height: 90 } });
  });
});

describe("editor fast paths on a big map", () => {
  it("with 20,000 arguments a drag frame replaces one entry, and a remote title edit none", () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => node(`n${i}`, i * 10));
    const debate = debateOf(nodes, [], 5);
    const server = new FakeServer(debate);
    const store = createEditorStore(debate, true, server.transport);
    const s = () => store.getState();
    const before = s().rfNodes;
    const order = s().order;
    s().onNodesChange([{ type: "position", id: "n123", position: { x: 1, y: 2 }, dragging: true }]);
    const changed = s()
      .rfNodes.filter((r, i) => r !== before[i])
      .map((r) => r.id);
    expect(changed).toEqual(["n123"]);
    expect(s().order).toBe(order);
    expect(s().nodes.n123!.position).toEqual({ x: 1230, y: 0 });
    const afterDrag = s().rfNodes;
    s().receiveEvents(server.someoneElse([retitle("n9", 1, "Renamed far away")]));
    expect(s().nodes.n9!.title).toBe("Renamed far away");
    expect(s().rfNodes).toBe(afterDrag);
  });
});

describe("editor store without React Flow's lists (the flow sheet)", () => {
  it("builds no nodes or edges for a canvas, yet edits, selects, adds and undoes like the map's", async () => {
    const debate = debateOf([node("a", 0), node("b", 400)], [edge("e1", "b", "a")], 10);
    const server = new FakeServer(debate);
    const store = createEditorStore(debate, true, server.transport, undefined, false);
    const s = () => store.getState();
    expect(s().rfNodes).toEqual([]);
    expect(s().rfEdges).toEqual([]);
    s().select("a");
    expect(s().selectedNodeId).toBe("a");
    expect(s().commit([retitle("a", 1, "Renamed")])).toBe(true);
    expect(s().nodes.a?.title).toBe("Renamed");
    expect(s().commit([{ op: "createNode", node: { ...node("c", 800), id: "c" } }])).toBe(true);
    expect(s().order).toEqual(["a", "b", "c"]);
    s().undo();
    expect(s().nodes.c).toBeUndefined();
    expect(s().rfNodes).toEqual([]);
    expect(s().rfEdges).toEqual([]);
    await flush();
  });
});
