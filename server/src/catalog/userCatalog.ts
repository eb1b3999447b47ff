import type { CourseRules } from './rules';
import type { UserCatalog } from './userCourse';
import type { CatalogModule } from '../notes/catalog';
import { readCatalogJson } from './catalogJson';
import { readCoursePage } from './coursePage';

/** What one catalog file says, and what is wrong with it; valid modules survive bad neighbours. */
export interface CatalogRead {
  course?: string;
  modules: CatalogModule[];
  /** The course's own levels and rounds, when the file gives them. */
  rules?: Partial<CourseRules>;
  problems: string[];
}

/** The catalog of the `studyNotes.catalog` setting, read from its text (the server reads the file). */
export interface UserCatalogRead {
  catalog: UserCatalog;
  /** One message for the user naming the file and its first problem; undefined when the file is fine. */
  problem?: string;
}

export function readUserCatalog(path: string, text: string): UserCatalogRead {
  const read = isMarkdown(path, text) ? readCoursePage(text) : readCatalogJson(text);
  const catalog: UserCatalog = { path, course: read.course, modules: read.modules, ...(read.rules ? { rules: read.rules } : {}) };
  if (read.problems.length === 0) return { catalog };
  return { catalog, problem: problemMessage(path, read) };
}

export function unreadableCatalogMessage(path: string, reason: string): string {
  return `Study Notes: cannot read the catalog ${path} (${reason}); the bundled catalog is used.`;
}

/** The extension decides; a file without one is JSON when it looks like JSON. */
function isMarkdown(path: string, text: string): boolean {
  if (/\.(md|markdown)$/i.test(path)) return true;
  if (/\.json$/i.test(path)) return false;
  return !/^\s*[[{]/.test(text);
}

function problemMessage(path: string, read: CatalogRead): string {
  const [first, ...rest] = read.problems;
  const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})` : '';
  const kept = read.modules.length > 0 ? `its ${read.modules.length} readable ${read.modules.length === 1 ? 'module is' : 'modules are'} used` : 'only the bundled catalog is used';
  return `Study Notes: the catalog ${path}: ${first}${more}; ${kept}.`;
}
