import "server-only";
import { isPostgres } from "./db";
import { AppError } from "./errors";
import { withRead } from "./tx";

/** Liveness plus a database round trip. */
export async function checkHealth(): Promise<{ status: "ok"; database: "sqlite" | "postgresql" }> {
  try {
    await withRead((db) => db.$queryRawUnsafe("SELECT 1"));
  } catch {
    throw new AppError("internal", "database unreachable");
  }
  return { status: "ok", database: isPostgres ? "postgresql" : "sqlite" };
}
