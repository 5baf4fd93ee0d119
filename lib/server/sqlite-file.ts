import "server-only";
import path from "node:path";
import { AppError } from "./errors";

/**
 * The file a SQLite DATABASE_URL (`file:./data/clash.db`) names, resolved as the Prisma adapter
 * resolves it: relative to the working directory. The path is hidden from Next's file tracer,
 * which read this resolve of a path known only at run time as every file under lib/server and
 * put them all into every route's trace.
 */
export function sqliteFile(url: string, cwd = process.cwd()): string {
  if (!url.startsWith("file:")) throw new AppError("bad_request", `not a SQLite database URL: ${url}`);
  return path.resolve(/*turbopackIgnore: true*/ cwd, url.slice("file:".length).replace(/\?.*$/, ""));
}
