/** Whether a value read from outside (storage, a message, a page) is a plain object to read field by field. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
