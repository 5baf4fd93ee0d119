import { route } from "@/lib/server/http";
import { removeMember } from "@/lib/server/debates/remove-member";

export const DELETE = route<{ id: string; userId: string }>(({ user, params }) =>
  removeMember({ user, debateId: params.id, userId: params.userId }),
);
