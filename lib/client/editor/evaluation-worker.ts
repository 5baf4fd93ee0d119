// Web Worker entry: evaluates a big map or flow sheet off the main thread (lib/domain/evaluation is pure),
// so the page paints and answers keys while the judge reads 20,000 arguments.
import { answer } from "./evaluation-session";
import type { EvaluationRequest, EvaluationResponse } from "./slim-evaluation";

self.onmessage = (e: MessageEvent<EvaluationRequest>) => {
  answer(e.data, (part: EvaluationResponse) => (self as unknown as Worker).postMessage(part));
};
