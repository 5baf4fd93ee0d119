import "server-only";
import { checkFailures, countFailure, type FailureRule } from "../failure-limit";
import { checkCapacity, spend, type Ceiling } from "../load-shed";

/** Wrong join codes allowed per identified client in a window (then that client waits, right code or not). */
export const JOIN_LIMIT: FailureRule = { max: 10, windowMs: 60_000, what: "wrong codes" };

/**
 * Wrong codes over the whole code space, from everybody, per server process: the ceiling for
 * clients that cannot be told apart (no trusted proxy, guests who mint a new account per try).
 * It sheds (429, Retry-After: 1) instead of locking out: capacity comes back every second, and a
 * right code never spends from it, so a flood costs others a retry, not a window of lock-out.
 *
 * Why guessing is hopeless at this rate: codes are 10 symbols of 32 (lib/domain/seminar.ts),
 * 32^10 = 2^50 ≈ 1.1e15 codes. At 2 wrong guesses a second, sustained for a year, one server
 * answers ≈ 6.3e7 guesses; with 1,000 seminars open at once each guess hits with probability
 * 1,000 / 1.1e15 ≈ 9e-13, so a year of flooding finds one with probability ≈ 6e-5 (≈ 6e-4 with
 * ten servers). Codes from before this change (6 symbols, 2^30) stay valid while their seminar
 * is open; new seminars get long codes.
 */
export const CODE_SPACE: Ceiling = { perSecond: 2, burst: 30, what: "join codes" };

const keyOf = (client: string) => `seminar-join|${client}`;

/** Refuse (429) while this client has used up its wrong attempts, or the code space is flooded. */
export async function checkJoinLimit(client: string | null): Promise<void> {
  if (client) await checkFailures(keyOf(client), JOIN_LIMIT);
  checkCapacity("seminar-code-space", CODE_SPACE);
}

/** Count one wrong attempt: against the client when it is known, and against the code space. */
export async function countWrongCode(client: string | null): Promise<void> {
  spend("seminar-code-space", CODE_SPACE);
  if (client) await countFailure(keyOf(client), JOIN_LIMIT);
}
