import { pathInFolder } from './summaryProgress';
import type { SkippedFile } from './load';

/**
 * The Markdown files of each student's folder whose text counts for nothing: not notes, and no
 * page of notes either (empty, or unreadable). With progress's `unread` (pages the tool could not
 * place) they are what a TA reads by hand, so each is named on its student's row, never dropped.
 */
export function notReadFiles(skipped: readonly SkippedFile[], studentOf: (file: SkippedFile) => { name: string; folder: string }, cwd: string): Map<string, string[]> {
  const byStudent = new Map<string, string[]>();
  for (const file of skipped) {
    if (file.summary?.hasText) continue;
    const student = studentOf(file);
    const files = byStudent.get(student.name) ?? [];
    files.push(pathInFolder(file.file, student.folder, cwd));
    byStudent.set(student.name, files);
  }
  return byStudent;
}
