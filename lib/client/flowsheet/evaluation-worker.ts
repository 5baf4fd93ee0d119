// Web Worker entry: evaluates a big flow sheet off the main thread (lib/domain/evaluation is pure),
// so the sheet keeps answering keys while the judge reads 20,000 arguments.
import { evaluateSlim, type EvaluationRequest, type EvaluationResponse } from "./slim-evaluation";

self.onmessage = (e: MessageEvent<EvaluationRequest>) => {
  const { serial, nodes, edges } = e.data;
  (self as unknown as Worker).postMessage({
    serial,
    evaluations: evaluateSlim(nodes, edges),
  } satisfies EvaluationResponse);
};
