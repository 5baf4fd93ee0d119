import { UpdateSeminarInput } from "@/lib/domain/seminar-schemas";
import { route } from "@/lib/server/http";
import { getSeminar } from "@/lib/server/seminars/get-seminar";
import { updateSeminar } from "@/lib/server/seminars/update-seminar";

type P = { id: string };
export const GET = route<P>(async ({ user, params }) => getSeminar({ user, seminarId: params.id }));
export const PATCH = route<P>(async ({ user, params, body }) =>
  updateSeminar({ user, seminarId: params.id, input: await body(UpdateSeminarInput) }),
);
