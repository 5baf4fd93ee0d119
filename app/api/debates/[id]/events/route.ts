import { route } from "@/lib/server/http";
import { streamEvents } from "@/lib/server/events/stream-events";
import { SinceQuery } from "@/lib/server/api-contracts";

// Server-Sent Events; EventSource reconnects by itself and sends Last-Event-ID.
export const dynamic = "force-dynamic";
export const GET = route<{ id: string }>(async ({ req, user, params, query }) => {
  const header = Number(req.headers.get("last-event-id"));
  const since = Number.isInteger(header) && header > 0 ? header : query(SinceQuery).since;
  const stream = await streamEvents({ user, debateId: params.id, since, signal: req.signal });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
});
