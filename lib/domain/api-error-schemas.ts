import { z } from "zod";
import { ERROR_CODES, type ApiErrorBody as ApiErrorBodyType } from "./api-error";

/** The zod schema of the API's one error shape (see api-error.ts for the plain type the browser uses). */
export const ApiErrorBody = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), details: z.unknown().optional() }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

// The schema and the plain type must describe the same shape: this fails to compile when they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<ApiErrorBody, ApiErrorBodyType> = true;
void sameShape;
