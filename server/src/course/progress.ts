import type { CatalogIndex, CatalogModule } from '../notes/catalog';
import { moduleKeys } from '../notes/courseNames';
import { readLevelMarker } from '../notes/markers';
import type { CourseRules, RoundRule } from '../catalog/course';
import type { Course } from '../catalog/course';
import { coursePlacer } from './coursePlacer';
import { doneKeys, orderedScore, type Confidence, type CoursePlacer, type Placement, type StudentModule } from './placement';
import { levelRequirements, type Requirement } from './requirements';
import { studentModules, type LoggedLine, type NotesSummary } from './studentNotes';

export interface ModuleLeft {
  title: string;
  /** The course's estimate; null when the course gives none. */
  minutes: number | null;
  module: CatalogModule;
  /** Other modules that would do instead ("either replication lab"), or with it ("2 of these 4"). */
  alternatives?: CatalogModule[];
  /** The student's time log names it (or one of its alternatives), yet no notes of theirs are counted as it: what they did, or notes the tool could not read. */
  logged?: LoggedModule;
}

/** A line of a student's time log: its file (as the student's folder names it), 0-based line, title as logged, and the course's title of the module it names. */
export interface LoggedModule {
  file: string;
  line: number;
  title: string;
  courseTitle: string;
}

export interface LevelProgress {
  level: string;
  /** This level's requirements are all done (the lower levels' need not be). */
  met: boolean;
  required: number;
  done: number;
  left: ModuleLeft[];
  /** The course's estimates of the modules left, added up. */
  minutesLeft: number;
}

/** A module of the student's as placed on the course, for the views that list what the tool is unsure of. */
export interface PlacedModule {
  /** The file that writes it, as the student's folder names it. */
  file: string;
  /** 0-based line of its opener. */
  line: number;
  title: string;
  /** The course's titles it was placed on; none when it could not be placed. */
  catalog: string[];
  confidence?: Confidence;
  written: boolean;
  /** The course area it was placed in, or its run of modules is about. */
  area?: string;
  /** A page of notes nothing links to, taken for the module its name says. */
  page?: boolean;
  /** For a module with notes that could not be placed: the course's modules it most likely is, or its area still asks for. */
  suggested?: string[];
  /** The course module its link is the address of, when its title surely names another: a link copied from elsewhere. */
  linkOf?: string;
  /** It names a group or a level of the course's page and links the student's page of notes on all of it. */
  covers?: 'group' | 'level';
  /** For a likely module: the modules not done that its title names as much as those it was placed on, which its notes may also be. */
  perhapsAlso?: string[];
  /** A heading in another module's notes that is a module of its own: the line of that module's opener. */
  partOf?: number;
  /** With no notes of its own, counted by the notes of the module right below it, which speak of its topic: that module's title. */
  notesBelow?: string;
  /** Notes right under an area's heading, in no module: `line` is the area's heading. */
  areaLead?: boolean;
}

export interface AreaProgress {
  /** As the course names it, whatever the notes wrote. */
  area: string;
  /** The highest level met with every level below it; null before the first. */
  reached: string | null;
  /** The lowest level not met: what the student works towards; undefined when every level is. */
  next?: string;
  /** The levels the area has (a level requiring no module of this area is left out), lowest first. */
  levels: LevelProgress[];
  /** Modules of this area's notes placed by likeness and order only: counted, to be checked. */
  likely: PlacedModule[];
  /** Modules with notes in this area's notes that match no module of the course: not counted. */
  unplaced: PlacedModule[];
}

export interface RoundProgress {
  name: string;
  due: string;
  met: boolean;
  /** What the round still asks, one sentence per requirement short of it: "1 more area at Advanced". */
  missing: string[];
  alternatives?: string[];
  /** The notes judged were those of this time, not of the round's own due date (summary --at another round or a date). */
  judgedAt?: string;
}

export interface CourseProgress {
  areas: AreaProgress[];
  rounds: RoundProgress[];
  /** Modules with notes in no area of the course (a heading naming none, no heading), that match no module. */
  unplaced: PlacedModule[];
  /** Markdown files of the student's that hold no notes the tool can place: a TA checks them by hand. */
  unread: string[];
  /** Every module of the student's notes and where it was placed. */
  placements: PlacedModule[];
}

/**
 * How far one student's notes go through the course: each module the notes write is placed on the
 * course's modules (course/placement.ts), a course module is done when a module placed on it has
 * notes written, and each level of each area is met when its requirements are done. Computed here
 * once; every view renders it.
 */
