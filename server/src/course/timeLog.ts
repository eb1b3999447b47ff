import type { CatalogIndex } from '../notes/catalog';
import type { LoggedTime, NotesModel } from '../notes/types';

/**
 * The time log's line for a module progress placed: `Video: Why Docker? -- 50 min` at the top, and
 * `# What is Docker and Why we use Docker` over the notes. The reader lends a module a logged time
 * only where the titles are alike; which course module a section of notes is, only placement knows.
 * One course module only: a section counted as two cannot say which of their times is its own.
 */
export function timeLogOf(model: NotesModel, catalog: CatalogIndex): (courseTitles: readonly string[]) => LoggedTime | undefined {
  let byCourseTitle: Map<string, LoggedTime> | undefined;
  return (courseTitles) => {
    if (courseTitles.length !== 1 || model.loggedTimes.length === 0) return undefined;
    byCourseTitle ??= indexByCourseTitle(model.loggedTimes, catalog);
    return byCourseTitle.get(courseTitles[0]);
  };
}

/** The first line of the log that names a course module gives its time, as for titles alike. */
function indexByCourseTitle(loggedTimes: readonly LoggedTime[], catalog: CatalogIndex): Map<string, LoggedTime> {
  const index = new Map<string, LoggedTime>();
  for (const logged of loggedTimes) {
    const title = catalog.find(logged.title, logged.url)?.title;
    if (title && !index.has(title)) index.set(title, logged);
  }
  return index;
}
