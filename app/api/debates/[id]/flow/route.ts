import { z } from "zod";
import { Id } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { getDebateFlow } from "@/lib/server/debates/get-debate-flow";

const Params = z.object({ id: Id });

/** The flow sheet's graph (row tables, gzipped when the client takes it): see getDebateFlow. */
export const GET = route<{ id: string }>(async ({ user, params, req }) => {
  const { id } = Params.parse(params);
  const acceptsGzip = /\bgzip\b/i.test(req.headers.get("accept-encoding") ?? "");
  const { bytes, gzipped } = await getDebateFlow({ user, debateId: id, acceptsGzip });
  // A stream over the cached bytes (a Buffer is not a BodyInit here): sent as they are, not copied.
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
      Vary: "Accept-Encoding",
      ...(gzipped ? { "Content-Encoding": "gzip" } : {}),
    },
  });
});