export function courseProgress(files: readonly NotesSummary[], course: Course): CourseProgress {
  const placer = coursePlacer(course);
  const { modules, pages } = studentModules(files, { isCourseUrl: (url) => placer.isCourseUrl(url, course.site), levelNamed: (name) => levelNamed(name, course) });
  const everyPlacement = placeUnderUnplaced(placer, [...modules, ...pages]);
  const placements = placeCopies(keepStandingPlacements(everyPlacement));
  const done = doneModules(placements);
  const areaNames = course.areas ?? course.catalog.areaNames;
  const pageSet = new Set(pages);
  const placed = placements.map((placement) => placedModule(placement, pageSet.has(placement.module), done));
  const placedOn = new Set(placed.flatMap((module) => module.catalog));
  const logged = loggedModules(files, course.catalog, placedOn);
  const areas = areaNames.map((area) => areaProgress(area, course, done, placed.filter((module) => module.area === area), logged));
  const headingsOf = headingsWithin(everyPlacement, placements);
  placements.forEach((placement, index) => suggest(placed[index], placement, areas, placer, headingsOf(placement.module), placedOn));
  return {
    areas,
    rounds: course.rules.rounds.map((round) => roundProgress(round, areas, course.rules)),
    unplaced: placed.filter((module) => !module.catalog.length && module.written && !module.area && !module.page),
    unread: placed.filter((module) => module.page && !(module.catalog.length && module.written)).map((module) => module.file),
    placements: placed,
  };
}

/** The course's level a file or folder name says, as a level's heading would (`Intermediate`, `beginner level`, `Cloud Beginner`). */
function levelNamed(name: string, course: Course): string | undefined {
  const marker = readLevelMarker(name, course.catalog.names);
  return marker?.rest === '' ? marker.name : undefined;
}

/**
 * What an unplaced module with notes may be: the modules most like the headings in its notes that
 * name none surely (`#### Use LAMP server to record visits of a website` under `### Practice`),
 * then the area's modules most like it, else what the area's next level still asks; never one
 * another of the student's modules is placed on (`placedOn`): linking it there would write that
 * module twice, and its fix would count the one left unwritten.
 */
function suggest(placed: PlacedModule, { module }: Placement, areas: readonly AreaProgress[], placer: CoursePlacer, headings: readonly StudentModule[], placedOn: ReadonlySet<string>): void {
  const area = areas.find((entry) => entry.area === placed.area);
  if (placed.catalog.length || !placed.written || placed.page || !area) return;
  const unwritten = (titles: string[]) => titles.filter((title) => !placedOn.has(title));
  const left = unwritten(area.levels.find((level) => level.level === area.next)?.left.map((entry) => entry.title) ?? []);
  // An area's name is like its modules' titles, none of which it is: what the area still asks is all there is to say.
  if (placed.areaLead) return void (placed.suggested = left.slice(0, suggestionCount));
  // As alike as a title the course's order places: here no order speaks for it.
  const named = headings.flatMap((heading) => placer.likeliest(heading, area.area, 1, orderedScore)).map((entry) => entry.title);
  const alike = placer.likeliest(module, area.area, suggestionCount + placedOn.size).map((entry) => entry.title);
  placed.suggested = [...new Set(unwritten([...named, ...alike, ...left]))].slice(0, suggestionCount);
}

/**
 * `#### Use LAMP server to record visits` beside `#### Launch a VM` under `### Practice`: a section
 * that places nowhere, yet holds a heading surely naming a course module, holds modules, not a
 * module's steps; its other headings name what they are better than it does, and each is placed
 * as a module of its own, likely by its title and place too. Placed nowhere, it stays a part of
 * those notes. Everything else keeps its first placing: the section itself is not placed anew.
 */
function placeUnderUnplaced(placer: CoursePlacer, modules: readonly StudentModule[]): Placement[] {
  const first = placer.place(modules);
  const freed = headingsToFree(first);
  if (!freed.size) return first;
  const again = new Map(placer.place(modules.map((module) => freed.get(module) ?? module)).map((placement) => [placement.module, placement]));
  return first.map((placement) => {
    const own = freed.get(placement.module);
    const replaced = own && again.get(own);
    return replaced?.catalog.length ? replaced : placement;
  });
}

/** The headings placed nowhere in the notes of a section placed nowhere that holds a heading placed surely, each as a module of its own. */
function headingsToFree(placements: readonly Placement[]): Map<StudentModule, StudentModule> {
  const unplaced = new Set(placements.filter(({ catalog, module }) => !catalog.length && module.partOf === undefined).map(({ module }) => lineKey(module.file, module.line)));
  const holdingModules = new Set(placements.filter(({ module, confidence }) => confidence === 'sure' && module.partOf !== undefined).map(({ module }) => lineKey(module.file, module.partOf as number)));
  const freed = new Map<StudentModule, StudentModule>();
  for (const { module, catalog } of placements) {
    if (catalog.length || module.partOf === undefined || !module.withinPage) continue;
    const holder = lineKey(module.file, module.partOf);
    if (unplaced.has(holder) && holdingModules.has(holder)) freed.set(module, { ...module, withinPage: false });
  }
  return freed;
}

