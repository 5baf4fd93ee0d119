import "server-only";
import { accountOf } from "@/lib/domain/account-input";
import { isWellFormedJson } from "@/lib/domain/well-formed";
import { loadEnv } from "@/lib/env";
import { AppError, errorBody, toAppError } from "./errors";
import { checkFailures, countFailure, type FailureRule } from "./failure-limit";
import { readCapped, retryAfterHeader } from "./http";
import { shedLoad } from "./load-shed";

/** No auth request needs more: a name, an e-mail, two passwords. */
export const AUTH_MAX_BODY_BYTES = 16_384;

/**
 * Failed sign-ins per account (ASVS V6.3.1): 10 in 15 minutes, then that account's sign-ins wait
 * for the window to end. Other accounts are untouched, whoever floods this one.
 */
export const SIGN_IN_FAILURES: FailureRule = {
  max: 10,
  windowMs: 15 * 60_000,
  what: "failed sign-ins for this account",
};

/** Endpoints that hash a password: the global ceiling protects the CPU from them. */
const PASSWORD_WORK = new Set([
  "/sign-in/email",
  "/sign-up/email",
  "/change-password",
  "/set-password",
  "/reset-password",
  "/change-email",
  "/delete-user",
]);

type Handler = (req: Request) => Promise<Response>;

const pathOf = (req: Request) => new URL(req.url).pathname.replace(/^\/api\/auth/, "");
const failureKey = (account: string) => `sign-in-failures|${account}`;

/** The same request with a body we already read (and without the old Content-Length). */
function withBody(req: Request, url: string, body: string): Request {
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  if (!body) return new Request(url, { method: "POST", headers });
  headers.set("content-type", "application/json");
  return new Request(url, { method: "POST", headers, body });
}

/**
 * Session tokens stay in the HttpOnly cookie: they are taken out of every JSON body Better Auth
 * answers with (sign-in, sign-up, get-session, list-sessions), where a script could read them.
 */
export async function withoutTokens(res: Response): Promise<Response> {
  if (!/^application\/json\b/i.test(res.headers.get("content-type") ?? "")) return res;
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return new Response(text, res);
  }
  const strip = (v: unknown) => {
    if (!v || typeof v !== "object") return;
    Reflect.deleteProperty(v, "token");
    strip(Reflect.get(v, "session"));
  };
  if (Array.isArray(json)) json.forEach(strip);
  else strip(json);
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  // Better Auth names its wait X-Retry-After; the standard header says the same.
  const wait = headers.get("x-retry-after");
  if (res.status === 429 && wait) headers.set("Retry-After", wait);
  return new Response(JSON.stringify(json), { status: res.status, statusText: res.statusText, headers });
}

/** Our errors in Better Auth's shape (its client reads `message`) and in the API's own. */
function errorResponse(err: unknown): Response {
  const e = toAppError(err);
  const headers = { "Cache-Control": "no-store", ...retryAfterHeader(e) };
  return Response.json(
    { code: e.code.toUpperCase(), message: e.message, ...errorBody(e) },
    { status: e.status, headers },
  );
}

/**
 * A sign-up answers the same whether the e-mail is new or not (Better Auth's generic answer, see
 * auth.ts); then the account is signed in with the password just given. For an existing account
 * that is a sign-in attempt like any other, so it counts against the account's failures.
 */
async function signInAfterSignUp(
  handler: Handler,
  req: Request,
  body: string,
  signUp: Response,
  account: string,
): Promise<Response> {
  const signIn = await handler(withBody(req, new URL("/api/auth/sign-in/email", req.url).toString(), body));
  if (signIn.status === 401) await countFailure(failureKey(account), SIGN_IN_FAILURES);
  // The user as the answer that counts describes it: the sign-in's, or the sign-up's when it failed.
  const answer: unknown = await (signIn.ok ? signIn : signUp).clone().json();
  const user: unknown = Reflect.get(answer ?? {}, "user");
  const headers = new Headers(signUp.headers);
  headers.delete("content-length");
  for (const c of signIn.ok ? signIn.headers.getSetCookie() : []) headers.append("set-cookie", c);
  return Response.json({ user }, { status: 200, headers });
}

/**
 * Every POST to /api/auth: a capped body (413), valid Unicode JSON (400), a global ceiling on
 * password work (429, shed), failed sign-ins limited per account, tokens out of JSON bodies.
 * Sign-out is capped like the rest but never limited (it is no password work, and Better Auth's
 * own limiter has a rule that exempts it).
 */
export async function guardAuthPost(req: Request, handler: Handler): Promise<Response> {
  const path = pathOf(req);
  try {
    const text = await readCapped(req, AUTH_MAX_BODY_BYTES);
    let json: unknown;
    if (text.trim()) {
      try {
        json = JSON.parse(text);
      } catch {
        throw new AppError("bad_request", "request body is not valid JSON");
      }
      if (!isWellFormedJson(json))
        throw new AppError("bad_request", "request body has a lone surrogate: not valid Unicode text");
    }
    if (PASSWORD_WORK.has(path))
      shedLoad("auth-password-work", {
        perSecond: loadEnv().CLASH_AUTH_PER_SECOND,
        burst: 2 * loadEnv().CLASH_AUTH_PER_SECOND,
        what: "sign-ins",
      });
    const account = path === "/sign-in/email" || path === "/sign-up/email" ? accountOf(json) : null;
    if (account) await checkFailures(failureKey(account), SIGN_IN_FAILURES);
    let res = await handler(withBody(req, req.url, text));
    if (account && path === "/sign-in/email" && res.status === 401)
      await countFailure(failureKey(account), SIGN_IN_FAILURES);
    if (account && path === "/sign-up/email" && res.ok) res = await signInAfterSignUp(handler, req, text, res, account);
    return await withoutTokens(res);
  } catch (err) {
    return errorResponse(err);
  }
}
