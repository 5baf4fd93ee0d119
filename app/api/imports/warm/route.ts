import { route } from "@/lib/server/http";
import { warmImports } from "@/lib/server/imports/warm-imports";

/** Get an import worker ready while the user picks a file: 204 (401 anonymous, 403 a seminar guest). */
export const POST = route(async ({ user }) => {
  await warmImports(user);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
