import { FeedbackInput } from "@/lib/domain/seminar-schemas";
import { route } from "@/lib/server/http";
import { giveFeedback } from "@/lib/server/seminars/give-feedback";

export const PUT = route<{ id: string; cid: string }>(async ({ user, params, body }) =>
  giveFeedback({ user, seminarId: params.id, contributionId: params.cid, input: await body(FeedbackInput) }),
);
