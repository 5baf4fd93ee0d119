import { VersionInput } from "@/lib/domain/seminar-schemas";
import { route } from "@/lib/server/http";
import { endSeminar } from "@/lib/server/seminars/end-seminar";

export const POST = route<{ id: string }>(async ({ user, params, body }) =>
  endSeminar({ user, seminarId: params.id, version: (await body(VersionInput)).version }),
);
