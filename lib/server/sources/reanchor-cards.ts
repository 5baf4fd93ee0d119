import "server-only";
import { reanchorAll, type AnchorResult, type QuoteAnchor } from "@/lib/domain/anchoring";
import { AppError } from "../errors";
import { runReanchorTask, WorkerStopped } from "../workers/pool";

/** Sources longer than this re-anchor in the worker pool; shorter ones are quick enough inline. */
export const INLINE_REANCHOR_CHARS = 200_000;

/**
 * Re-find cards in a source's new text. A long source goes to the worker pool with a time budget,
 * so a pathological edit (millions of characters, hundreds of fuzzy cards) never holds the
 * server; out of time or memory it is refused (422 too_complex) and the caller's transaction
 * rolls back, so nothing is written.
 */
export async function reanchorCards(text: string, anchors: QuoteAnchor[], budgetMs?: number): Promise<AnchorResult[]> {
  if (anchors.length === 0) return [];
  if (text.length <= INLINE_REANCHOR_CHARS) return reanchorAll(text, anchors);
  try {
    return await runReanchorTask(text, anchors, budgetMs);
  } catch (err) {
    if (err instanceof WorkerStopped) {
      throw new AppError(
        "validation_failed",
        "this edit is too big to re-find the source's cards in the time the server allows; edit a smaller part of the source at a time",
        { kind: "too_complex", reason: err.reason },
      );
    }
    throw err;
  }
}
