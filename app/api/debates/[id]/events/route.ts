import { route } from "@/lib/server/http";
import { resumeFrom, sseResponse } from "@/lib/server/sse";
import { streamEvents } from "@/lib/server/events/stream-events";
import { SinceQuery } from "@/lib/server/api-contracts";

// Server-Sent Events; EventSource reconnects by itself and sends Last-Event-ID.
export const dynamic = "force-dynamic";
export const GET = route<{ id: string }>(async ({ req, user, params, query }) => {
  const since = resumeFrom(req, () => query(SinceQuery).since);
  return sseResponse(await streamEvents({ user, debateId: params.id, since, signal: req.signal }));
});
