import { route } from "@/lib/server/http";
import { openApiDocument } from "@/lib/server/openapi";

export const GET = route(() => Promise.resolve(openApiDocument()));
