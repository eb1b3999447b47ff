import type { CatalogIndex, CatalogModule } from '../model/catalog';
import type { Course } from './progress';
import { bundledRules, bundledSite, type CourseRules } from './rules';

/** The catalog of the `studyNotes.catalog` setting as read (service/userCatalog.ts). */
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
