import { z } from "zod";
import { LinkToken } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { redeemLink } from "@/lib/server/links/redeem-link";

export const POST = route(async ({ user, body }) => redeemLink({ user, token: (await body(z.object({ token: LinkToken }))).token }));
