// An editor that saves a notes file the moment `study-notes check --fix` creates its temporary file
// beside it: the save races the fix. `node racingSaver.mjs <folder> <atomic|in-place>`, the saved text
// on stdin. It prints "watching" once ready and a line per save, and ends when a file named `end-of-run`
// appears: the folder's events come in order, so every temporary file made before it has been seen.
import { readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';

const [folder, style] = process.argv.slice(2);
const text = readFileSync(0, 'utf8');
const saved = new Set();

const watcher = watch(folder, (_event, name) => {
  if (name === 'end-of-run') return watcher.close();
  const notes = /^\.(.+)\.[0-9a-f]+\.study-notes-tmp$/.exec(name ?? '')?.[1];
  if (notes === undefined || saved.has(notes)) return;
  saved.add(notes);
  save(path.join(folder, notes));
  process.stdout.write(`saved ${notes}\n`);
});
process.stdout.write('watching\n');

/** As editors save: a new file renamed over the old one (an atomic save), or the old file rewritten in place. */
function save(file) {
  if (style === 'in-place') return writeFileSync(file, text);
  writeFileSync(`${file}.editor-save`, text);
  renameSync(`${file}.editor-save`, file);
}
