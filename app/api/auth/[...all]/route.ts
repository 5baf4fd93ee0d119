import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/server/auth";
import { guardAuthPost, withoutTokens } from "@/lib/server/auth-boundary";
import { forgetSessions } from "@/lib/server/session-cache";

const handler = toNextJsHandler(auth);

export const GET = async (req: Request) => withoutTokens(await handler.GET(req));
export async function POST(req: Request): Promise<Response> {
  try {
    return await guardAuthPost(req, handler.POST);
  } finally {
    // Sign-out, revocation, a new password or name: cached sessions must be read again.
    forgetSessions();
  }
}
