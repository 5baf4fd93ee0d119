/**
 * Whether every string in a parsed JSON value (keys included) is well-formed UTF-16. JSON allows
 * `"\ud800"`, a lone surrogate that no database can store as UTF-8 (PostgreSQL refuses it, SQLite
 * mangles it), so such a body is refused at the boundary instead of failing at the write. The
 * walk is iterative: a deeply nested body cannot overflow the stack here.
 */
export function isWellFormedJson(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (!v.isWellFormed()) return false;
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (v && typeof v === "object") {
      for (const [k, item] of Object.entries(v)) {
        if (!k.isWellFormed()) return false;
        stack.push(item);
      }
    }
  }
  return true;
}
