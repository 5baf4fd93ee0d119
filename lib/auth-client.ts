"use client";
import { createAuthClient } from "better-auth/react";

/** Better Auth's browser client; same origin as the app. */
export const authClient = createAuthClient();
