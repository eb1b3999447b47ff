/**
 * A value whose strings are its own: a title or a message cut from a file's text would keep the
 * whole text alive (V8's slices share their parent), and what outlives a file must not hold it.
 */
export function ownCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
