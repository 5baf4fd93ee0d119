import { describe, expect, it } from "vitest";
import type { EdgeDto, NodeDto } from "@/lib/domain/schemas";
import { createEditorStore } from "./editor-store";
import { debateOf, edge, FakeServer, node as row } from "./fake-server.test-helper";
import { evaluateInWorker, evaluationFor, evaluationOf, shownEvaluation } from "./use-evaluation";

const node = (id: string, side: "aff" | "neg", speech: NodeDto["speech"]): NodeDto => ({
  id,
  kind: "claim",
  side,
  role: null,
  speech,
  responseType: null,
  title: id,
  body: "",
  position: { x: 0, y: 0 },
  version: 1,
  evidence: null,
});

describe("evaluationOf", () => {
  const a = node("a", "aff", "1AC");
  const b = node("b", "neg", "1NC");
  const nodes = { a, b };
  const order = ["a", "b"];
  const none: Record<string, EdgeDto> = {};

  it("evaluates the store's graph once per graph identity", () => {
    const first = evaluationOf({ nodes, order, edges: none });
    expect(first.get("a")).toMatchObject({ status: "standing", dropped: true, droppedIn: "1NC" });
    expect(evaluationOf({ nodes, order, edges: none })).toBe(first);
  });

  it("recomputes as soon as the edges or the nodes change", () => {
    const before = evaluationOf({ nodes, order, edges: none });
    const edges = { e: { id: "e", source: "b", target: "a", relation: "rebuts", version: 1 } satisfies EdgeDto };
    const after = evaluationOf({ nodes, order, edges });
    expect(after).not.toBe(before);
    expect(after.get("a")).toMatchObject({ status: "refuted", dropped: false });
    const renamed = evaluationOf({ nodes: { ...nodes, b: { ...b, title: "No" } }, order, edges });
    expect(renamed.get("a")!.why).toBe("Refuted: answered by 'No' (standing), which no one answered.");
  });
});

describe("a store evaluated in the worker", () => {
  it("shows nothing until the answer comes, then the judge's statuses, and follows edits", async () => {
    const nodes = [row("a", 0, { side: "aff", speech: "1AC" }), row("b", 0, { side: "neg", speech: "1NC" })];
    const debate = debateOf(nodes, [edge("e1", "b", "a")], 1);
    const store = createEditorStore(debate, true, new FakeServer(debate).transport);
    // Before: evaluated here, at once.
    expect(shownEvaluation(store).get("a")?.status).toBe("refuted");
    evaluateInWorker(store);
    evaluateInWorker(store); // idempotent: one evaluator, one subscription
    // (No Worker in Node: the answer comes from a task of its own, as the worker's would.)
    expect(shownEvaluation(store).size).toBe(0);
    await new Promise((r) => setTimeout(r, 10));
    // The worker's answer is remembered as this graph's evaluation: not computed again here.
    expect(evaluationFor(store)).toBe(shownEvaluation(store));
    expect(shownEvaluation(store).get("a")?.status).toBe("refuted");
    // Later edits reach the worker after their paint, as what changed; its answer is the graph's evaluation.
    const before = shownEvaluation(store);
    store.getState().commit([{ op: "deleteNode", id: "b", version: 1 }]);
    expect(shownEvaluation(store)).toBe(before);
    await new Promise((r) => setTimeout(r, 10));
    expect(shownEvaluation(store)).toBe(evaluationFor(store));
    expect(shownEvaluation(store).get("a")?.status).toBe("standing");
    expect(shownEvaluation(store).has("b")).toBe(false);
  });
});
