import { z } from "zod";
import { route } from "@/lib/server/http";
import { warmImports } from "@/lib/server/imports/warm-imports";

/** This route reads nothing: a body, if one is sent, must be JSON `{}` (read with every route's caps). */
const NoBody = z.object({}).strict();
const sendsBody = (req: Request) =>
  req.headers.has("content-type") ||
  req.headers.has("transfer-encoding") ||
  Number(req.headers.get("content-length") ?? 0) > 0;

/** Get an import worker ready while the user picks a file: 204 (401 anonymous, 403 a seminar guest). */
export const POST = route(async ({ req, user, body }) => {
  if (sendsBody(req)) await body(NoBody);
  await warmImports(user);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
