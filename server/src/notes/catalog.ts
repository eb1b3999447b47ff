import { notesNamesOf, type NotesNames } from './markers';
import { trimEndMatching } from './trimRuns';
import type { CourseName } from './types';
import { characterPairs, hasUnsegmentedScript, wordsApart } from './wordsApart';

/** A module the course offers: the bundled course, a user's course, or classmates' notes. */
export interface CatalogModule {
  area: string;
  level: string;
  group?: string;
  title: string;
  url?: string;
  minutes?: number;
  /** Struck through by the course ("no longer available"): listed, required only as one of a choice. */
  withdrawn?: boolean;
  /** Never required (the course lists it without saying what to do, or as a suggestion). */
  optional?: boolean;
  /** The modules of an area and level sharing a choice are one requirement: one of them will do (or as many as the rules say). */
  choice?: string;
  /** Other addresses of the same resource: a moved page, a paper for a talk. */
  otherUrls?: string[];
  /** Other names students know it by (the site it runs on). */
  otherTitles?: string[];
}

/** What a module counts for where it is not simply required by its level: "optional: counts for no level". */
export function requirementNote(module: CatalogModule): string | undefined {
  if (module.withdrawn) return module.choice ? `withdrawn by the course: counts only as one of "${module.choice}"` : 'withdrawn by the course: counts for no level';
  if (module.optional) return 'optional: counts for no level';
  return module.choice ? `one of "${module.choice}"` : undefined;
}

/** Optional, or withdrawn and no choice's: doing it moves no level. */
export function countsForNoLevel(module: CatalogModule): boolean {
  return module.optional === true || (module.withdrawn === true && !module.choice);
}

/** Words that say what kind of resource a module is; they are not part of its name. */
const resourceKindPrefix = /^(aws\s+tutorial|video\s+tutorial|tutorial|video|qwiklabs?|lab|reading|on your own|project|paper|article)\s*[:\-–]\s*/i;

export function normaliseTitle(title: string): string {
  const lower = title.toLowerCase().replace(resourceKindPrefix, '');
  // `I/O` is one word: split in two, a short title like `Fast I/O` would seem to share most of
  // `Netmap - a framework for fast I/O`. (Looked for only where a slash is: every line that may
  // open a module asks, and the pattern cost more than the rest.)
  const joined = lower.includes('/') ? lower.replace(/\b(\p{L})\/(\p{L})\b/gu, '$1$2') : lower;
  return wordsApart(joined);
}

