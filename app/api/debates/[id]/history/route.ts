import { HistoryQuery } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { listHistory } from "@/lib/server/history/list-history";

export const GET = route<{ id: string }>(({ user, params, query }) =>
  listHistory({ user, debateId: params.id, ...query(HistoryQuery) }),
);
