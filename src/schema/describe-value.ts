// One short description of a bad value for error messages (`got "fast"`, `got an array`), shared by every validator.

/** Strings quoted and cut at 40 characters, arrays and objects by type, anything else as `String()` writes it. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "an object";
  return String(value);
}
