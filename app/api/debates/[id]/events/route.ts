import { route } from "@/lib/server/http";
import { resumeFrom, sseResponse } from "@/lib/server/sse";
import { streamEvents } from "@/lib/server/events/stream-events";
import { SinceQuery } from "@/lib/server/api-contracts";
import { currentUser } from "@/lib/server/auth";
import { clientAddress } from "@/lib/server/client-address";

// Server-Sent Events; EventSource reconnects by itself and sends Last-Event-ID.
export const dynamic = "force-dynamic";
export const GET = route<{ id: string }>(async ({ req, user, params, query }) => {
  const since = resumeFrom(req, () => query(SinceQuery).since);
  const headers = new Headers(req.headers); // kept to re-read the session while the stream is open
  const address = clientAddress(req.headers);
  return sseResponse(
    await streamEvents({
      user,
      debateId: params.id,
      since,
      signal: req.signal,
      session: () => currentUser(headers),
      clientKey: address ? `ip:${address}` : null,
    }),
  );
});
