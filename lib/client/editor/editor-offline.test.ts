import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/client/api";
import type { Op } from "@/lib/domain/schemas";
import { createEditorStore } from "./editor-store";
import type { EditorTransport } from "./editor-sync";
import { debateOf, edge, FakeServer, flush, node } from "./fake-server.test-helper";
import { memoryPendingStore } from "./pending-edits";

const retitle = (id: string, version: number, title: string): Op => ({
  op: "updateNode",
  id,
  version,
  patch: { title },
});

/** A server in memory behind a connection the test can cut. */
function network(server: FakeServer) {
  const net = { up: true, attempts: 0 };
  const transport: EditorTransport = {
    sendOps(debateId, ops) {
      net.attempts++;
      if (!net.up) return Promise.reject(new ApiError(0, "network", "cannot reach the server"));
      return server.transport.sendOps(debateId, ops);
    },
  };
  return { net, transport };
}

function setup() {
  const debate = debateOf([node("a", 0), node("b", 400)], [edge("e1", "b", "a")], 10);
  const server = new FakeServer(debate);
  server.autoAnswer = true;
  const { net, transport } = network(server);
  const kept = memoryPendingStore();
  const open = () =>
    createEditorStore(debateOf(server.graph.nodes, server.graph.edges, server.seq), true, transport, kept);
  return { server, net, kept, open };
}

describe("editor sync: edits made while the connection is down", () => {
  it("keeps them (shown, counted, stored), then sends them in order when the connection returns", async () => {
    const { server, net, kept, open } = setup();
    const store = open();
    const s = () => store.getState();
    net.up = false;
    s().commit([retitle("a", 1, "One")]);
    s().commit([retitle("a", 2, "Two")]);
    const { id: _id, version: _v, ...fields } = node("n1", 200, { side: "neg", title: "New" });
    s().commit([{ op: "createNode", node: { ...fields, id: "n1" } }]);
    await s().settled();
    // Nothing rolled back, nothing lost: the map shows every edit, marked as not yet saved.
    expect(s().offline).toBe(true);
    expect(s().inFlight).toBe(3);
    expect(s().error).toBeNull();
    expect(s().nodes.a!.title).toBe("Two");
    expect(s().nodes.n1!.title).toBe("New");
    expect(kept.kept.get("d1")).toHaveLength(3);
    expect(server.rowOf("a")!.title).toBe("Title a");
    // New edits while offline wait too: one attempt found the network down, no more are made.
    expect(net.attempts).toBe(1);

    net.up = true;
    await s().resume();
    await s().settled();
    expect(server.sent.map((ops) => ops[0]!.op)).toEqual(["updateNode", "updateNode", "createNode"]);
    expect(server.rowOf("a")).toMatchObject({ title: "Two", version: 3 });
    expect(server.rowOf("n1")!.title).toBe("New");
    expect(s()).toMatchObject({ offline: false, inFlight: 0, error: null, conflict: null });
    expect(kept.kept.has("d1")).toBe(false);
  });

  it("a reload finds the kept edits, shows them on the fresh map and sends them", async () => {
    const { server, net, kept, open } = setup();
    const first = open();
    net.up = false;
    first.getState().commit([retitle("b", 1, "Typed offline")]);
    first.getState().commit([{ op: "deleteNode", id: "a", version: 1 }]);
    await first.getState().settled();
    expect(kept.kept.get("d1")).toHaveLength(2);

    // The page is reloaded: a new store on the server's snapshot, still without the edits.
    const second = open();
    const s = () => second.getState();
    await flush();
    expect(s().nodes.b!.title).toBe("Typed offline");
    expect(s().nodes.a).toBeUndefined();
    expect(s().offline).toBe(true);
    expect(s().inFlight).toBe(2);

    net.up = true;
    await s().resume();
    await s().settled();
    expect(server.rowOf("b")!.title).toBe("Typed offline");
    expect(server.rowOf("a")).toBeUndefined();
    expect(s().inFlight).toBe(0);
    expect(kept.kept.has("d1")).toBe(false);
  });

  it("an edit that clashes with a change made meanwhile becomes the conflict, never an overwrite", async () => {
    const { server, net, open } = setup();
    const store = open();
    const s = () => store.getState();
    net.up = false;
    s().commit([retitle("a", 1, "Mine, offline")]);
    s().commit([retitle("b", 1, "Unrelated")]);
    await s().settled();
    server.someoneElse([retitle("a", 1, "Theirs, online")]);

    net.up = true;
    await s().resume();
    await s().settled();
    expect(server.rowOf("a")!.title).toBe("Theirs, online");
    expect(s().conflict).toMatchObject({
      nodeId: "a",
      mine: { title: "Mine, offline" },
      theirs: { title: "Theirs, online" },
    });
    // The edit that did not clash went through after it.
    expect(server.rowOf("b")!.title).toBe("Unrelated");
    // Keeping mine writes on their version: a choice, not a silent overwrite.
    s().resolveConflict("mine");
    await s().settled();
    expect(server.rowOf("a")!.title).toBe("Mine, offline");
  });

  it("a refusal that is not about the network still rolls back at once", async () => {
    const { server, open } = setup();
    const store = open();
    server.refuseNext(new ApiError(403, "forbidden", "you may not edit this debate"));
    store.getState().commit([retitle("a", 1, "Refused")]);
    await store.getState().settled();
    expect(store.getState()).toMatchObject({ offline: false, inFlight: 0, error: "you may not edit this debate" });
    expect(store.getState().nodes.a!.title).toBe("Title a");
  });
});
