"use client";
import { useStore } from "zustand";
import type { NodeEvaluation } from "@/lib/domain/evaluation";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { useEvaluation } from "@/lib/client/editor/use-evaluation";
import { workerEvaluator } from "@/lib/client/editor/worker-evaluator";

export { workerEvaluator };

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
