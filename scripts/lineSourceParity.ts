// Where the two line sources read a text differently (notes/parse.ts and notes/textLines.ts): every
// version of every Markdown file in the class's history, each module's line, title, time, address
// and notes and where its opener, title and time stand, each code block and span, each template
// text, each contents list compared; the files that differ are
// named with their differences. npm test checks the corpus files alike (test/unit/textLines.test.ts);
// this reads the 888 versions behind them.
// npx tsx scripts/lineSourceParity.ts
import { bundledCourse } from '../server/src/catalog/bundledCourse';
import { parseNotes } from '../server/src/notes/parse';
import { readNotesFromLines } from '../server/src/notes/textLines';
import type { NotesModel } from '../server/src/notes/types';
import { ClassHistory, classHistoryAvailable } from '../test/support/classHistory';

if (!classHistoryAvailable()) {
  console.error('lineSourceParity: the class history is not there (../shared/corpus/class-history.bundle beside the project)');
  process.exit(2);
}
const catalog = bundledCourse.catalog;
const reading = (model: NotesModel): string[] => [
  ...model.modules.map((module) => `${module.openerRange.start.line + 1}: ${module.title} | ${module.estimate?.text ?? 'no time'} | ${module.url ?? 'no link'} | ${module.hasNotes ? 'notes' : 'no notes'} | ${JSON.stringify([module.openerRange.start, module.titleRange, module.estimate?.range])}`),
  ...model.code.map((span) => `${span.range.start.line + 1}: ${span.kind} code ${JSON.stringify([span.lang, span.range, span.lines])}`),
  ...model.tablesOfContents.map((contents) => `${contents.range.start.line + 1}: contents ${JSON.stringify(contents)}`),
  ...model.placeholders.map((placeholder) => `${placeholder.range.start.line + 1}: template text ${JSON.stringify([placeholder.text, placeholder.range])}`),
];
const history = new ClassHistory();
try {
  const versions = history.markdownVersions();
  let differing = 0;
  for (const { path, text } of versions) {
    const parsed = reading(parseNotes(text, { catalog }));
    const byLines = reading(readNotesFromLines(text, { catalog }));
    const [inParse, inLines] = [new Set(parsed), new Set(byLines)];
    const only = [...parsed.filter((line) => !inLines.has(line)).map((line) => `remark only:   ${line}`), ...byLines.filter((line) => !inParse.has(line)).map((line) => `by lines only: ${line}`)];
    if (only.length === 0) continue;
    differing++;
    console.log(`${path}\n  ${only.map((line) => JSON.stringify(line).slice(1, -1)).join('\n  ')}`);
  }
  console.log(`${versions.length - differing} of ${versions.length} Markdown file versions read alike by both line sources`);
} finally {
  history.dispose();
}
