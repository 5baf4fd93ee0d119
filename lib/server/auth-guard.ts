import "server-only";
import { AppError } from "./errors";

export type SessionUser = { id: string; name: string; email: string };

/** Narrow a possibly anonymous caller to a signed-in user, or answer 401. */
export function requireSignedIn(user: SessionUser | null): SessionUser {
  if (!user) throw new AppError("unauthorized", "sign in to do this");
  return user;
}
