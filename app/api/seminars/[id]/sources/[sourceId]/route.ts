import { route } from "@/lib/server/http";
import { getSeminarSource } from "@/lib/server/seminars/get-seminar-source";

export const GET = route<{ id: string; sourceId: string }>(async ({ user, params }) =>
  getSeminarSource({ user, seminarId: params.id, sourceId: params.sourceId }),
);
