import { toNextJsHandler } from "better-auth/next-js";
import { auth, UNRESOLVABLE_IP_HEADER } from "@/lib/server/auth";
import { forgetSessions } from "@/lib/server/session-cache";

const handler = toNextJsHandler(auth);

/** Strip the header Better Auth would read a client IP from, so a client can never set it. */
function withoutClientIp(req: Request): Request {
  if (!req.headers.has(UNRESOLVABLE_IP_HEADER)) return req;
  const headers = new Headers(req.headers);
  headers.delete(UNRESOLVABLE_IP_HEADER);
  return new Request(req, { headers, duplex: "half" } as RequestInit);
}

export const GET = (req: Request) => handler.GET(withoutClientIp(req));
export async function POST(req: Request): Promise<Response> {
  try {
    return await handler.POST(withoutClientIp(req));
  } finally {
    // Sign-out, revocation, a new password or name: cached sessions must be read again.
    forgetSessions();
  }
}
