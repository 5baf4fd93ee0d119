import { dictionary } from "@zxcvbn-ts/language-common";

/** ASVS 5.0 V6.2.1: at least 12 characters (a passphrase of three short words passes too). */
export const PASSWORD_MIN = 12;
/** Long enough for any passphrase; bounded so hashing a password is never a denial of service. */
export const PASSWORD_MAX = 128;

let common: Set<string> | undefined;
/** zxcvbn-ts's list of ~49,000 passwords most often found in breaches, lower-cased, built once. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

/**
 * Why a new password is refused, or null when it is acceptable (ASVS V6.2.1, V6.2.4). Refused:
 * shorter than 12 characters, longer than 128, a password from the breached list, or one of them
 * dressed up with digits or symbols before or after ("Password1234!", "!!qwertyuiop").
 */
export function passwordProblem(password: string): string | null {
  if ([...password].length < PASSWORD_MIN)
    return `use at least ${PASSWORD_MIN} characters (a few words make a good password)`;
  if ([...password].length > PASSWORD_MAX) return `use at most ${PASSWORD_MAX} characters`;
  const lower = password.toLowerCase();
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, "");
  const list = commonPasswords();
  if (list.has(lower) || list.has(lower.trim()) || (core.length >= 4 && list.has(core)) || /^(.)\1*$/u.test(password)) {
    return "that password is on a list of common or breached passwords: choose another";
  }
  return null;
}
