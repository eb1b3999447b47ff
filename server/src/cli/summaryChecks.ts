import type { PlacedModule } from '../course/progress';
import { loggedAcrossAreas, placedOnText } from '../course/progressText';
import type { ProgressFields } from './summaryProgress';

/**
 * What a TA checks by hand in a student's notes: a module progress counted by likeness only, a
 * module with notes it could not place (not counted), a module left that the student's time log
 * names (notes the tool may not have read), a Markdown file it read nothing from.
 */
export interface CheckItem {
  kind: 'likely' | 'not placed' | 'logged, no notes' | 'not read as notes';
  /** The module; absent for a file not read as notes. */
  module?: PlacedModule;
  /** The file, as the student's folder names it. */
  file: string;
}

/** One line that says what the kinds mean, for the formats that list the items. */
export const checkLegend = 'likely: counted, placed by likeness and order, or by the notes right below it · not placed: notes matching no module of the course, not counted · logged, no notes: a module the time log names that no notes are counted as, not counted · not read as notes: a Markdown file with nothing the tool could place';

/** Likely modules, then modules not placed (by course area, then those under none), then modules only logged, then files not read, as course/ lists them. */
export function checkItems({ progress, unplaced, unread }: ProgressFields): CheckItem[] {
  return [
    ...progress.flatMap((area) => area.likely.map((module): CheckItem => ({ kind: 'likely', module, file: module.file }))),
    ...[...progress.flatMap((area) => area.unplaced), ...unplaced].map((module): CheckItem => ({ kind: 'not placed', module, file: module.file })),
    ...loggedAcrossAreas(progress).map(({ file, line, title, courseTitle, areas }): CheckItem => ({ kind: 'logged, no notes', module: { file, line, title, catalog: [courseTitle], written: false, area: areas.join(', ') }, file })),
    ...unread.map((file): CheckItem => ({ kind: 'not read as notes', file })),
  ];
}

/**
 * "«S3 vs EC2» (README.md:28) → On your own: Compare …", "«My CDN notes» (README.md:40) in Cloud Web Apps,
 * perhaps: QwikLab: Intro to S3", "Technical Report.md". `text` makes the student's and the course's words
 * safe for the format; the rest is the tool's own.
 */
export function checkText({ module, file }: CheckItem, text: (words: string) => string = (words) => words): string {
  if (!module) return text(file);
  const where = `«${text(module.title)}» (${text(file)}:${module.line + 1})`;
  if (module.catalog.length) return `${where} → ${placedOnText(module, text)}`;
  const area = module.area ? ` in ${text(module.area)}` : ' under no course area';
  return `${where}${area}${module.suggested?.length ? `, perhaps: ${module.suggested.map(text).join(', or ')}` : ''}`;
}

/** "README.md:40 My CDN notes; notes.md:3 Kafka": the modules not placed, for one spreadsheet cell. */
export function unplacedCell(fields: ProgressFields): string {
  return checkItems(fields)
    .flatMap(({ kind, module, file }) => (kind === 'not placed' && module ? [`${file}:${module.line + 1} ${module.title}`] : []))
    .join('; ');
}
