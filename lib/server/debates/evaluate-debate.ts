import "server-only";
import { ballot, ballotMarkdown, type Ballot } from "@/lib/domain/ballot";
import { EvaluationDto } from "@/lib/domain/evaluation-schemas";
import { evaluate, type NodeEvaluation } from "@/lib/domain/evaluation";
import type { SessionUser } from "../auth-guard";
import { getDebate } from "./get-debate";

export type DebateEvaluation = { nodes: NodeEvaluation[]; ballot: Ballot };

/**
 * Every node's status, dropped flag and why, and the ballot, for anyone who may view the debate.
 * The same pure functions the editor runs in the browser, over the graph `getDebate` loads (and
 * authorizes). `markdown` is the ballot as a Markdown document titled with the debate.
 */
export async function evaluateDebate(options: {
  user: SessionUser | null;
  debateId: string;
}): Promise<DebateEvaluation & { markdown: string }> {
  const debate = await getDebate(options);
  const evaluation = evaluate(debate);
  const result = EvaluationDto.parse({
    nodes: debate.nodes.map((n) => evaluation.get(n.id)!),
    ballot: ballot(debate, evaluation),
  });
  return { ...result, markdown: ballotMarkdown(result.ballot, debate.title) };
}