/**
 * A module written twice under its course title (`duplicate-module` says so) is that module both
 * times: the course's order places one copy, and the other was said to match nothing.
 */
function placeCopies(placements: readonly Placement[]): Placement[] {
  const sure = new Map<string, Placement>();
  for (const placement of placements) if (placement.confidence === 'sure') sure.set(copyKey(placement.module), placement);
  return placements.map((placement) => {
    const { module } = placement;
    // Placed likely, a copy may be another module with its title pasted over (`### Deploy …` heading the Modern Web App's notes).
    const first = placement.catalog.length || module.withinPage || module.partOf !== undefined ? undefined : sure.get(copyKey(module));
    return first ? { ...placement, catalog: first.catalog, confidence: first.confidence, area: first.area } : placement;
  });
}

function copyKey(module: StudentModule): string {
  return `${module.title.trim().toLowerCase()}\u0000${module.url ?? ''}`;
}

/** A line of a student's file, as a key: a heading's `partOf` names its module by the module's line. */
function lineKey(file: string, line: number): string {
  return `${file}\u0000${line}`;
}

/** The headings in a module's notes that are no module of their own, by the module. */
function headingsWithin(every: readonly Placement[], kept: readonly Placement[]): (holder: StudentModule) => StudentModule[] {
  const standing = new Set(kept.map(({ module }) => module));
  const byHolder = new Map<string, StudentModule[]>();
  for (const { module } of every) {
    if (module.partOf === undefined || standing.has(module)) continue;
    const key = lineKey(module.file, module.partOf);
    const headings = byHolder.get(key);
    if (headings) headings.push(module);
    else byHolder.set(key, [module]);
  }
  return (holder) => byHolder.get(lineKey(holder.file, holder.line)) ?? [];
}

const suggestionCount = 3;

/**
 * A file that does not read as notes holds modules if one of them is surely the course's; else it is
 * one page of notes. A linked page's section written up is a module of its own where it is placed
 * (the placement holds it to the course's title word for word); else it is part of the notes linking to it.
 * A level's heading with notes is a module where its level has one; else its notes are the level's.
 * So is a heading in a module's notes that surely names another module of the course.
 */
function keepStandingPlacements(allPlacements: readonly Placement[]): Placement[] {
  const placements = allPlacements.filter(({ module, confidence }) => !(module.withinPage || module.levelSection) || (confidence !== undefined && module.written)).filter(notStepOfItsModule(allPlacements));
  const holdModules = new Set(placements.filter(({ module, confidence }) => module.loose && confidence === 'sure').map(({ module }) => module.file));
  const looseFiles = new Set(placements.filter(({ module }) => module.loose).map(({ module }) => module.file));
  return placements.filter(({ module }) => (module.loose ? holdModules.has(module.file) : !(holdModules.has(module.file) && looseFiles.has(module.file))));
}

/** `#### Break the Monolith into micro service` in the notes of the tutorial of that name: a step of them, not a module again. */
function notStepOfItsModule(placements: readonly Placement[]): (placement: Placement) => boolean {
  const byLine = new Map(placements.map((placement) => [lineKey(placement.module.file, placement.module.line), placement]));
  return ({ module, catalog }) => {
    if (module.partOf === undefined) return true;
    const holder = byLine.get(lineKey(module.file, module.partOf));
    return !holder || !catalog.some((entry) => holder.catalog.includes(entry));
  };
}

function placedModule({ module, catalog, confidence, area, linkOf, perhapsAlso, notesBelow }: Placement, page: boolean, done: (module: CatalogModule) => boolean): PlacedModule {
  const placed: PlacedModule = { file: module.file, line: module.line, title: module.title, catalog: catalog.map((entry) => entry.title), confidence, written: module.written, area };
  if (page) placed.page = true;
  if (linkOf) placed.linkOf = linkOf.title;
  if (notesBelow) placed.notesBelow = notesBelow;
  // What other notes of the student's write is counted already: no doubt left about it.
  const notDone = (perhapsAlso ?? []).filter((entry) => !done(entry));
  if (notDone.length) placed.perhapsAlso = notDone.map((entry) => entry.title);
  if (module.covers) placed.covers = module.covers;
  if (module.partOf !== undefined) placed.partOf = module.partOf;
  if (module.areaLead) placed.areaLead = true;
  return placed;
}

