// Web Worker entry: a big map's overview levels, computed off the main thread (lib/domain is pure),
// so the first wheel notch into a level finds it ready instead of computing it in that frame.
import { levelsOf, transferOf, type LevelsRequest } from "@/lib/domain/semantic-levels";

self.onmessage = (e: MessageEvent<LevelsRequest>) => {
  for (const level of levelsOf(e.data)) (self as unknown as Worker).postMessage(level, transferOf(level));
};
