import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/domain/evaluation";
import { createEditorStore } from "@/lib/client/editor/editor-store";
import { evaluationFor } from "@/lib/client/editor/use-evaluation";
import { debateOf, edge, FakeServer, node } from "@/lib/client/editor/fake-server.test-helper";
import { workerEvaluator } from "./worker-evaluator";
import { evaluateSlim, slimGraph } from "@/lib/client/editor/slim-evaluation";

const nodes = [
  node("a", 0, { side: "aff", speech: "1AC", role: "impact" }),
  node("b", 0, { side: "neg", speech: "1NC", kind: "rebuttal", responseType: "answer" }),
  node("c", 0, { side: "aff", speech: "2AC", kind: "rebuttal" }),
  node("d", 0, { side: "neg", speech: "1NC", title: "Dropped off-case" }),
];
const edges = [edge("e1", "b", "a"), edge("e2", "c", "b")];

describe("a big graph's evaluation off the main thread", () => {
  it("gives from the slim graph exactly what the judge gives from the whole rows", () => {
    const whole = evaluate({ nodes, edges });
    const g = { nodes: Object.fromEntries(nodes.map((n) => [n.id, n])), edges: { e1: edges[0]!, e2: edges[1]! } };
    const slim = slimGraph({ ...g, order: nodes.map((n) => n.id) });
    expect(Object.keys(slim).sort()).toEqual(["codes", "edges", "ids", "titles"]);
    const fromSlim = evaluateSlim(slim);
    expect(new Map(fromSlim.map((ev) => [ev.id, ev]))).toEqual(whole);
    expect(whole.get("b")?.status).toBe("refuted");
  });

  it("answers once started, follows each change, and matches the store's own evaluation", async () => {
    const debate = debateOf(nodes, edges, 3);
    const store = createEditorStore(debate, true, new FakeServer(debate).transport, undefined, false);
    const ev = workerEvaluator(store);
    expect(workerEvaluator(store)).toBe(ev);
    expect(ev.store.getState().result).toBeNull();
    ev.start();
    await new Promise((r) => setTimeout(r, 10));
    expect(ev.store.getState().result).toEqual(evaluationFor(store));
    // The 2AC answer is deleted: the 1NC answer stands again, in the worker's next answer.
    store.getState().commit([{ op: "deleteNode", id: "c", version: 1 }]);
    await new Promise((r) => setTimeout(r, 10));
    const after = ev.store.getState().result!;
    expect(after.has("c")).toBe(false);
    expect(after.get("b")?.status).not.toBe("refuted");
    expect(after).toEqual(evaluationFor(store));
  });
});
