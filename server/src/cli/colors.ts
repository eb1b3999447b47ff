export interface Colors {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
}

const ansi =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const on: Colors = { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39), yellow: ansi(33, 39), blue: ansi(34, 39), green: ansi(32, 39) };
const identity = (text: string): string => text;
const off: Colors = { bold: identity, dim: identity, red: identity, yellow: identity, blue: identity, green: identity };

/** Colour only for people: a TTY without NO_COLOR (https://no-color.org), unless --color/--no-color says otherwise. */
export function colorsFor(stream: { isTTY?: boolean }, forced: boolean | undefined, env: NodeJS.ProcessEnv): Colors {
  if (forced !== undefined) return forced ? on : off;
  if (env.NO_COLOR) return off;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return on;
  return stream.isTTY ? on : off;
}
