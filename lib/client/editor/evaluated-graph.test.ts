import { describe, expect, it } from "vitest";
import { createEditorStore } from "./editor-store";
import { evaluatedGraph, evaluationFor, sameToTheJudge } from "./evaluated-graph";
import { debateOf, edge, FakeServer, node } from "./fake-server.test-helper";

const nodes = [node("a", 0, { side: "aff", speech: "1AC" }), node("b", 0, { side: "neg", speech: "1NC" })];
const edges = [edge("e1", "b", "a")];
const graphOf = () => {
  const debate = debateOf(nodes, edges, 1);
  return createEditorStore(debate, true, new FakeServer(debate).transport);
};

describe("sameToTheJudge", () => {
  const store = graphOf();
  const g = store.getState();

  it("holds for changes the judge does not read: positions, bodies, versions", () => {
    const a = g.nodes.a!;
    const moved = { ...g.nodes, a: { ...a, position: { x: 9, y: 9 }, body: "more", version: 7 } };
    expect(sameToTheJudge(g, { ...g, nodes: moved })).toBe(true);
    const e1 = g.edges.e1!;
    expect(sameToTheJudge(g, { ...g, edges: { e1: { ...e1, version: 3 } } })).toBe(true);
  });

  it("fails for a title, a side, a speech, a relation, an edge or an argument more or less", () => {
    const a = g.nodes.a!;
    for (const patch of [
      { title: "New" },
      { side: "neg" as const },
      { speech: "2AC" as const },
      { role: "impact" as const },
    ])
      expect(sameToTheJudge(g, { ...g, nodes: { ...g.nodes, a: { ...a, ...patch } } })).toBe(false);
    const e1 = g.edges.e1!;
    expect(sameToTheJudge(g, { ...g, edges: { e1: { ...e1, relation: "supports" } } })).toBe(false);
    expect(sameToTheJudge(g, { ...g, edges: {} })).toBe(false);
    expect(sameToTheJudge(g, { ...g, order: [...g.order] })).toBe(false);
  });
});

describe("evaluatedGraph", () => {
  it("keeps the statuses (no new evaluation) when an edit changes nothing the judge reads", () => {
    const store = graphOf();
    const before = evaluationFor(store);
    const graph = evaluatedGraph(store).getState().graph;
    store.getState().commit([{ op: "updateNode", id: "a", version: 1, patch: { position: { x: 40, y: 40 } } }]);
    expect(store.getState().nodes.a!.position).toEqual({ x: 40, y: 40 });
    expect(evaluatedGraph(store).getState().graph).toBe(graph);
    expect(evaluationFor(store)).toBe(before);
    store.getState().commit([{ op: "updateNode", id: "b", version: 1, patch: { title: "Turn" } }]);
    expect(evaluationFor(store)).not.toBe(before);
    expect(evaluationFor(store).get("a")!.why).toContain("'Turn'");
  });
});