/** URLs of one resource differ in scheme, "www.", trailing slash and tracking parameters. */
export function normaliseUrl(url: string): string {
  const plain = url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/[?&](trk|feature|t|list|index)=[^&#]*/g, '');
  return trimEndMatching(plain, /[/?#&]/);
}

/** How the notes name the course's areas and levels: each name with the other ways students write it. */
export interface CourseWords {
  /** In the course's order. */
  areas: readonly CourseName[];
  /** Every level the notes may write, the course's and the levels of its modules. */
  levels: readonly CourseName[];
}

/** Without words of its own, a catalog's areas and levels are those its modules name, in their order. */
function wordsOfModules(modules: readonly CatalogModule[]): CourseWords {
  const named = (names: string[]): CourseName[] => [...new Set(names)].map((name) => ({ name }));
  return { areas: named(modules.map((module) => module.area)), levels: named(modules.map((module) => module.level)) };
}

export class CatalogIndex {
  private readonly byUrl = new Map<string, CatalogModule>();
  private readonly byTitle = new Map<string, CatalogModule>();
  /** The words of every title, and which titles hold each word: built on the first fuzzy lookup. */
  private titleWords?: TitleWords;
  private readonly groups = new Set<string>();

  /** The words the notes reader knows the course's areas and levels by. */
  readonly words: CourseWords;

  constructor(
    readonly modules: readonly CatalogModule[],
    words?: CourseWords,
  ) {
    this.words = words ?? wordsOfModules(modules);
    for (const module of modules) {
      // The first entry wins: the course lists a lab once as a module and again among optional extras.
      const url = module.url && normaliseUrl(module.url);
      if (url && !this.byUrl.has(url)) this.byUrl.set(url, module);
      const title = normaliseTitle(module.title);
      if (title && !this.byTitle.has(title)) this.byTitle.set(title, module);
      if (module.group) this.groups.add(groupKey(module.group));
    }
  }

  /** The catalog module a written title or URL names, if it clearly names one. */
  find(title: string, url?: string): CatalogModule | undefined {
    if (url) {
      const byUrl = this.byUrl.get(normaliseUrl(url));
      if (byUrl) return byUrl;
    }
    const wanted = normaliseTitle(title);
    if (wanted.length < 4) return undefined;
    const exact = this.byTitle.get(wanted);
    if (exact) return exact;
    return this.findContaining(wanted);
  }

  /**
   * The title most like `wanted` (likeness below), the first of the catalog among equals. Only
   * titles sharing two words can be alike, so only those are scored: a catalog grown from a
   * workspace's notes holds thousands, and every line that may open a module is looked up.
   */
  private findContaining(wanted: string): CatalogModule | undefined {
    const index = (this.titleWords ??= indexWords(this.byTitle));
    const wantedWords = significantWords(wanted);
    // Alike needs 2·shared ≥ 0.75·(both sizes) with shared ≤ the title's size: no title is alike a text 5/3 its longest.
    if (wantedWords.size * 3 > index.mostWords * 5) return undefined;
    const shared = new Map<number, number>();
    for (const word of wantedWords) for (const at of index.byWord.get(word) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
    let best: number | undefined;
    let bestScore = 0;
    for (const [at, count] of shared) {
      const score = likenessOf(count, wantedWords.size, index.titles[at].words.size);
      if (score > bestScore || (score === bestScore && score > 0 && best !== undefined && at < best)) {
        best = at;
        bestScore = score;
      }
    }
    return best === undefined ? undefined : index.titles[best].module;
  }

  /**
   * The module a line names in full: by its address, or by a title holding every word of the
   * module's. "This serverless web application takes me …" is like "Build a Serverless Web
   * Application" but names it only in part.
   */
  findWhole(title: string, url?: string): CatalogModule | undefined {
    const byUrl = url ? this.byUrl.get(normaliseUrl(url)) : undefined;
    if (byUrl) return byUrl;
    const module = this.find(title);
    if (!module) return undefined;
    const written = significantWords(normaliseTitle(title));
    for (const word of significantWords(normaliseTitle(module.title))) if (!written.has(word)) return undefined;
    return module;
  }

  /** `### 3. Container`, `## Serverless and Edge Computing:`: a heading that names a group of modules, not one. */
  isGroup(title: string): boolean {
    return this.groups.has(groupKey(title));
  }

  private areas?: string[];

  /** The course's area names, in its order. */
  get areaNames(): string[] {
    this.areas ??= this.words.areas.map((area) => area.name);
    return this.areas;
  }

  private compiled?: NotesNames;

  /** The words compiled once per catalog: the readers ask on every line. */
  get names(): NotesNames {
    this.compiled ??= notesNamesOf(this.words.areas, this.words.levels);
    return this.compiled;
  }
}

const fillerWords = new Set(['a', 'an', 'the', 'to', 'on', 'of', 'with', 'and', 'for', 'in', 'using', 'your', 'into', 'from', 'by', 'video', 'lab', 'tutorial', 'aws', 'amazon']);
// A Map, not an object: a title's word may be `constructor` or `tostring`.
const wordStems = new Map(Object.entries({ introduction: 'intro', application: 'app', applications: 'app', apps: 'app', bigdata: 'big data', containers: 'container', dockers: 'docker', images: 'image', vms: 'vm', vs: 'versus' }));

/** Words that tell one module from another, in one spelling: "Linux2" is "linux 2", "Apps" is "app". */
export function significantWords(title: string): Set<string> {
  // Every catalog lookup and every heading asks this, mostly before V8 has compiled it: indexed
  // loops and no array per word, which its interpreter runs several times faster than `for … of`.
  const words = new Set<string>();
  const written = title.replace(/([a-z])(\d)/g, '$1 $2').split(' ');
  const parts = hasUnsegmentedScript(title) ? written.flatMap(characterPairs) : written;
  for (let at = 0; at < parts.length; at++) {
    const stem = wordStems.get(parts[at]);
    if (stem === undefined) addSignificant(words, parts[at]);
    else for (const word of stem.split(' ')) addSignificant(words, word);
  }
  return words;
}

function addSignificant(words: Set<string>, word: string): void {
  if (word !== '' && !fillerWords.has(word)) words.add(word);
}

function groupKey(title: string): string {
  return [...significantWords(normaliseTitle(title))].map((word) => word.replace(/s$/, '')).join(' ');
}

/**
 * How surely two normalised titles name one module, 0 when they do not: "Why Queues Video" names
 * "Video: Why Queues?", "Install a Lamp Web Server on Amazon Linux2" names "Tutorial: Install
 * a LAMP Web Server on Amazon Linux 2": most words of both agree.
 */
function titleLikeness(a: string, b: string): number {
  return likeness(significantWords(a), significantWords(b));
}

function likeness(aWords: Set<string>, bWords: Set<string>): number {
  let shared = 0;
  for (const word of aWords) if (bWords.has(word)) shared++;
  return likenessOf(shared, aWords.size, bWords.size);
}

function likenessOf(shared: number, aSize: number, bSize: number): number {
  const score = (2 * shared) / (aSize + bSize);
  return shared >= 2 && score >= 0.75 ? score : 0;
}

interface TitleWords {
  /** In the catalog's order, which decides between equally alike titles. */
  titles: { module: CatalogModule; words: Set<string> }[];
  byWord: Map<string, number[]>;
  mostWords: number;
}

function indexWords(byTitle: ReadonlyMap<string, CatalogModule>): TitleWords {
  const titles = [...byTitle].map(([title, module]) => ({ module, words: significantWords(title) }));
  const byWord = new Map<string, number[]>();
  titles.forEach(({ words }, at) => {
    for (const word of words) {
      const holders = byWord.get(word);
      if (holders) holders.push(at);
      else byWord.set(word, [at]);
    }
  });
  return { titles, byWord, mostWords: Math.max(0, ...titles.map(({ words }) => words.size)) };
}

/** Whether two written titles name the same module. */
export function sameModuleTitle(a: string, b: string): boolean {
  const first = normaliseTitle(a);
  const second = normaliseTitle(b);
  return (first.length >= 4 && first === second) || titleLikeness(first, second) > 0;
}

export const emptyCatalog = new CatalogIndex([]);
