import { describe, expect, it, vi } from "vitest";
import { evaluate } from "@/lib/domain/evaluation";
import { createEditorStore } from "@/lib/client/editor/editor-store";
import { evaluationFor } from "@/lib/client/editor/use-evaluation";
import { debateOf, edge, FakeServer, node } from "@/lib/client/editor/fake-server.test-helper";
import { workerEvaluator } from "./worker-evaluator";
import * as judged from "./evaluated-graph";
import { evaluatedGraph, evaluateOnly, sameToTheJudge } from "./evaluated-graph";
import type { EditorStore } from "./editor-store";
type Evaluator = ReturnType<typeof workerEvaluator>;
import { slimGraph, unslim, type EvaluationResponse } from "@/lib/client/editor/slim-evaluation";
import { fetchJsonEarly, takeBytesOf } from "@/lib/client/early-fetch";
import type { DebateDto } from "@/lib/domain/schemas";

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
    expect(Object.keys(slim).sort()).toEqual(["codes", "edgeIds", "edges", "ids", "loose", "titles"]);
    expect(slim.edgeIds).toEqual(["e1", "e2"]);
    // what the worker's session judges: the slim graph read back into rows
    const read = unslim(slim);
    expect(evaluate({ nodes: [...read.nodes.values()], edges: [...read.edges.values()] })).toEqual(whole);
    expect(whole.get("b")?.status).toBe("refuted");
  });

  it("answers once started, follows each change, and matches the store's own evaluation", async () => {
    const debate = debateOf(nodes, edges, 3);
    const store = createEditorStore(debate, true, new FakeServer(debate).transport, undefined, false);
    const ev = workerEvaluator(store);
    expect(workerEvaluator(store)).toBe(ev);
    expect(ev.store.getState().result).toBeNull();
    ev.start();
    // (Polled, not a fixed wait: on a busy machine the answer's task can come after 10 ms.)
    await vi.waitFor(() => expect(ev.store.getState().result).toEqual(evaluationFor(store)));
    // The 2AC answer is deleted: the 1NC answer stands again, in the worker's next answer.
    store.getState().commit([{ op: "deleteNode", id: "c", version: 1 }]);
    await vi.waitFor(() => expect(ev.store.getState().result?.has("c")).toBe(false));
    const after = ev.store.getState().result!;
    expect(after.has("c")).toBe(false);
    expect(after.get("b")?.status).not.toBe("refuted");
    expect(after).toEqual(evaluationFor(store));
  });
});

const SPEECHES = ["1AC", "1NC", "2AC", "2NC", "1NR", "1AR", "2NR", "2AR", "CX1", null] as const;
const RELATIONS = ["rebuts", "undercuts", "turns", "supports", "extends", "premise", "contradicts"] as const;
const RESPONSES = ["answer", "turn", "link-turn", "impact-defense", "extension", null] as const;
const tick = () => new Promise((r) => setTimeout(r, 0));
async function settle(ev: Evaluator, store: EditorStore) {
  // the change reaches the worker after a paint (a timeout here), then the answer in a task of its own
  const caughtUp = () =>
    sameToTheJudge(evaluatedGraph(store).getState().graph, store.getState()) &&
    ev.store.getState().result === evaluationFor(store);
  for (let i = 0; i < 50 && !caughtUp(); i++) await tick();
  expect(caughtUp()).toBe(true);
}

/** The answers the worker gives this evaluator from now on, as they are delivered. */
function recorded(ev: Evaluator): EvaluationResponse[] {
  const answers: EvaluationResponse[] = [];
  const deliver = ev.doc.deliver;
  ev.doc.deliver = (r) => {
    answers.push(r);
    deliver(r);
  };
  return answers;
}

