import { describe, expect, it } from "vitest";
import { readApiError } from "./api-error";
import { ApiErrorBody } from "./api-error-schemas";

describe("readApiError", () => {
  it("reads the API's error shape, with or without details", () => {
    const body = {
      error: { code: "validation_failed", message: "invalid input", details: { fieldErrors: { title: ["required"] } } },
    };
    expect(ApiErrorBody.safeParse(body).success).toBe(true);
    expect(readApiError(body)).toEqual(body.error);
    expect(readApiError({ error: { code: "not_found", message: "debate not found" } })).toEqual({
      code: "not_found",
      message: "debate not found",
    });
  });

  it("keeps a code this client does not know, which the schema of the server's codes refuses", () => {
    const body = { error: { code: "teapot", message: "short and stout" } };
    expect(readApiError(body)).toEqual({ code: "teapot", message: "short and stout" });
    expect(ApiErrorBody.safeParse(body).success).toBe(false);
  });

  it("returns null for anything that is not the error shape", () => {
    for (const body of [
      null,
      "Bad Gateway",
      [],
      {},
      { error: "nope" },
      { error: { code: 404, message: "x" } },
      { error: { code: "x" } },
      { message: "x" },
    ]) {
      expect(readApiError(body)).toBeNull();
    }
  });
});
