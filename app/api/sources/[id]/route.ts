import { DeleteSourceQuery, UpdateSourceInput } from "@/lib/domain/schemas";
import { jsonPackedIfLarge, route } from "@/lib/server/http";
import { deleteSource } from "@/lib/server/sources/delete-source";
import { getSource } from "@/lib/server/sources/get-source";
import { updateSource } from "@/lib/server/sources/update-source";

type P = { id: string };
// Packed when the client asks and the text is long (Next.js does not compress API answers).
export const GET = route<P>(async ({ req, user, params }) =>
  jsonPackedIfLarge(req, await getSource({ user, sourceId: params.id })),
);
export const PATCH = route<P>(
  async ({ user, params, body }) => updateSource({ user, sourceId: params.id, input: await body(UpdateSourceInput) }),
  { maxBytes: 2_600_000 },
);
export const DELETE = route<P>(({ user, params, query }) =>
  deleteSource({ user, sourceId: params.id, deleteCards: query(DeleteSourceQuery).deleteCards === "true" }),
);
