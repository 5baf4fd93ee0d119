import "server-only";
import { db, dbReady, isPostgres } from "./db";
import { AppError } from "./errors";

/** Liveness plus a database round trip. */
export async function checkHealth(): Promise<{ status: "ok"; database: "sqlite" | "postgresql" }> {
  try {
    await dbReady();
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    throw new AppError("internal", "database unreachable");
  }
  return { status: "ok", database: isPostgres ? "postgresql" : "sqlite" };
}
