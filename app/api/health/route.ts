import { route } from "@/lib/server/http";
import { checkHealth } from "@/lib/server/check-health";

export const GET = route(() => checkHealth());
