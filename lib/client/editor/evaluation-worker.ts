// Web Worker entry: evaluates a big map or flow sheet off the main thread (lib/domain/evaluation is pure),
// so the page paints and answers keys while the judge reads 20,000 arguments.
import { evaluateSlim, type EvaluationRequest, type EvaluationResponse } from "./slim-evaluation";

// The answer goes in parts: taking in 20,000 evaluations at once is one ~50 ms task on the page's
// main thread (reading the message, building the map), a long task just after the first view.
const PART = 2_000;

self.onmessage = (e: MessageEvent<EvaluationRequest>) => {
  const { serial, ...graph } = e.data;
  const evaluations = evaluateSlim(graph);
  for (let i = 0; i < evaluations.length; i += PART) {
    post({ serial, evaluations: evaluations.slice(i, i + PART), done: false });
  }
  // The last message only says so: the page's update to the statuses is then a task of its own.
  post({ serial, evaluations: [], done: true });
};

function post(part: EvaluationResponse): void {
  (self as unknown as Worker).postMessage(part);
}
