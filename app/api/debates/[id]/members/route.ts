import { SetMemberInput } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { listMembers } from "@/lib/server/debates/list-members";
import { setMember } from "@/lib/server/debates/set-member";

type P = { id: string };
export const GET = route<P>(async ({ user, params }) => ({
  members: await listMembers({ user, debateId: params.id }),
}));
export const POST = route<P>(async ({ user, params, body }) =>
  setMember({ user, debateId: params.id, input: await body(SetMemberInput) }),
);
