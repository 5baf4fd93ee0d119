"use client";
import { createStore, type StoreApi } from "zustand/vanilla";
import type { NodeEvaluation } from "@/lib/domain/evaluation";
import type { EditorStore } from "./editor-store";
import { evaluatedGraph, judgeAfterPaint, rememberEvaluation, type Graph } from "./evaluated-graph";
import { answer } from "./evaluation-session";
import { graphChange, isEmpty } from "./graph-change";
import { slimGraph, type EvaluationRequest, type EvaluationResponse } from "./slim-evaluation";
import { debateBehind } from "./debate-graph";
import { takeBytesOf } from "@/lib/client/early-fetch";

type Doc = { deliver: (r: EvaluationResponse) => void; resend: () => void };

// One worker for the page, started on the first big graph's first evaluation; answers by document.
let worker: Worker | null = null;
/** The worker failed (blocked, failed to load): requests are answered here, in a task of their own. */
let inProcess = typeof Worker === "undefined";
let serials = 0;
let docCount = 0;
// Held weakly: a page left behind (its editor store collected) lets its graph go with it.
const docs = new Map<number, WeakRef<Doc>>();

function deliver(r: EvaluationResponse): void {
  const doc = docs.get(r.doc)?.deref();
  if (doc) doc.deliver(r);
  else docs.delete(r.doc);
}

function post(req: EvaluationRequest): void {
  if (inProcess) {
    setTimeout(() => answer(req, deliver), 0);
    return;
  }
  if (!worker) {
    const w = new Worker(new URL("./evaluation-worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (e: MessageEvent<EvaluationResponse>) => deliver(e.data);
    w.onerror = () => {
      w.terminate();
      worker = null;
      inProcess = true;
      for (const doc of docs.values()) doc.deref()?.resend();
    };
    worker = w;
  }
  // The bytes move to the worker (this page has parsed them already); the rest is copied.
  worker.postMessage(req, req.kind === "json" ? [req.bytes] : []);
}

export type WorkerEvaluation = {
  /** the latest graph's evaluation, null until the first one arrives */
  result: Map<string, NodeEvaluation> | null;
};

type Evaluator = { store: StoreApi<WorkerEvaluation>; start: () => void; doc: Doc };
const evaluators = new WeakMap<EditorStore, Evaluator>();

/**
 * A big graph's statuses, computed in a Web Worker: `start` sends the graph the statuses are
 * computed from (the editor's, a seminar's revealed part: see evaluatedGraph) once, whole; after
 * that, each change reaches the worker after its paint (judgeAfterPaint) as only what changed to
 * the judge (graphChange), and the worker answers with only the evaluations that changed. At
 * 20,000 arguments an edit then costs the page a few milliseconds of diffing and copying instead
 * of a 250–700 ms judge on its main thread (or, sending the whole graph each time, ~100 ms).
 * Answers are applied in order; the statuses on screen are the latest answer's.
 */
export function workerEvaluator(editor: EditorStore): Evaluator {
  const known = evaluators.get(editor);
  if (known) return known;
  const store = createStore<WorkerEvaluation>()(() => ({ result: null }));
  const doc = ++docCount;
  let started = false;
  /** the graph the worker holds once it has read every request sent */
  let sent: Graph | null = null;
  let latest: Graph | null = null;
  /** the serial of the latest whole graph sent: a change lost before it needs nothing more */
  let whole = 0;
  /** per request in flight, the graphs its answer is the evaluation of */
  const asked = new Map<number, Graph[]>();
  let last = 0;
  let parts: Map<string, NodeEvaluation> | null = null;

  const send = (graph: Graph) => {
    latest = graph;
    const change = sent && graphChange(sent, graph);
    sent = graph;
    if (change && isEmpty(change)) {
      // Nothing to the judge (a seminar's revealed part picked again): no request; the statuses
      // are the ones in flight, or those on screen.
      const result = store.getState().result;
      if (asked.has(last)) asked.get(last)!.push(graph);
      else if (result) rememberEvaluation(graph, result);
      return;
    }
    const serial = (last = ++serials);
    asked.set(serial, [graph]);
    if (change) post({ serial, doc, kind: "change", change });
    else {
      whole = serial;
      // A map as it was loaded: the worker reads the bytes the page parsed it from (moved, not
      // copied), where building the slim graph and copying it were ~0.1 s of the page's main
      // thread while a 20,000-argument map opened.
      const debate = debateBehind(graph);
      const bytes = debate && takeBytesOf(debate);
      post(bytes ? { serial, doc, kind: "json", bytes } : { serial, doc, kind: "graph", graph: slimGraph(graph) });
    }
  };
  const resend = () => {
    asked.clear();
    parts = null;
    sent = null;
    if (latest) send(latest);
  };
  const publish = (serial: number, result: Map<string, NodeEvaluation>) => {
    for (const graph of asked.get(serial) ?? []) rememberEvaluation(graph, result);
    asked.delete(serial);
    store.setState({ result });
  };
  const handlers: Doc = {
    resend,
    deliver: (r) => {
      if (r.serial < whole) return; // overtaken by a graph sent whole since
      if (r.lost) return resend();
      if (r.full) {
        parts ??= new Map();
        for (const ev of r.evaluations) parts.set(ev.id, ev);
        if (!r.done) return;
        const result = parts;
        parts = null;
        return publish(r.serial, result);
      }
      const result = new Map(store.getState().result);
      for (const id of r.removed) result.delete(id);
      for (const ev of r.evaluations) result.set(ev.id, ev);
      publish(r.serial, result);
    },
  };
  docs.set(doc, new WeakRef(handlers));
  const start = () => {
    if (started) return;
    started = true;
    judgeAfterPaint(editor);
    const graph = evaluatedGraph(editor);
    graph.subscribe((s) => send(s.graph));
    send(graph.getState().graph);
  };
  const made = { store, start, doc: handlers };
  evaluators.set(editor, made);
  return made;
}
