"use client";
import { useStore } from "zustand";
import { useShallow } from "zustand/react/shallow";
import type { NodeEvaluation } from "@/lib/domain/evaluation";
import type { EditorStore } from "./editor-store";
import { useEditorStore } from "./editor-context";
import { evaluatedGraph, evaluationFor, evaluationOf, type Graph } from "./evaluated-graph";
import { workerEvaluator } from "./worker-evaluator";

export { DEFER_EVALUATION_ABOVE, evaluateOnly, evaluatedGraph, evaluationFor, evaluationOf } from "./evaluated-graph";

/** The stores whose statuses come from the evaluation worker (see evaluateInWorker). */
const offMainThread = new WeakSet<EditorStore>();

/**
 * From now on this store's statuses are computed in the evaluation worker, starting at once: a big
 * map's first render then does not wait for the judge (~0.4 s at 20,000 arguments on the main
 * thread), and its cards show a pending status until the answer comes. Idempotent.
 */
export function evaluateInWorker(store: EditorStore): void {
  if (offMainThread.has(store)) return;
  offMainThread.add(store);
  workerEvaluator(store).start();
}

const NONE = new Map<string, NodeEvaluation>();

/**
 * Every node's status, dropped flag and why; re-renders only when the graph changes. With
 * `enabled` false nothing is evaluated and the map is empty (a view that shows statuses later);
 * empty too while a worker's first answer is on its way.
 */
export function useEvaluation(enabled = true): Map<string, NodeEvaluation> {
  const store = useEditorStore();
  const there = offMainThread.has(store);
  const here = useStore(evaluatedGraph(store), (s) => (enabled && !there ? evaluationOf(s.graph) : NONE));
  const fromWorker = useStore(workerEvaluator(store).store, (s) => (enabled && there ? (s.result ?? NONE) : NONE));
  return there ? fromWorker : here;
}

/**
 * One node's evaluation. Compared field by field, so a component re-renders only when its own
 * status, dropped flag or why changes, not on every edit elsewhere. Undefined while not `enabled`
 * or while a worker's first answer is on its way (see useEvaluationPending).
 */
export function useNodeEvaluation(id: string, enabled = true): NodeEvaluation | undefined {
  const store = useEditorStore();
  const there = offMainThread.has(store);
  const here = useStore(
    evaluatedGraph(store),
    useShallow((s: { graph: Graph }) => (enabled && !there ? evaluationOf(s.graph).get(id) : undefined)),
  );
  const fromWorker = useStore(
    workerEvaluator(store).store,
    useShallow((s) => (enabled && there ? s.result?.get(id) : undefined)),
  );
  return there ? fromWorker : here;
}

/** Whether the statuses are still on their way from the worker (nothing to show yet). */
export function useEvaluationPending(): boolean {
  const store = useEditorStore();
  const there = offMainThread.has(store);
  return useStore(workerEvaluator(store).store, (s) => there && s.result === null);
}

/** Whether this store's statuses come from the worker, after its cards first show (see evaluateInWorker). */
export function statusesArriveLate(store: EditorStore): boolean {
  return offMainThread.has(store);
}

/** The statuses on screen now, read outside render (a handler): the worker's latest answer or the main thread's. */
export function shownEvaluation(store: EditorStore): Map<string, NodeEvaluation> {
  return offMainThread.has(store) ? (workerEvaluator(store).store.getState().result ?? NONE) : evaluationFor(store);
}
