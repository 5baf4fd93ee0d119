import { DebateHeadQuery, UpdateDebateInput } from "@/lib/domain/schemas";
import { packedOrJson, route } from "@/lib/server/http";
import { deleteDebate } from "@/lib/server/debates/delete-debate";
import { getDebateHead, getDebateJson } from "@/lib/server/debates/get-debate";
import { updateDebate } from "@/lib/server/debates/update-debate";

type P = { id: string };
// The body comes encoded from the graph cache: a big map is bytes to copy, not objects to serialise.
// `?part=head`: the summary alone (Settings reads it fresh: an edit of the resolution claim changes it).
// Packed when the client asks (lib/domain/packing.ts): a 5,000-argument map is 3.8 MB of JSON, 0.7 MB packed.
export const GET = route<P>(async ({ req, user, params, query }) =>
  query(DebateHeadQuery).part === "head"
    ? getDebateHead({ user, debateId: params.id })
    : packedOrJson(req, await getDebateJson({ user, debateId: params.id })),
);
export const PATCH = route<P>(async ({ user, params, body }) =>
  updateDebate({ user, debateId: params.id, input: await body(UpdateDebateInput) }),
);
export const DELETE = route<P>(({ user, params }) => deleteDebate({ user, debateId: params.id }));
