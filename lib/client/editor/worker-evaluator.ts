"use client";
import { createStore, type StoreApi } from "zustand/vanilla";
import type { NodeEvaluation } from "@/lib/domain/evaluation";
import type { EditorStore } from "./editor-store";
import { evaluatedGraph, evaluationOf, judgeAfterPaint, rememberEvaluation, type Graph } from "./evaluated-graph";
import { evaluateSlim, slimGraph, type EvaluationRequest, type EvaluationResponse } from "./slim-evaluation";

type Answer = (evaluations: EvaluationResponse["evaluations"], done: boolean) => void;

// One worker for the page, started on the first big graph's first evaluation; answers by serial.
let worker: Worker | null = null;
let serials = 0;
const waiting = new Map<number, { req: EvaluationRequest; answer: Answer }>();

function onMainThread(req: EvaluationRequest, answer: Answer): void {
  setTimeout(() => answer(evaluateSlim(req), true), 0);
}

function post(req: EvaluationRequest, answer: Answer): void {
  if (typeof Worker === "undefined") return onMainThread(req, answer);
  if (!worker) {
    const w = new Worker(new URL("./evaluation-worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (e: MessageEvent<EvaluationResponse>) => {
      const asked = waiting.get(e.data.serial);
      if (e.data.done) waiting.delete(e.data.serial);
      asked?.answer(e.data.evaluations, e.data.done);
    };
    // A worker that cannot run (blocked, failed to load): what it was asked is evaluated here.
    w.onerror = () => {
      w.terminate();
      if (worker === w) worker = null;
      const lost = [...waiting.values()];
      waiting.clear();
      for (const { req: asked, answer } of lost) onMainThread(asked, answer);
    };
    worker = w;
  }
  waiting.set(req.serial, { req, answer });
  worker.postMessage(req);
}

export type WorkerEvaluation = {
  /** the latest graph's evaluation, null until the first one arrives */
  result: Map<string, NodeEvaluation> | null;
};

type Evaluator = { store: StoreApi<WorkerEvaluation>; start: () => void };
const evaluators = new WeakMap<EditorStore, Evaluator>();

/**
 * A big graph's statuses, computed in a Web Worker for the open: `start` sends the graph the
 * statuses are computed from (the editor's, a seminar's revealed part: see evaluatedGraph), again
 * after every change until an answer for the latest graph is in; an answer overtaken by a newer
 * graph is dropped. Changes reach it after they are painted (judgeAfterPaint); after that first
 * answer, they are judged on the main thread, as the worker's answer would have come: building
 * and posting the graph for every edit cost more there than judging it (a title edit at 20,000
 * arguments: ~100 ms to paint, against ~50), and judging a 1,000-argument map before the paint
 * added ~15 ms to each edit.
 */
export function workerEvaluator(editor: EditorStore): Evaluator {
  const known = evaluators.get(editor);
  if (known) return known;
  const store = createStore<WorkerEvaluation>()(() => ({ result: null }));
  let started = false;
  let answered = false;
  let latest = 0;
  const send = (graph: Graph) => {
    if (answered) return store.setState({ result: evaluationOf(graph) });
    const serial = ++serials;
    latest = serial;
    const result = new Map<string, NodeEvaluation>();
    post({ serial, ...slimGraph(graph) }, (evaluations, done) => {
      if (serial !== latest) return;
      for (const ev of evaluations) result.set(ev.id, ev);
      if (!done) return;
      answered = true;
      rememberEvaluation(graph, result);
      store.setState({ result });
    });
  };
  const start = () => {
    if (started) return;
    started = true;
    judgeAfterPaint(editor);
    const graph = evaluatedGraph(editor);
    graph.subscribe((s) => send(s.graph));
    send(graph.getState().graph);
  };
  const made = { store, start };
  evaluators.set(editor, made);
  return made;
}
