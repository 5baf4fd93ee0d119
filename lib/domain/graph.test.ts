import { describe, expect, it } from "vitest";
import { applyOps, connectionError, diffGraphs, GraphOpError, opsToRestore, searchNodes, type Graph } from "./graph";
import type { NodeDto } from "./schemas";

const node = (id: string, kind: NodeDto["kind"] = "claim", title = id): NodeDto => ({
  id,
  kind,
  side: "aff",
  role: null,
  speech: null,
  responseType: null,
  title,
  body: "",
  position: { x: 0, y: 0 },
  version: 1,
  evidence: null,
});
const g0: Graph = { nodes: [node("a"), node("b", "rebuttal"), node("e", "evidence")], edges: [] };

describe("connectionError", () => {
  it("refuses self-loops", () => {
    expect(connectionError(node("a"), node("a"), "rebuts", [])).toMatch(/itself/);
  });
  it("lets evidence only support or rebut", () => {
    expect(connectionError(node("e", "evidence"), node("a"), "supports", [])).toBeNull();
    expect(connectionError(node("e", "evidence"), node("a"), "turns", [])).toMatch(/evidence can only support/);
  });
  it("lets evidence be rebutted but not supported", () => {
    expect(connectionError(node("b"), node("e", "evidence"), "undercuts", [])).toBeNull();
    expect(connectionError(node("b"), node("e", "evidence"), "supports", [])).toMatch(/rebutted or undercut/);
  });
  it("refuses a duplicate connection", () => {
    expect(connectionError(node("b"), node("a"), "rebuts", [{ source: "b", target: "a" }])).toMatch(/already/);
    expect(connectionError(node("a"), node("b"), "rebuts", [{ source: "b", target: "a" }])).toBeNull();
  });
});

describe("applyOps", () => {
  it("creates, connects, updates and bumps versions", () => {
    const g = applyOps(g0, [
      { op: "createEdge", edge: { id: "x", source: "b", target: "a", relation: "rebuts" } },
      { op: "updateNode", id: "a", version: 1, patch: { title: "A!" } },
    ]);
    expect(g.edges).toEqual([{ id: "x", source: "b", target: "a", relation: "rebuts", version: 1 }]);
    expect(g.nodes.find((n) => n.id === "a")).toMatchObject({ title: "A!", version: 2 });
    expect(g0.nodes[0]!.title).toBe("a"); // input untouched
  });
  it("cascades a node delete to its edges", () => {
    const g1 = applyOps(g0, [{ op: "createEdge", edge: { id: "x", source: "b", target: "a", relation: "rebuts" } }]);
    const g2 = applyOps(g1, [{ op: "deleteNode", id: "a" }]);
    expect(g2.nodes.map((n) => n.id)).toEqual(["b", "e"]);
    expect(g2.edges).toEqual([]);
  });
  it("is all or nothing and says which op failed", () => {
    const bad = () =>
      applyOps(g0, [
        { op: "updateNode", id: "a", version: 1, patch: { title: "changed" } },
        { op: "createEdge", edge: { id: "y", source: "a", target: "a", relation: "rebuts" } },
      ]);
    expect(bad).toThrow(GraphOpError);
    try {
      bad();
    } catch (e) {
      expect((e as GraphOpError).index).toBe(1);
    }
    expect(g0.nodes[0]!.title).toBe("a");
  });
});

describe("undo and redo through opsToRestore", () => {
  it("restores a deleted node together with its edges, and redoes the delete", () => {
    const g1 = applyOps(g0, [{ op: "createEdge", edge: { id: "x", source: "b", target: "a", relation: "rebuts" } }]);
    const g2 = applyOps(g1, [{ op: "deleteNode", id: "a" }]);
    const changes = diffGraphs(g1, g2);
    const undone = applyOps(g2, opsToRestore(g2, changes, "undo"));
    expect(undone.nodes.map((n) => n.id).sort()).toEqual(["a", "b", "e"]);
    expect(undone.edges.map((e) => e.id)).toEqual(["x"]);
    const redone = applyOps(undone, opsToRestore(undone, changes, "redo"));
    expect(redone.nodes.map((n) => n.id).sort()).toEqual(["b", "e"]);
    expect(redone.edges).toEqual([]);
  });
  it("undoes an edit using the current version", () => {
    const g1 = applyOps(g0, [{ op: "updateNode", id: "a", version: 1, patch: { title: "new" } }]);
    const ops = opsToRestore(g1, diffGraphs(g0, g1), "undo");
    expect(ops).toEqual([expect.objectContaining({ op: "updateNode", id: "a", version: 2 })]);
    expect(applyOps(g1, ops).nodes[0]!.title).toBe("a");
  });
});

describe("searchNodes", () => {
  it("matches every word, title matches first", () => {
    const nodes = [
      node("1", "claim", "Russia gives far more aid"),
      { ...node("2"), title: "Aid", body: "from Russia mostly" },
    ];
    expect(searchNodes(nodes, "russia aid").map((n) => n.id)).toEqual(["1", "2"]);
    expect(searchNodes(nodes, "china")).toEqual([]);
    expect(searchNodes(nodes, "   ")).toEqual([]);
  });
});
