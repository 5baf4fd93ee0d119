/** JSON.parse that answers undefined for text that is not JSON (the live stream's events are read with it). */
export function jsonOrUndefined(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}
