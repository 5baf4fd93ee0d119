import { route } from "@/lib/server/http";
import { authorizeImport } from "@/lib/server/imports/authorize-import";
import { importAuthorized } from "@/lib/server/imports/import-debate";
import { ImportResultDto } from "@/lib/server/imports/import-result-dto";
import { ImportQuery, readImportBody } from "@/lib/server/imports/read-import-body";

/** Import a file into this debate (editors) as a new group of arguments below the map. */
export const POST = route<{ id: string }>(async ({ req, user, params, query }) => {
  // Who may import here is settled once, before the (up to 20 MB) body is read.
  const access = await authorizeImport(user, params.id);
  const { format, name } = query(ImportQuery);
  const text = await readImportBody(req);
  return ImportResultDto.parse(await importAuthorized(access, { format, text, fileName: name }));
});
