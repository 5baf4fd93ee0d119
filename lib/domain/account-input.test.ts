import { describe, expect, it } from "vitest";
import { accountOf, authInputProblem, EMAIL_MAX, NAME_MAX } from "./account-input";

const good = { name: "Ada", email: "ada@example.test", password: "correct horse battery" };

describe("authInputProblem", () => {
  it("accepts a normal sign-up and leaves other paths alone", () => {
    expect(authInputProblem("/sign-up/email", good)).toBeNull();
    expect(authInputProblem("/sign-in/email", { email: "x", password: "short" })).toBeNull();
    expect(authInputProblem("/get-session", undefined)).toBeNull();
  });

  it.each([
    ["/sign-up/email", { ...good, name: "x".repeat(5_000_000) }, /at most 100/],
    ["/sign-up/email", { ...good, name: "x".repeat(NAME_MAX + 1) }, /at most 100/],
    ["/sign-up/email", { ...good, name: "   " }, /enter a name/],
    ["/sign-up/email", { ...good, email: `${"a".repeat(EMAIL_MAX)}@x.test` }, /at most 254/],
    ["/sign-up/email", { ...good, password: "elevenchars" }, /at least 12/],
    ["/sign-up/email", { ...good, password: "password1234" }, /common or breached/],
    ["/update-user", { name: "y".repeat(NAME_MAX + 1) }, /at most 100/],
    ["/update-user", { image: `https://x.test/${"i".repeat(5_000)}` }, /at most 2000/],
    ["/sign-up/email", { ...good, image: "i".repeat(2_001) }, /at most 2000/],
    ["/change-email", { newEmail: `${"b".repeat(300)}@x.test` }, /at most 254/],
    ["/change-password", { currentPassword: "whatever", newPassword: "qwertyuiop12" }, /common or breached/],
    ["/reset-password", { token: "t", newPassword: "short" }, /at least 12/],
  ])("refuses %s %#", (path, body, why) => {
    expect(authInputProblem(path, body)).toMatch(why);
  });

  it("lets /update-user change other fields without a name", () => {
    expect(authInputProblem("/update-user", { image: null })).toBeNull();
    expect(authInputProblem("/update-user", { name: "x".repeat(NAME_MAX) })).toBeNull();
  });
});

describe("accountOf", () => {
  it("is the lower-cased, trimmed e-mail, or null", () => {
    expect(accountOf({ email: " Ada@Example.TEST " })).toBe("ada@example.test");
    expect(accountOf({ email: 42 })).toBeNull();
    expect(accountOf(null)).toBeNull();
    expect(accountOf({ email: "a".repeat(EMAIL_MAX + 1) })).toBeNull();
  });
});
