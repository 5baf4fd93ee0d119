import { ContributionInput } from "@/lib/domain/seminar-schemas";
import { route } from "@/lib/server/http";
import { addContribution } from "@/lib/server/seminars/add-contribution";

export const POST = route<{ id: string }>(
  async ({ user, params, body }) =>
    addContribution({ user, seminarId: params.id, input: await body(ContributionInput) }),
  { status: 201 },
);
