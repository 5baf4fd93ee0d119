// Evaluation, as a judge reads the flow: the rules live one per file in ./evaluation/, with the
// grounded core in ./evaluation/grounded.ts. This module is the entry point the app imports.
export {
  evaluate,
  dropLabel,
  STATUSES,
  STATUS_MARK,
  STATUS_LABEL,
  type Status,
  type NodeEvaluation,
} from "./evaluation/evaluate";
export type { EvalNode, EvalEdge, EvalGraph } from "./evaluation/context";
export { JUDGED_EDGE_FIELDS, JUDGED_NODE_FIELDS } from "./evaluation/context";
