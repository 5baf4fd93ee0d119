import { ListSeminarsQuery, StartSeminarInput } from "@/lib/domain/seminar-schemas";
import { route } from "@/lib/server/http";
import { listSeminars } from "@/lib/server/seminars/list-seminars";
import { startSeminar } from "@/lib/server/seminars/start-seminar";

export const GET = route(async ({ user, query }) => ({
  seminars: await listSeminars({ user, debateId: query(ListSeminarsQuery).debateId }),
}));
export const POST = route(async ({ user, body }) => startSeminar({ user, input: await body(StartSeminarInput) }), {
  status: 201,
});
