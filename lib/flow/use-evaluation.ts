"use client";
import { useShallow } from "zustand/react/shallow";
import { evaluate, type NodeEvaluation } from "@/lib/domain/evaluation";
import type { EditorState } from "./editor-store";
import { useEditor } from "./editor-context";

type Cached = { edges: EditorState["edges"]; result: Map<string, NodeEvaluation> };

/**
 * One evaluation per graph, shared by every component that asks: keyed on the store's `nodes`
 * object and checked against its `edges` object. The store replaces both on every edit (and keeps
 * them otherwise), so this recomputes exactly when the graph changes, however many cells read it.
 */
const cache = new WeakMap<EditorState["nodes"], Cached>();

/** The evaluation of the editor's current graph (memoised on the graph's identity). */
export function evaluationOf(s: Pick<EditorState, "nodes" | "edges" | "order">): Map<string, NodeEvaluation> {
  const hit = cache.get(s.nodes);
  if (hit && hit.edges === s.edges) return hit.result;
  const nodes = s.order.flatMap((id) => (s.nodes[id] ? [s.nodes[id]] : []));
  const result = evaluate({ nodes, edges: Object.values(s.edges) });
  cache.set(s.nodes, { edges: s.edges, result });
  return result;
}

/** Every node's status, dropped flag and why; re-renders only when the graph changes. */
export function useEvaluation(): Map<string, NodeEvaluation> {
  return useEditor(evaluationOf);
}

/**
 * One node's evaluation. Compared field by field, so a component re-renders only when its own
 * status, dropped flag or why changes, not on every edit elsewhere.
 */
export function useNodeEvaluation(id: string): NodeEvaluation | undefined {
  return useEditor(useShallow((s: EditorState) => evaluationOf(s).get(id)));
}
