import "server-only";
import type { OpsInput } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { AppError, toAppError } from "../errors";
import { applyOp, type OpResult } from "../graph-writes";
import { withTx } from "../tx";

/**
 * Apply a batch of operations in one transaction: all of them or none. A failing op's error
 * names its index so a client can tell which one was refused.
 */
export async function applyOps({
  debateId,
  input,
  user: caller,
}: {
  user: SessionUser | null;
  debateId: string;
  input: OpsInput;
}): Promise<OpResult[]> {
  return withTx(async (tx) => {
    const { user } = await authorizeDebate(tx, debateId, caller, "editor");
    const results: OpResult[] = [];
    for (const [index, op] of input.ops.entries()) {
      try {
        results.push(await applyOp({ tx, debateId, actorId: user.id }, op));
      } catch (err) {
        const e = toAppError(err);
        const details = typeof e.details === "object" && e.details !== null ? { ...e.details, index } : { index };
        throw new AppError(e.code, `operation ${index} (${op.op}): ${e.message}`, details);
      }
    }
    return results;
  });
}