describe("the worker follows a big graph by what changed", () => {
  it("after any sequence of edits, answers what the judge says of the whole graph, sending only what changed", async () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pick = <T>(xs: readonly T[]) => xs[rnd(xs.length)]!;
    const start = Array.from({ length: 24 }, (_, i) =>
      node(`n${i}`, i, { side: i % 2 ? "neg" : "aff", speech: pick(SPEECHES), responseType: pick(RESPONSES) }),
    );
    const links = Array.from({ length: 30 }, (_, k) => ({
      ...edge(`l${k}`, `n${rnd(24)}`, `n${rnd(24)}`),
      relation: pick(RELATIONS),
    }));
    const debate = debateOf(start, links, 1);
    const server = new FakeServer(debate);
    server.autoAnswer = true;
    const store = createEditorStore(debate, true, server.transport, undefined, false);
    const ev = workerEvaluator(store);
    const answers = recorded(ev);
    ev.start();
    await settle(ev, store);
    expect(answers.filter((a) => a.full).length).toBeGreaterThan(0);
    let made = 0;
    for (let step = 0; step < 60; step++) {
      const s = store.getState();
      const ids = s.order.filter((id) => s.nodes[id]);
      const edgeIds = Object.keys(s.edges);
      const id = pick(ids);
      const n = s.nodes[id]!;
      const choice = rnd(7);
      if (choice === 0) s.commit([{ op: "updateNode", id, version: n.version, patch: { title: `T${step}` } }]);
      else if (choice === 1)
        s.commit([{ op: "updateNode", id, version: n.version, patch: { speech: pick(SPEECHES) } }]);
      else if (choice === 2)
        s.commit([{ op: "updateNode", id, version: n.version, patch: { side: pick(["aff", "neg"] as const) } }]);
      else if (choice === 3) s.commit([{ op: "deleteNode", id, version: n.version }]);
      else if (choice === 4) {
        const fresh = `m${made++}`;
        s.commit([
          {
            op: "createNode",
            node: {
              id: fresh,
              kind: "rebuttal",
              side: pick(["aff", "neg"] as const),
              speech: pick(SPEECHES),
              role: null,
              responseType: pick(RESPONSES),
              title: fresh,
              body: "",
              position: { x: 0, y: 0 },
              evidence: null,
            },
          },
          { op: "createEdge", edge: { id: `x${step}`, source: fresh, target: id, relation: pick(RELATIONS) } },
        ]);
      } else if (choice === 5 && edgeIds.length > 0) {
        const e = s.edges[pick(edgeIds)]!;
        s.commit([{ op: "updateEdge", id: e.id, version: e.version, relation: pick(RELATIONS) }]);
      } else if (edgeIds.length > 0) {
        const e = s.edges[pick(edgeIds)]!;
        s.commit([{ op: "deleteEdge", id: e.id, version: e.version }]);
      }
      await settle(ev, store);
      expect(ev.store.getState().result, `step ${step}`).toEqual(
        evaluate({
          nodes: store.getState().order.flatMap((i) => store.getState().nodes[i] ?? []),
          edges: Object.values(store.getState().edges),
        }),
      );
    }
    // Only the first answer was the whole graph: every edit came back as what changed.
    expect(answers.filter((a) => a.full && a.done)).toHaveLength(1);
    const changes = answers.filter((a) => !a.full);
    expect(changes.length).toBeGreaterThan(30);
    expect(Math.max(...changes.map((a) => a.evaluations.length))).toBeLessThan(store.getState().order.length);
  });

  it("asks nothing for a change that is nothing to the judge, and keeps the statuses for the new graph", async () => {
    const debate = debateOf(nodes, edges, 3);
    const store = createEditorStore(debate, true, new FakeServer(debate).transport, undefined, false);
    const ev = workerEvaluator(store);
    const answers = recorded(ev);
    const aff = (n: { side: string }) => n.side === "aff";
    evaluateOnly(store, aff);
    ev.start();
    // answers finished (a whole graph's comes in parts)
    const finished = () => answers.filter((a) => !a.full || a.done).length;
    const caughtUp = async (n: number) => {
      for (let i = 0; i < 50 && finished() < n; i++) await tick();
      expect(finished()).toBe(n);
    };
    await caughtUp(1);
    const shown = ev.store.getState().result!;
    const count = finished();
    // the revealed part picked again: new objects, the same arguments and edges
    evaluateOnly(store, aff);
    const picked = evaluatedGraph(store).getState().graph;
    await tick();
    await tick();
    expect(finished()).toBe(count);
    expect(ev.store.getState().result).toBe(shown);
    expect(judged.evaluationOf(picked)).toBe(shown);
    expect([...shown.keys()].sort()).toEqual(["a", "c"]);
    // a real change after it is still asked for and answered
    evaluateOnly(store, () => true);
    await caughtUp(count + 1);
    expect(ev.store.getState().result).toEqual(evaluate({ nodes, edges }));
  });

  it("sends the graph whole again when the worker no longer holds it", async () => {
    const stores = Array.from({ length: 5 }, () => {
      const debate = debateOf(nodes, edges, 3);
      return createEditorStore(debate, true, new FakeServer(debate).transport, undefined, false);
    });
    for (const s of stores) workerEvaluator(s).start();
    await tick();
    await tick();
    // The first store's graph was let go for the later ones: its edit is answered by the whole graph.
    const first = stores[0]!;
    const lost: boolean[] = [];
    const deliver = workerEvaluator(first).doc.deliver;
    workerEvaluator(first).doc.deliver = (r) => {
      lost.push(!!r.lost);
      deliver(r);
    };
    first.getState().commit([{ op: "deleteNode", id: "c", version: 1 }]);
    await settle(workerEvaluator(first), first);
    const result = workerEvaluator(first).store.getState().result!;
    expect(result.has("c")).toBe(false);
    expect(result).toEqual(evaluationFor(first));
    expect(lost[0]).toBe(true);
  });
});

