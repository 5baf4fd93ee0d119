import { z } from "zod";
import { Id } from "@/lib/domain/schemas";
import { packedOrJson, route } from "@/lib/server/http";
import { getDebateFlow } from "@/lib/server/debates/get-debate-flow";

const Params = z.object({ id: Id });
const Query = z.strictObject({ part: z.literal("head").optional() });

/** The flow sheet's graph as row tables (or its first threads: `?part=head`), from the graph cache's bytes: see getDebateFlow. */
export const GET = route<{ id: string }>(async ({ req, user, params, query }) => {
  const { part } = query(Query);
  return packedOrJson(req, [await getDebateFlow({ user, debateId: Params.parse(params).id, part })]);
});
