// Progress as the client's views put it in words, from the server's fields only: what is met, done
// or unsure is the server's to say (course/progress.ts). Free of vscode, so that it can be checked
// outside VS Code.
import type { OutlineAreaProgress, OutlineProgress } from './protocol';

/** "Beginner ✓ · Intermediate 3/9 (7 h left) · 1 placed by likeness": the CodeLens's text, and what to check. */
export function areaStatus(progress: OutlineAreaProgress): string {
  return progress.unsure ? `${progress.text} · ${progress.unsure}` : progress.text;
}

/** "1 module, 2 files": what counts for nothing in the student's progress; empty when everything counts. */
export function notCountedCounts(progress: OutlineProgress): string {
  return [counted(progress.unplaced.length, 'module'), counted(progress.unread.length, 'file')].filter(Boolean).join(', ');
}

/** "3 modules", "1 file"; empty for none. */
export function counted(n: number, what: string): string {
  return n === 0 ? '' : `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** "1 h 5 min left" as "1 hour 5 minutes left": the server's times, in the words a screen reader says. */
export function spokenTimes(text: string): string {
  return text.replace(/\b(\d+) (h|min)\b/g, (_, n: string, unit: string) => `${n} ${unit === 'h' ? 'hour' : 'minute'}${n === '1' ? '' : 's'}`);
}
