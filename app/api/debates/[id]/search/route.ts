import { SearchQuery } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { searchDebate } from "@/lib/server/debates/search-debate";

export const GET = route<{ id: string }>(async ({ user, params, query }) => {
  const { q, limit } = query(SearchQuery);
  return { results: await searchDebate({ user, debateId: params.id, q, limit }) };
});
