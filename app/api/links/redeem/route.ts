import { RedeemLinkInput } from "@/lib/server/api-contracts";
import { route } from "@/lib/server/http";
import { redeemLink } from "@/lib/server/links/redeem-link";

export const POST = route(async ({ user, body }) => redeemLink({ user, token: (await body(RedeemLinkInput)).token }));
