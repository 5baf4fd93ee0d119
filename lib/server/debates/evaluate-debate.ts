import "server-only";
import { ballotMarkdown, judgeDebate, type Ballot } from "@/lib/domain/ballot";
import { EvaluationDto } from "@/lib/domain/evaluation-schemas";
import type { NodeEvaluation } from "@/lib/domain/evaluation";
import type { DebateDto } from "@/lib/domain/schemas";
import type { SessionUser } from "../auth-guard";
import { AppError } from "../errors";
import { runEvaluationTask, WorkerStopped } from "../workers/pool";
import { getDebate } from "./get-debate";

/** Debates with more arguments than this are evaluated in the worker pool, with a time budget. */
export const INLINE_EVALUATION_NODES = 2_000;

export type DebateEvaluation = { nodes: NodeEvaluation[]; ballot: Ballot };

/**
 * Every node's status, dropped flag and why, and the ballot, for anyone who may view the debate.
 * The same pure functions the editor runs in the browser, over the graph `getDebate` loads (and
 * authorizes). `markdown` is the ballot as a Markdown document titled with the debate.
 */
export async function evaluateDebate(options: {
  user: SessionUser | null;
  debateId: string;
  /** the worker's time budget for a big debate (default CLASH_EVALUATION_BUDGET_MS) */
  budgetMs?: number;
}): Promise<DebateEvaluation & { markdown: string }> {
  const debate = await getDebate(options);
  const result = EvaluationDto.parse(await evaluated(debate, options.budgetMs));
  return { ...result, markdown: ballotMarkdown(result.ballot, debate.title) };
}

/**
 * A small debate is evaluated here (milliseconds); a big one in a worker thread, stopped when it
 * runs out of its budget so it never holds the server (422 too_complex; evaluation writes nothing).
 */
async function evaluated(debate: DebateDto, budgetMs?: number): Promise<DebateEvaluation> {
  if (debate.nodes.length <= INLINE_EVALUATION_NODES) return judgeDebate(debate);
  try {
    return await runEvaluationTask(debate, budgetMs);
  } catch (err) {
    if (err instanceof WorkerStopped) {
      throw new AppError(
        "validation_failed",
        "this debate is too big to evaluate in the time the server allows; the map and the flow still evaluate it in your browser",
        { kind: "too_complex", reason: err.reason },
      );
    }
    throw err;
  }
}
