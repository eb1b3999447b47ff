// Prints what the model reads in a notes file, line by line, to read it side by side with the file:
//   npx tsx scripts/show-model.ts <file.md>
import { readFileSync } from 'node:fs';
import { bundledCourse } from '../server/src/catalog/bundledCourse';
import { parseNotes } from '../server/src/notes/parse';
import { formatMinutes } from '../server/src/notes/timeEstimate';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx scripts/show-model.ts <file.md>');
  process.exit(2);
}
const model = parseNotes(readFileSync(file, 'utf8'), { catalog: bundledCourse.catalog });
const rows: [number, string][] = [];
if (model.title) rows.push([model.title.range.start.line, `TITLE  ${model.title.text}`]);
for (const area of model.areas) rows.push([area.headingRange.start.line, `AREA   ${area.number ?? ''} "${area.topic}"`]);
for (const level of model.levels) rows.push([level.markerRange.start.line, `LEVEL    ${level.name}`]);
for (const module of model.modules) {
  const estimate = module.estimate;
  const time = estimate === undefined ? 'NO TIME' : estimate.kind === 'minutes' ? formatMinutes(estimate.minutes) : estimate.kind.toUpperCase();
  rows.push([module.openerRange.start.line, `MODULE     [${module.style}] "${module.title}" ${time}${module.hasNotes ? '' : ' (no notes)'}`]);
}
for (const placeholder of model.placeholders) rows.push([placeholder.range.start.line, `PLACEHOLDER "${placeholder.text}"`]);
for (const contents of model.tablesOfContents) rows.push([contents.range.start.line, `CONTENTS ${contents.entries.length} entries`]);
rows.sort((a, b) => a[0] - b[0]);
for (const [line, text] of rows) console.log(`${String(line + 1).padStart(5)}  ${text}`);
console.log(`notes: ${model.detection.isNotes} (${model.detection.reasons.join('; ')})`);
