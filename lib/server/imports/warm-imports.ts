import "server-only";
import type { SessionUser } from "../auth-guard";
import { warmWorkers } from "../workers/pool";
import { authorizeImport } from "./authorize-import";

/**
 * Get an import worker thread ready for a user who is about to import (the Import dialog asks as
 * it opens): whoever may import may ask (401 anonymous, 403 a seminar guest). At most one thread
 * starts however often it is asked; a running one is kept for another idle timeout instead. The
 * answer does not wait for either.
 */
export async function warmImports(user: SessionUser | null): Promise<void> {
  await authorizeImport(user);
  void warmWorkers();
}
