"use client";
import { useStore } from "zustand";
import { createStore, type StoreApi } from "zustand/vanilla";
import type { NodeEvaluation } from "@/lib/domain/evaluation";
import type { EditorStore } from "@/lib/client/editor/editor-store";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { evaluatedGraph, useEvaluation } from "@/lib/client/editor/use-evaluation";
import { evaluateSlim, slimGraph, type EvaluationRequest, type EvaluationResponse } from "./slim-evaluation";

type Answer = (evaluations: EvaluationResponse["evaluations"]) => void;

// One worker for the page, started on the first big sheet's first evaluation; answers by serial.
let worker: Worker | null = null;
let serials = 0;
const waiting = new Map<number, { req: EvaluationRequest; answer: Answer }>();

function onMainThread(req: EvaluationRequest, answer: Answer): void {
  setTimeout(() => answer(evaluateSlim(req.nodes, req.edges)), 0);
}

function post(req: EvaluationRequest, answer: Answer): void {
  if (typeof Worker === "undefined") return onMainThread(req, answer);
  if (!worker) {
    const w = new Worker(new URL("./evaluation-worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (e: MessageEvent<EvaluationResponse>) => {
      const done = waiting.get(e.data.serial);
      waiting.delete(e.data.serial);
      done?.answer(e.data.evaluations);
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

const evaluators = new WeakMap<EditorStore, { store: StoreApi<WorkerEvaluation>; start: () => void }>();

/**
 * A big sheet's statuses, computed in a Web Worker: `start` sends the graph the statuses are
 * computed from (the editor's, a seminar's revealed part: see evaluatedGraph) and again after every
 * change to it; the latest answer replaces `result`, an answer overtaken by a newer graph is dropped.
 */
export function workerEvaluator(editor: EditorStore): { store: StoreApi<WorkerEvaluation>; start: () => void } {
  const known = evaluators.get(editor);
  if (known) return known;
  const store = createStore<WorkerEvaluation>()(() => ({ result: null }));
  let started = false;
  let latest = 0;
  const send = () => {
    const serial = ++serials;
    latest = serial;
    post({ serial, ...slimGraph(evaluatedGraph(editor).getState().graph) }, (evaluations) => {
      if (serial !== latest) return;
      store.setState({ result: new Map(evaluations.map((ev) => [ev.id, ev])) });
    });
  };
  const start = () => {
    if (started) return;
    started = true;
    evaluatedGraph(editor).subscribe(send);
    send();
  };
  const made = { store, start };
  evaluators.set(editor, made);
  return made;
}

const NONE = new Map<string, NodeEvaluation>();

/**
 * The statuses the flow sheet shows: a small sheet's from the main thread at once (useEvaluation),
 * a big one's (`inWorker`) from the worker once they arrive. Empty while not `enabled`.
 */
export function useFlowEvaluation(enabled: boolean, inWorker: boolean): Map<string, NodeEvaluation> {
  const editor = useEditorStore();
  const here = useEvaluation(enabled && !inWorker);
  const there = useStore(workerEvaluator(editor).store, (s) => (enabled && inWorker ? (s.result ?? NONE) : NONE));
  return inWorker ? there : here;
}
