import { z } from "zod";
import { passwordProblem } from "./password-policy";

/** A display name: shown on every page and in presence events, so it is short. */
export const NAME_MAX = 100;
/** RFC 5321's limit on a forward path (what a mail server accepts). */
export const EMAIL_MAX = 254;

export const AccountName = z
  .string()
  .trim()
  .min(1, "enter a name")
  .max(NAME_MAX, `a name is at most ${NAME_MAX} characters`);
export const AccountEmail = z.string().trim().max(EMAIL_MAX, `an e-mail address is at most ${EMAIL_MAX} characters`);
/** Better Auth lets a user set an avatar URL; Clash shows none, but it is stored, so it is bounded. */
export const IMAGE_MAX = 2_000;
export const AccountImage = z.string().max(IMAGE_MAX, `an image address is at most ${IMAGE_MAX} characters`).nullable();

/** Each auth endpoint that stores user text or sets a password, and the fields it takes. */
const FIELDS: Record<string, { name?: "required" | "optional"; email?: string; password?: string }> = {
  "/sign-up/email": { name: "required", email: "email", password: "password" },
  "/update-user": { name: "optional" },
  "/change-email": { email: "newEmail" },
  "/change-password": { password: "newPassword" },
  "/set-password": { password: "newPassword" },
  "/reset-password": { password: "newPassword" },
};

const AnyObject = z.record(z.string(), z.unknown());
const field = (body: unknown, key: string): unknown => {
  const r = AnyObject.safeParse(body);
  return r.success ? r.data[key] : undefined;
};

/**
 * Why an auth request's user-written fields are refused, or null. Names and e-mail addresses
 * are bounded (a 5 MB name was once stored and copied into every page); new passwords follow
 * the password policy. Fields that are absent or not strings are left to Better Auth to refuse.
 */
export function authInputProblem(path: string, body: unknown): string | null {
  const f = FIELDS[path];
  if (!f) return null;
  const name = field(body, "name");
  if (f.name && (f.name === "required" || name !== undefined)) {
    const r = AccountName.safeParse(name ?? "");
    if (!r.success) return r.error.issues[0]!.message;
  }
  const email = f.email ? field(body, f.email) : undefined;
  if (typeof email === "string") {
    const r = AccountEmail.safeParse(email);
    if (!r.success) return r.error.issues[0]!.message;
  }
  const password = f.password ? field(body, f.password) : undefined;
  const image = f.name ? field(body, "image") : undefined;
  if (typeof image === "string" && !AccountImage.safeParse(image).success)
    return `an image address is at most ${IMAGE_MAX} characters`;
  if (typeof password === "string") return passwordProblem(password);
  return null;
}

/** The account an email sign-in or sign-up is about (lower-cased), for per-account limits. */
export function accountOf(body: unknown): string | null {
  const email = field(body, "email");
  return typeof email === "string" && email.length <= EMAIL_MAX ? email.trim().toLowerCase() : null;
}