/** The course lists some modules twice (Intro to S3 in two areas): having done one, the student has done both. */
function doneModules(placements: readonly Placement[]): (module: CatalogModule) => boolean {
  const keys = doneKeys(placements);
  return (module) => moduleKeys(module).some((key) => keys.has(key));
}

/**
 * The course modules the student's time logs name in full, by the course's title: the first line
 * naming one is the one shown. A log lists what was done, not notes: it counts for nothing, but a
 * module left that a log names and no module of the notes is placed on is where the tool may have
 * missed notes, and says so. One the notes write with nothing under it is said there (`empty-module`).
 */
function loggedModules(files: readonly NotesSummary[], catalog: CatalogIndex, placedOn: ReadonlySet<string>): (module: CatalogModule) => LoggedModule | undefined {
  const byTitle = new Map<string, LoggedModule>();
  for (const { path, logged } of files) for (const entry of logged ?? []) rememberLogged(byTitle, catalog, path, entry);
  return (module) => (placedOn.has(module.title) ? undefined : byTitle.get(module.title));
}

function rememberLogged(byTitle: Map<string, LoggedModule>, catalog: CatalogIndex, file: string, { line, title, url }: LoggedLine): void {
  // `AWS Tutorial: Analyze Big Data with Hadoop` is that tutorial, not the QwikLab the kinds aside would make it.
  const written = title.trim().toLowerCase();
  const module = catalog.modules.find((entry) => entry.title.toLowerCase() === written) ?? catalog.findWhole(title, url);
  if (module && !byTitle.has(module.title)) byTitle.set(module.title, { file, line, title, courseTitle: module.title });
}

function areaProgress(area: string, course: Course, done: (module: CatalogModule) => boolean, placed: readonly PlacedModule[], logged: (module: CatalogModule) => LoggedModule | undefined): AreaProgress {
  const levels = levelRequirements(area, course).map(({ level, requirements }) => levelProgress(level, requirements, done, logged));
  const firstShort = levels.findIndex((level) => !level.met);
  const reachedCount = firstShort < 0 ? levels.length : firstShort;
  return {
    area,
    reached: reachedCount ? levels[reachedCount - 1].level : null,
    next: firstShort < 0 ? undefined : levels[firstShort].level,
    levels,
    likely: placed.filter((module) => module.confidence === 'likely' && module.written),
    // A page of notes that places nowhere is a file the tool could not read as notes (`unread`), not a module.
    unplaced: placed.filter((module) => !module.catalog.length && module.written && !module.page),
  };
}

function levelProgress(level: string, requirements: readonly Requirement[], done: (module: CatalogModule) => boolean, logged: (module: CatalogModule) => LoggedModule | undefined): LevelProgress {
  const left = requirements.filter(({ modules, need }) => modules.filter(done).length < need).map(({ modules }) => moduleLeft(modules.filter((module) => !done(module)), logged));
  const minutesLeft = left.reduce((sum, module) => sum + (module.minutes ?? 0), 0);
  return { level, met: left.length === 0, required: requirements.length, done: requirements.length - left.length, left, minutesLeft };
}

function moduleLeft(modules: readonly CatalogModule[], loggedOf: (module: CatalogModule) => LoggedModule | undefined): ModuleLeft {
  const [first, ...others] = modules;
  const left: ModuleLeft = { title: first.title, minutes: first.minutes ?? null, module: first };
  if (others.length) left.alternatives = others;
  const logged = modules.map(loggedOf).find(Boolean);
  if (logged) left.logged = logged;
  return left;
}

/** Levels are ranked by the rules' order: an area at Advanced counts towards "Basics in a second area" too. */
function roundProgress(round: RoundRule, areas: readonly AreaProgress[], rules: CourseRules): RoundProgress {
  const rank = (level: string | null): number => (level === null ? -1 : rules.levels.findIndex((rule) => rule.name === level));
  const highest = Math.max(...round.requires.map((requirement) => rank(requirement.level)));
  const missing = round.requires.flatMap(({ level, areas: wanted }) => {
    const have = areas.filter((area) => rank(area.reached) >= rank(level)).length;
    const short = wanted - have;
    // `2 more areas at Beginner` beside `1 more area at Intermediate` read as three areas: the Intermediate one counts for Beginner too.
    const orAbove = rank(level) < highest ? ' or above' : '';
    return short > 0 ? [`${short} more ${short === 1 ? 'area' : 'areas'} at ${level}${orAbove}`] : [];
  });
  const result: RoundProgress = { name: round.name, due: round.due, met: missing.length === 0, missing };
  if (round.alternatives) result.alternatives = round.alternatives;
  return result;
}
