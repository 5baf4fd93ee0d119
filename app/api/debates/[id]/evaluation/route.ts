import { route } from "@/lib/server/http";
import { evaluateDebate } from "@/lib/server/debates/evaluate-debate";
import { EvaluationQuery } from "@/lib/server/api-contracts";

/** Statuses, dropped arguments and the ballot; `?format=markdown` gives the ballot as a document. */
export const GET = route<{ id: string }>(async ({ user, params, query }) => {
  const { format } = query(EvaluationQuery);
  const { nodes, ballot, markdown } = await evaluateDebate({ user, debateId: params.id });
  if (format === "markdown") {
    return new Response(markdown, {
      headers: { "Content-Type": "text/markdown; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return { nodes, ballot };
});
