/**
 * Text from a student's file or a file name, made safe to print on a terminal or a CI log: control
 * characters (escape sequences that clear the screen or move the cursor, line breaks that start a
 * fake line or a `::error` workflow command) and bidirectional overrides are shown as `\xNN` / `\uNNNN`.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Every string of a report's data made printable, for the formats read on a terminal. */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map(printableDeep) as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, printableDeep(field)])) as T;
  return value;
}
