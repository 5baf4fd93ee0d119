import { VersionInput } from "@/lib/domain/seminar-schemas";
import { route } from "@/lib/server/http";
import { closeTask } from "@/lib/server/seminars/close-task";

export const POST = route<{ id: string; taskId: string }>(async ({ user, params, body }) =>
  closeTask({ user, seminarId: params.id, taskId: params.taskId, version: (await body(VersionInput)).version }),
);
