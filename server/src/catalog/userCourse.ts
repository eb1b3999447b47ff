import type { CatalogIndex, CatalogModule } from '../notes/catalog';
import { bundledRules, bundledSite, type CourseRules } from './rules';

/** A course to measure notes against: its modules and its rules. */
export interface Course {
  catalog: CatalogIndex;
  rules: CourseRules;
  /** The areas reported, in course order; every area of the catalog when not given. */
  areas?: readonly string[];
  /** The course's own site: a module linked to its pages links to the course, not to the student's notes. */
  site?: string;
}

/** The catalog of the `studyNotes.catalog` setting as read (catalog/userCatalog.ts). */
export interface UserCatalog {
  /** The file as the user named it, for messages and hovers. */
  path: string;
  course?: string;
  modules: CatalogModule[];
  rules?: Partial<CourseRules>;
}

/**
 * The course notes are measured against. A user catalog that gives its own levels or rounds is a
 * course of its own: only its areas are reported, with its rules (the bundled levels where it gives
 * only rounds, no rounds where it gives only levels). Without them its modules join the bundled course.
 */
export function courseFor(catalog: CatalogIndex, user: UserCatalog | undefined): Course {
  const rules = user?.rules;
  if (!rules) return { catalog, rules: bundledRules, site: bundledSite };
  const areas = [...new Set(user.modules.map((module) => module.area))];
  return { catalog, rules: { levels: rules.levels ?? bundledRules.levels, rounds: rules.rounds ?? [] }, areas };
}
