import { route } from "@/lib/server/http";
import { authorizeImport } from "@/lib/server/imports/authorize-import";
import { importAuthorized } from "@/lib/server/imports/import-debate";
import { ImportResultDto } from "@/lib/server/imports/import-result-dto";
import { ImportQuery, readImportBody } from "@/lib/server/imports/read-import-body";

/** Import a file (the raw body, up to 20 MB) as a new private debate: `?format=…&name=file.ext`. */
export const POST = route(
  async ({ req, user, query }) => {
    const access = await authorizeImport(user);
    const { format, name } = query(ImportQuery);
    const text = await readImportBody(req);
    return ImportResultDto.parse(await importAuthorized(access, { format, text, fileName: name }));
  },
  { status: 201 },
);
