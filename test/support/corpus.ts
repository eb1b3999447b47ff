import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The shared corpus of real student notes, beside the project; CI has it, a fresh clone may not. */
export const corpusRoot = path.resolve(__dirname, '../../../shared/corpus');

export function corpusAvailable(): boolean {
  return existsSync(path.join(corpusRoot, 'notes'));
}

/** Call at the top of a corpus suite's before(): says in one line why the suite did not run. */
export function skipWithoutCorpus(context: Mocha.Context): void {
  if (corpusAvailable()) return;
  console.log(`    (skipped: the corpus is not at ${corpusRoot}; it lives in ../shared beside the project)`);
  context.skip();
}

/** Every Markdown file of the corpus (notes, notes-split, seeds), as paths relative to the corpus root. */
export function corpusNotesFiles(): string[] {
  const result: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(path.join(corpusRoot, dir)).sort()) {
      const relative = path.join(dir, name);
      if (statSync(path.join(corpusRoot, relative)).isDirectory()) walk(relative);
      else if (name.endsWith('.md')) result.push(relative);
    }
  };
  for (const dir of ['notes', 'notes-split', 'seeds']) if (existsSync(path.join(corpusRoot, dir))) walk(dir);
  return result;
}

export function readCorpusFile(relative: string): string {
  return readFileSync(path.join(corpusRoot, relative), 'utf8');
}
