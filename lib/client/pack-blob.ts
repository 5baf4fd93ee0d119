import { PACKING } from "@/lib/domain/packing";

/** `blob` as raw deflate (lib/domain/packing.ts), in the browser's own compression stream. */
export function packBlob(blob: Blob): Promise<Blob> {
  return new Response(blob.stream().pipeThrough(new CompressionStream(PACKING))).blob();
}
