import { ReleaseInput } from "@/lib/domain/seminar-schemas";
import { route } from "@/lib/server/http";
import { releaseFeedback } from "@/lib/server/seminars/release-feedback";

export const POST = route<{ id: string }>(async ({ user, params, body }) =>
  releaseFeedback({ user, seminarId: params.id, contributionId: (await body(ReleaseInput)).contributionId }),
);
