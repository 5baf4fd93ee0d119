/**
 * Big API bodies (a debate's graph, its flow sheet) sent compressed. Next.js sends a route
 * handler's body as it is and drops any Content-Encoding the handler sets, so the packing is the
 * app's own: a client that can inflate raw deflate (`DecompressionStream("deflate-raw")`, in every
 * current browser) asks with PACK_HEADER, and a packed answer says so with PACKED_HEADER. Any other
 * client (curl, scripts, a browser without compression streams) gets plain JSON as before. No zod
 * here: the map's first view imports this, and keeps zod out of its scripts.
 */
export const PACK_HEADER = "x-clash-pack";
export const PACKED_HEADER = "x-clash-packed";
export const PACKING = "deflate-raw";
