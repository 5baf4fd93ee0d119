import { route } from "@/lib/server/http";
import { authorizeImport } from "@/lib/server/imports/authorize-import";
import { ImportQuery } from "@/lib/server/imports/read-import-body";
import { receiveImport } from "@/lib/server/imports/receive-import";

/**
 * Import a file (the raw body, up to 20 MB) as a new private debate: `?format=…&name=file.ext`.
 * 201 with the result, or with `&respond=async` 202 and a job at `/api/imports/{id}`.
 */
export const POST = route(async ({ req, user, query }) => {
  const access = await authorizeImport(user);
  return receiveImport(access, req, query(ImportQuery), 201);
});