describe("a map as it was loaded: the worker reads its graph from the page's bytes", () => {
  const PATH = "/api/debates/d1";
  const g = globalThis as unknown as { __clashEarly?: Record<string, unknown> };
  /** The debate as the map page loads it, parsed from the bytes its inline script read (early-fetch), and those bytes. */
  async function loaded(text: string): Promise<{ debate: DebateDto; body: Uint8Array }> {
    const body = new TextEncoder().encode(text);
    g.__clashEarly = { [PATH]: Promise.resolve({ status: 200, body: body.buffer }) };
    const debate = await fetchJsonEarly<DebateDto>(PATH);
    delete g.__clashEarly;
    return { debate, body };
  }

  it("takes the bytes, answers what the judge says of the store's graph, and follows edits from there", async () => {
    const { debate } = await loaded(JSON.stringify(debateOf(nodes, edges, 3)));
    const store = createEditorStore(debate, true, new FakeServer(debate).transport, undefined, false);
    const ev = workerEvaluator(store);
    const answers = recorded(ev);
    ev.start();
    await settle(ev, store);
    expect(takeBytesOf(debate)).toBeUndefined(); // the worker has them
    expect(answers.some((a) => a.lost)).toBe(false);
    expect(ev.store.getState().result).toEqual(evaluate({ nodes, edges }));
    // The worker's graph is the store's: a change to it is judged on the same graph.
    store.getState().commit([{ op: "deleteNode", id: "c", version: 1 }]);
    await settle(ev, store);
    expect(ev.store.getState().result!.has("c")).toBe(false);
    expect(ev.store.getState().result).toEqual(evaluationFor(store));
  });

  it("leaves the bytes alone once the graph was edited before the judge was asked", async () => {
    const { debate } = await loaded(JSON.stringify(debateOf(nodes, edges, 3)));
    const server = new FakeServer(debate);
    server.autoAnswer = true;
    const store = createEditorStore(debate, true, server.transport, undefined, false);
    store.getState().commit([{ op: "deleteNode", id: "c", version: 1 }]);
    const ev = workerEvaluator(store);
    ev.start();
    await settle(ev, store);
    expect(takeBytesOf(debate)).toBeInstanceOf(ArrayBuffer);
    expect(ev.store.getState().result!.has("c")).toBe(false);
  });

  it("sends the graph whole when the worker cannot read the bytes as a debate", async () => {
    const { debate, body } = await loaded(JSON.stringify(debateOf(nodes, edges, 3)));
    body.fill(0x7b); // "{{{…": what the worker is handed no longer parses
    const store = createEditorStore(debate, true, new FakeServer(debate).transport, undefined, false);
    const ev = workerEvaluator(store);
    const answers = recorded(ev);
    ev.start();
    await settle(ev, store);
    expect(answers[0]?.lost).toBe(true);
    expect(ev.store.getState().result).toEqual(evaluate({ nodes, edges }));
  });
});
