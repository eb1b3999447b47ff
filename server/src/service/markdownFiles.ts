/**
 * What a notes file may be named, said once: the server's file watcher, the workspace index, the
 * command line and the client's file listing and tree agree (VS Code opens both as Markdown). An
 * edited `.markdown` file was listed and indexed, but never watched, so never read again.
 */
export const markdownFileGlob = '**/*.{md,markdown}';

export function isMarkdownFileName(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}
