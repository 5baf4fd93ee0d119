import { route } from "@/lib/server/http";
import { requireSignedIn } from "@/lib/server/auth-guard";
import { assertCanImportInto, importDebate } from "@/lib/server/imports/import-debate";
import { ImportResultDto } from "@/lib/server/imports/import-result-dto";
import { ImportQuery, readImportBody } from "@/lib/server/imports/read-import-body";

/** Import a file into this debate (editors) as a new group of arguments below the map. */
export const POST = route<{ id: string }>(async ({ req, user, params, query }) => {
  const signedIn = requireSignedIn(user);
  const { format, name } = query(ImportQuery);
  // Who may import here is settled before the (up to 20 MB) body is read.
  await assertCanImportInto(signedIn, params.id);
  const text = await readImportBody(req);
  return ImportResultDto.parse(await importDebate({ user: signedIn, format, text, fileName: name, into: params.id }));
});
