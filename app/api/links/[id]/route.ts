import { route } from "@/lib/server/http";
import { revokeLink } from "@/lib/server/links/revoke-link";

export const DELETE = route<{ id: string }>(({ user, params }) => revokeLink({ user, linkId: params.id }));
