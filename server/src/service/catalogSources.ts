import { bundledCourse } from '../catalog/bundledCourse';
import type { Course } from '../catalog/course';
import { CatalogIndex, type CatalogModule } from '../notes/catalog';
import { courseAreaName, mostCommon } from '../notes/courseNames';
import { webUrl } from '../document/safeText';
import type { WrittenModule } from './workspaceIndex';
import { ModuleCatalog, type CatalogEntry } from '../document/moduleCatalog';

/** What the workspace index offers: its written modules, and a version that changes with them. */
export interface WrittenModules {
  readonly version: number;
  writtenModules(): WrittenModule[];
}

function courseEntries(course: Course): CatalogEntry[] {
  const origin = course.file ? `your course ${course.file.split(/[\\/]/).pop()}` : 'course catalog';
  return course.catalog.modules.map((module) => ({ module, source: 'course', origin }));
}

export class CatalogSources {
  private current: Course = bundledCourse;
  private courseEntries = courseEntries(bundledCourse);
  private notesGroups?: { version: number; course: CatalogIndex; groups: NotesGroup[] };
  private lastView?: { uri: string | undefined; groups: NotesGroup[]; catalog: ModuleCatalog };
  /** Whether the course knows a written title and URL: every edit regroups, and a fuzzy lookup is slow. */
  private readonly knownToCourse = new Map<string, boolean>();
  /** The same for each written module the index holds (it keeps them from one indexing of their file to the next). */
  private knownWritten = new WeakMap<WrittenModule, boolean>();

  /** The course's modules and words: what notes are parsed with, and what quick fixes suggest. */
  get course(): CatalogIndex {
    return this.current.catalog;
  }

  /** The course notes are read and measured with. */
  get inForce(): Course {
    return this.current;
  }

  /** The course in force. False when it is the one already used. */
  useCourse(course: Course): boolean {
    if (course === this.current) return false;
    this.current = course;
    this.courseEntries = courseEntries(course);
    this.knownToCourse.clear();
    this.knownWritten = new WeakMap();
    return true;
  }

  /** Every source for one document: its own modules are not offered back to it as someone else's. */
  forDocument(uri: string | undefined, written: WrittenModules): ModuleCatalog {
    const groups = this.groupsOf(written);
    const last = this.lastView;
    if (last && last.uri === uri && last.groups === groups) return last.catalog;
    const notesEntries = groups.flatMap((group) => notesEntry(group, uri));
    const catalog = new ModuleCatalog([...this.courseEntries, ...notesEntries]);
    this.lastView = { uri, groups, catalog };
    return catalog;
  }

  private groupsOf(written: WrittenModules): NotesGroup[] {
    const cached = this.notesGroups;
    if (cached && cached.version === written.version && cached.course === this.course) return cached.groups;
    const groups = groupWrittenModules(written.writtenModules(), this.course.areaNames, (module) => this.isKnown(module));
    this.notesGroups = { version: written.version, course: this.course, groups };
    return groups;
  }

  private isKnown(module: WrittenModule): boolean {
    let known = this.knownWritten.get(module);
    if (known === undefined) this.knownWritten.set(module, (known = this.isKnownTitle(module)));
    return known;
  }

  private isKnownTitle({ title, url }: WrittenModule): boolean {
    const key = `${title}\u0000${url ?? ''}`;
    let known = this.knownToCourse.get(key);
    if (known !== undefined) return known;
    // Every title typed along the way is a key: start over rather than grow without end.
    if (this.knownToCourse.size > 20000) this.knownToCourse.clear();
    known = this.course.find(title, url) !== undefined;
    this.knownToCourse.set(key, known);
    return known;
  }
}

/** The modules of the same title in several notes files, read as one suggestion. */
interface NotesGroup {
  module: CatalogModule;
  uris: Set<string>;
}

function notesEntry(group: NotesGroup, uri: string | undefined): CatalogEntry[] {
  const others = group.uris.size - (uri !== undefined && group.uris.has(uri) ? 1 : 0);
  if (others === 0) return [];
  return [{ module: group.module, source: 'notes', origin: `${others} other notes ${others === 1 ? 'file' : 'files'}` }];
}

/** Modules the course catalog already knows are left to it; the rest are grouped by title. */
function groupWrittenModules(written: readonly WrittenModule[], areaNames: readonly string[], knownToCourse: (module: WrittenModule) => boolean): NotesGroup[] {
  const byTitle = new Map<string, WrittenModule[]>();
  for (const module of written) {
    const key = module.key;
    if (key.length < 4 || knownToCourse(module)) continue;
    const group = byTitle.get(key);
    if (group) group.push(module);
    else byTitle.set(key, [module]);
  }
  return [...byTitle.values()].map((modules) => {
    const area = mostCommon(modules.map((module) => module.area));
    const module: CatalogModule = {
      area: (area && courseAreaName(area, areaNames)) ?? area ?? '',
      level: mostCommon(modules.map((module) => module.level)) ?? '',
      title: mostCommon(modules.map((module) => module.title)) as string,
    };
    // Written by anyone: only a web address travels from one notes file into another's completions.
    const url = mostCommon(modules.map((written) => webUrl(written.url)));
    if (url) module.url = url;
    const minutes = median(modules.flatMap((written) => (written.minutes === undefined ? [] : [written.minutes])));
    if (minutes !== undefined) module.minutes = minutes;
    return { module, uris: new Set(modules.map((written) => written.uri)) };
  });
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
