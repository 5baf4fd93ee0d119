import { OpenTaskInput } from "@/lib/domain/seminar-schemas";
import { route } from "@/lib/server/http";
import { openTask } from "@/lib/server/seminars/open-task";

export const POST = route<{ id: string }>(
  async ({ user, params, body }) => openTask({ user, seminarId: params.id, input: await body(OpenTaskInput) }),
  { status: 201 },
);
