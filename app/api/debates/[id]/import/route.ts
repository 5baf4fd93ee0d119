import { route } from "@/lib/server/http";
import { authorizeImport } from "@/lib/server/imports/authorize-import";
import { ImportQuery } from "@/lib/server/imports/read-import-body";
import { receiveImport } from "@/lib/server/imports/receive-import";

/**
 * Import a file into this debate (editors) as a new group of arguments below the map. 200 with
 * the result, or with `&respond=async` 202 and a job at `/api/imports/{id}`.
 */
export const POST = route<{ id: string }>(async ({ req, user, params, query }) => {
  // Who may import here is settled once, before the (up to 20 MB) body is read.
  const access = await authorizeImport(user, params.id);
  return receiveImport(access, req, query(ImportQuery), 200);
});
