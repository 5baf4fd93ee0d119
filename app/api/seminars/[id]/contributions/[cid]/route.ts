import { UpdateContributionInput } from "@/lib/domain/seminar-schemas";
import { route } from "@/lib/server/http";
import { deleteContribution } from "@/lib/server/seminars/delete-contribution";
import { updateContribution } from "@/lib/server/seminars/update-contribution";

type P = { id: string; cid: string };
export const PATCH = route<P>(async ({ user, params, body }) =>
  updateContribution({
    user,
    seminarId: params.id,
    contributionId: params.cid,
    input: await body(UpdateContributionInput),
  }),
);
export const DELETE = route<P>(async ({ user, params }) =>
  deleteContribution({ user, seminarId: params.id, contributionId: params.cid }),
);
