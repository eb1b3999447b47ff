/**
 * Reads lines in order and says which belong to fenced code, the fences included: a `#` there is
 * a shell comment, not a heading. A fence closes with a marker of its own kind (``` or ~~~).
 */
export function fencedLines(): (line: string) => boolean {
  let fence: string | undefined;
  return (line) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker.slice(0, 3);
    return fence !== undefined || marker !== undefined;
  };
}
