import { CreateLinkInput } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { createLink } from "@/lib/server/links/create-link";
import { listLinks } from "@/lib/server/links/list-links";

type P = { id: string };
export const GET = route<P>(async ({ user, params }) => ({ links: await listLinks({ user, debateId: params.id }) }));
export const POST = route<P>(
  async ({ user, params, body }) => createLink({ user, debateId: params.id, input: await body(CreateLinkInput) }),
  { status: 201 },
);
