import { normaliseUrl, type CatalogModule } from '../notes/catalog';
import type { CourseName } from '../notes/types';
import { courseAreaName, moduleKeys, mostCommon } from '../notes/courseNames';
import { Remembered } from '../notes/remembered';
import { urlKeys } from './moduleUrls';
import type { NotesBelow } from './notesBelow';
import { CourseWords } from './titleLikeness';
import { resourceKindOf, titleWords } from './titleWords';

/** A module as a student wrote it, with what placing it on the course's modules can go by. */
export interface StudentModule {
  /** The file that writes it, as the student's folder names it. */
  file: string;
  /** 0-based line of its opener. */
  line: number;
  title: string;
  url?: string;
  /** The addresses of the opener line's other links. */
  otherUrls?: readonly string[];
  /** Other names it goes by: the first heading of the student's notes page it links to. */
  aliases?: readonly string[];
  /**
   * The first heading of a page nothing links to: a name it goes by only where the course's title
   * holds it word for word (`VideoBigData.md` under `# Hadoop Intro`); a report's heading names its topic.
   */
  pageHeading?: string;
  /** Which run of modules it stands in (one notes area of one file): the course's order holds within a run. */
  run: string;
  /** The course area the run's heading names, when it names one. */
  areaName?: string;
  /** The level it is written under, as the notes name it. */
  level?: string;
  /** Notes written under it, or in a notes file of the student's that it links to. */
  written: boolean;
  /** It names a group or a level of the course's page (`- Containers: [my post](…)`): it stands for all its modules. */
  covers?: 'group' | 'level';
  /**
   * In a file that does not read as notes (`Round2 note.md` with two modules): its modules are the
   * student's only where one of them is surely a course module; else the file is a page of notes.
   */
  loose?: boolean;
  /**
   * A section of a page of notes another module links to, or a heading of a file that does not read
   * as notes: one of the student's modules only where its title surely is the course's.
   */
  withinPage?: boolean;
  /** A level's heading with notes under it and no module: the level's one module of the course, or nothing. */
  levelSection?: boolean;
  /** Notes right under an area's heading: its title is the area's name, no module's, so it is never placed. */
  areaLead?: boolean;
  /** The line of the module of its file in whose notes this heading lies. */
  partOf?: number;
  /** With no notes of its own, right over another module's opener: that module and the words its notes begin with. */
  notesBelow?: NotesBelow;
}

/** Sure: the same address, or the same title in other words. Likely: a title alike enough where the course's order puts it. */
export type Confidence = 'sure' | 'likely';

export interface Placement {
  module: StudentModule;
  /** The course's modules it is: usually one, two for an opener that names two ("… Kafka + Tutorial: Kafka"). */
  catalog: CatalogModule[];
  /** Undefined when it could not be placed. */
  confidence?: Confidence;
  /** The course area its run of modules is about (named by its heading, or by most of its modules), if any. */
  area?: string;
  /** The course module its link is the address of, when its title surely names another: a copied link. */
  linkOf?: CatalogModule;
  /** Other modules its title names as much as those it is placed on ("Kubernetes"): not counted, for a TA to check. */
  perhapsAlso?: CatalogModule[];
  /** The title of the module right below whose notes speak of this one's topic, counted as its notes too. */
  notesBelow?: string;
}

/** Alike enough to be the module wherever it stands, in the course's order or not. */
const sureScore = 0.85;
/** Alike enough to be the module where the order of the modules around it puts it. */
export const orderedScore = 0.4;
/** Alike enough where modules placed surely before and after it leave it a place in the course's order. */
const boundedScore = 0.3;
/** Alike enough to be the module with no support from the order. */
const aloneScore = 0.6;
/** A title must share more than a common word ("Kubernetes") with the course's to be placed by it. */
const leastShared = 1.2;
/** "Lab: Run a Replicated Database" is not "Tutorial: Run a Replicated Database": the kind of resource tells them apart. */
const sameKindBonus = 0.05;
const otherKindPenalty = 0.1;
/** The level the student filed it under is the course's: weak evidence, students misfile. */
const sameLevelBonus = 0.05;
const belowSure = sureScore - 0.001;
/** A word this many of the course's modules have names no topic ("intro", "aws"). */
const commonWordHolders = 5;

interface Candidate {
  at: number;
  score: number;
  sameUrl: boolean;
  /** Every word of the student's title is in the course's. */
  whollyContained: boolean;
  /** The course's title word for word, its kind too: the student names this module, not a topic it shares. */
  asWritten?: boolean;
  /** The likeness of the titles alone, the address aside. */
  byTitle: number;
  /** The address is this module's, but the title surely names another: a link copied from another module. */
  copiedLink?: boolean;
  /** The title names two versions of one of the course's choices alike: which one the student did is a guess. */
  eitherVersion?: boolean;
}

/** The keys of the course's modules a written module is placed on. By key: the course lists Intro to S3 in two areas, and done in one it is done in both. */
export function doneKeys(placements: readonly Placement[]): Set<string> {
  return new Set(placements.flatMap((placement) => (placement.module.written ? placement.catalog.flatMap(moduleKeys) : [])));
}

/**
 * Places students' modules on a course's modules. Students follow the course page's order, so each
 * run of modules is aligned with its area's modules in the course's order (anchored on the sure
 * matches, the gaps between them aligned by title likeness), rather than each title looked up alone.
 */
export class CoursePlacer {
  private readonly words: CourseWords;
  private readonly titles: readonly (readonly string[])[];
  /** Each module's words under each name it goes by. */
  private readonly names: readonly (readonly (readonly string[])[])[];
  private readonly kinds: readonly (string | undefined)[];
  private readonly byUrl = new Map<string, number[]>();
  private readonly byArea = new Map<string, number[]>();
  private readonly areaWords = new Map<string, CourseWords>();
  /** Which modules have each word, under any of their names: only those can be alike a title. */
  private readonly byWord = new Map<string, number[]>();
  /** The course's groups that hold one module, by their words: "Capstone" is one area's final project. */
  private readonly soleOfGroup: { words: Set<string>; at: number }[] = [];
  /** Students write the same titles again and again (and every edit asks again). */
  private readonly studentWords = new Remembered<string[]>(20_000);
  /** Each edit places every module of the student's again, nearly all of them as they were: their candidates by what they are made of. */
  private readonly candidatesByModule = new Remembered<readonly Candidate[]>(20_000);
  /** Each module's titles as wordings (sameWording), made once: every student module is compared with them. */
  private readonly wordings: readonly (readonly string[])[];

  /** The course's areas that hold modules, with the other names students may write them by. */
  private readonly areas: readonly CourseName[];

  constructor(
    private readonly modules: readonly CatalogModule[],
    areaWords: readonly CourseName[] = [],
  ) {
    this.words = new CourseWords(modules.map((module) => module.title));
    this.titles = modules.map((module) => this.words.wordsOf(module.title));
    this.names = modules.map((module, at) => [this.titles[at], ...(module.otherTitles ?? []).map((title) => this.words.wordsOf(title))]);
    this.kinds = modules.map((module) => resourceKindOf(module.title));
    this.wordings = modules.map((module) => [module.title, ...(module.otherTitles ?? [])].map(wordingOf));
    modules.forEach((module, at) => {
      for (const url of [module.url, ...(module.otherUrls ?? [])]) for (const key of url ? urlKeys(url) : []) pushTo(this.byUrl, key, at);
      pushTo(this.byArea, module.area, at);
    });
    // A word is weighed among its area's titles: "kafka" names most of one area's modules, none of another's.
    for (const [area, ats] of this.byArea) this.areaWords.set(area, new CourseWords(ats.map((at) => modules[at].title)));
    this.names.forEach((names, at) => {
      for (const word of new Set(names.flat())) pushTo(this.byWord, word, at);
    });
    const byGroup = new Map<string, number[]>();
    modules.forEach((module, at) => module.group && pushTo(byGroup, `${module.area}\u0000${module.group}`, at));
    for (const [key, ats] of byGroup) if (ats.length === 1) this.soleOfGroup.push({ words: new Set(titleWords(key.split('\u0000')[1])), at: ats[0] });
    const called = new Map(areaWords.map((area) => [area.name, area]));
    this.areas = [...this.byArea.keys()].map((name) => called.get(name) ?? { name });
  }

  /**
   * "### [Lightboard VM vs containers](…/ops-s1-swarm-intro/)": when the address is a module's whose
   * title shares nothing with the student's, and the title surely names another module, the link
   * was copied from elsewhere: the title is believed, and the address is said to be wrong.
   */
  private distrustCopiedLink(candidates: Candidate[], titleWords: readonly string[]): void {
    const byUrl = candidates.filter((candidate) => candidate.sameUrl);
    // A title of one word ("The intro") says too little to overrule an address.
    if (titleWords.filter((word) => !/^\d+$/.test(word)).length < 2) return;
    if (!byUrl.length || byUrl.some((candidate) => candidate.byTitle > 0)) return;
    if (!candidates.some((candidate) => !candidate.sameUrl && candidate.byTitle >= sureScore)) return;
    for (const candidate of byUrl) Object.assign(candidate, { sameUrl: false, score: 0, copiedLink: true });
  }

  /** A section titled by a group of the course's page that holds one module is that module. */
  private groupNamed(title: string): number[] {
    const words = new Set(titleWords(title));
    return this.soleOfGroup.filter((group) => group.words.size === words.size && [...words].every((word) => group.words.has(word))).map((group) => group.at);
  }

  private wordsOf(title: string): string[] {
    return this.studentWords.get(title, () => this.words.wordsOf(title));
  }

  /** The course's modules of an area most like a module the placement left out, likeliest first, at least `least` alike. */
  likeliest(module: StudentModule, area: string, count: number, least = Number.MIN_VALUE): CatalogModule[] {
    const inArea = new Set(this.byArea.get(area) ?? []);
    const titles = [module.title, ...(module.aliases ?? [])].map((title) => this.wordsOf(title));
    const words = this.areaWords.get(area) ?? this.words;
    const scored = [...inArea].map((at) => ({ at, score: Math.max(...titles.flatMap((title) => this.names[at].map((name) => words.likeness(title, name).score))) }));
    return scored
      .filter(({ score }) => score >= least)
      .sort((a, b) => b.score - a.score || a.at - b.at)
      .slice(0, count)
      .map(({ at }) => this.modules[at]);
  }

  /** A link to one of the course's resources or to its site, not to the student's own notes. */
  isCourseUrl(url: string, site: string | undefined): boolean {
    if (urlKeys(url).some((key) => this.byUrl.has(key))) return true;
    return site !== undefined && normaliseUrl(url).startsWith(normaliseUrl(site));
  }

  place(modules: readonly StudentModule[]): Placement[] {
    const runs = runsOf(modules).map((run) => this.placeRun(run));
    const done = doneKeys(runs.flat());
    for (const placement of runs.flat()) this.creditNotesBelow(placement, done);
    for (const run of runs) {
      this.placeOpening(run, done);
      this.placeByKindBetween(run, done);
    }
    this.placeOffSure(runs.flat(), done);
    for (const placement of runs.flat()) this.placeMisfiled(placement);
    return runs.flat();
  }

  /**
   * `- Reading: How TLS Works` under `## Web Apps`: the course's title word for word, of a module of
   * another area, is that module misfiled, as its address would make it, where nothing placed it
   * surely (it was placed by likeness on a module of the area the student never did). Last: a module
   * of another area has no place in this area's order.
   */
  private placeMisfiled(placement: Placement): void {
    const { module, area } = placement;
    if (placement.confidence === 'sure' || module.covers || area === undefined) return;
    const misfiled = this.candidatesOf(module).find((candidate) => candidate.asWritten && !candidate.copiedLink);
    if (!misfiled || this.modules[misfiled.at].area === area) return;
    Object.assign(placement, { catalog: [this.modules[misfiled.at]], confidence: 'sure', area: this.modules[misfiled.at].area });
    delete placement.perhapsAlso;
  }

  /**
   * `[Video: Kubernetes vs Swarm](…)` bare, right over `[Video: Kubernetes in 5 Minutes](…)` whose
   * notes begin by comparing Kubernetes and Swarm: notes right below that begin by speaking of every
   * word of the course's title, one at least that the module below does not name, are this
   * module's too. Likely: whether the student meant them for both is theirs to say. (Bare openers
   * stacked over notes of other topics, as the labelled corpus has three, stay without notes.) Not
   * where other notes write the module up: the credit would be moved to a module no one wrote
   * (placeOffSure); nor in a file that does not read as notes, whose modules stand only by a sure one.
   */
  private creditNotesBelow(placement: Placement, done: Set<string>): void {
    const { module, catalog } = placement;
    const below = module.notesBelow;
    if (module.written || module.loose || !below || catalog.length !== 1 || moduleKeys(catalog[0]).some((key) => done.has(key))) return;
    // A comparison's "versus" names nothing; "VMs Versus Containers" asks for both VMs and containers.
    const topics = titleWords(catalog[0].title).filter((word) => !/^\d+$/.test(word) && word !== 'versus');
    const spoken = new Set(below.words);
    const named = new Set(titleWords(below.title));
    if (!topics.length || !topics.every((word) => spoken.has(word)) || topics.every((word) => named.has(word))) return;
    Object.assign(placement, { module: { ...module, written: true }, confidence: 'likely', notesBelow: below.title });
    for (const key of moduleKeys(catalog[0])) done.add(key);
  }

  /**
   * `UsingMachineLearning.md`, placed by likeness on the Amazon ML lab and the model tutorial that
   * the student's own pages for them surely write up: one write-up is not a second copy of modules
   * written elsewhere, but the likeliest module of its area the notes write nowhere, if one is alike
   * enough alone (the short Machine Learning overview). Likely: likeness says so, not the order.
   */
  private placeOffSure(placements: readonly Placement[], done: Set<string>): void {
    const surely = new Map<string, Placement[]>();
    for (const placement of placements) if (placement.confidence === 'sure' && placement.module.written) for (const key of placement.catalog.flatMap(moduleKeys)) pushTo(surely, key, placement);
    for (const placement of placements) {
      const { module, area } = placement;
      if (placement.confidence !== 'likely' || !isOwnSection(module) || !area) continue;
      if (!placement.catalog.every((entry) => moduleKeys(entry).some((key) => surely.get(key)?.some((other) => other !== placement)))) continue;
      const free = this.candidatesOf(module).find(({ at, score }) => score >= aloneScore && this.modules[at].area === area && !this.modules[at].withdrawn && !moduleKeys(this.modules[at]).some((key) => done.has(key)));
      if (!free) continue;
      placement.catalog = [this.modules[free.at]];
      delete placement.perhapsAlso;
      for (const key of moduleKeys(this.modules[free.at])) done.add(key);
    }
  }

  /**
   * "### 1. Evolution of Big Data" before "### QwikLab: Analyze Big Data with Hadoop": students
   * start an area at its start, and name its opening video by its topic. A run's first written
   * section that places nowhere, before the run's first placed module, is the one module of the
   * area before that module's place that the student's notes write nowhere, if there is one; where
   * there are more, the first of them the section's title names by a word of a topic ("### Hadoop"
   * before the Machine Learning lab: the Hadoop video that opens the area; "### Docker" names the
   * area, no module), the others it names listed as what its notes may also be. Likely: only the
   * order says so.
   */
  private placeOpening(run: Placement[], done: Set<string>): void {
    const first = run.findIndex((placement) => placement.catalog.length > 0);
    const area = run[first]?.area;
    if (first < 1 || !area) return;
    const opening = run.slice(0, first).find(({ module }) => isOwnSection(module));
    if (!opening) return;
    const before = Math.min(...run[first].catalog.map((module) => this.modules.indexOf(module)));
    const left = this.leftBetween(area, -1, before, done);
    const [at, ...alsoNamed] = left.length === 1 ? left : this.namedBy(opening.module.title, left);
    if (at === undefined) return;
    const module = this.modules[at];
    Object.assign(opening, { catalog: [module], confidence: 'likely', area });
    // By title: the course lists the Hadoop tutorial at two levels.
    const perhaps = new Map(alsoNamed.map((other) => [moduleKeys(this.modules[other])[0], this.modules[other]]));
    perhaps.delete(moduleKeys(module)[0]);
    if (perhaps.size) opening.perhapsAlso = [...perhaps.values()];
    for (const key of moduleKeys(module)) done.add(key);
  }

  /** Of the course's modules `ats`, those whose titles share with `title` a word that names a topic: fewer of the course's modules have it than a common word ("docker", "aws"). */
  private namedBy(title: string, ats: readonly number[]): number[] {
    const topics = this.wordsOf(title).filter((word) => !/^\d+$/.test(word) && (this.byWord.get(word)?.length ?? 0) < commonWordHolders);
    return ats.filter((at) => this.names[at].some((name) => topics.some((word) => name.includes(word))));
  }

  /** The area's required modules strictly between two places of the course that the notes write nowhere. */
  private leftBetween(area: string, from: number, to: number, done: Set<string>): number[] {
    return (this.byArea.get(area) ?? []).filter((at) => at > from && at < to && !this.modules[at].withdrawn && !this.modules[at].optional && !moduleKeys(this.modules[at]).some((key) => done.has(key)));
  }

  /**
   * `* Lab` between "Video: why docker" and "What is a container": a written section that places
   * nowhere and says nothing but a kind of resource, alone between two modules placed surely, is
   * the one module of that kind between their places in the course that the notes write nowhere.
   * Likely: only the order says so.
   */
  private placeByKindBetween(run: Placement[], done: Set<string>): void {
    run.forEach((placement, index) => {
      const { module } = placement;
      const kind = resourceKindOf(module.title);
      if (placement.catalog.length || !kind || !isOwnSection(module) || titleWords(module.title).some((word) => !/^\d+$/.test(word))) return;
      const [before, after] = [nearestStanding(run, index, -1), nearestStanding(run, index, 1)];
      if (before?.confidence !== 'sure' || after?.confidence !== 'sure' || !placement.area) return;
      const [from, to] = [Math.max(...before.catalog.map((entry) => this.modules.indexOf(entry))), Math.min(...after.catalog.map((entry) => this.modules.indexOf(entry)))];
      const left = this.leftBetween(placement.area, from, to, done);
      if (left.length !== 1 || this.kinds[left[0]] !== kind) return;
      const found = this.modules[left[0]];
      Object.assign(placement, { catalog: [found], confidence: 'likely' });
      for (const key of moduleKeys(found)) done.add(key);
    });
  }

  private placeRun(run: readonly StudentModule[]): Placement[] {
    // An opener naming two modules is placed as two, in its place: each part is aligned like a module.
    const split = run.filter((module) => !module.covers).map((module) => ({ module, ...this.partsOf(module) }));
    const parts = split.flatMap(({ module, parts: ofModule }) => ofModule.map((part) => ({ module, part })));
    const joiningUnplaced = new Set(split.filter(({ unplacedPart }) => unplacedPart).map(({ module }) => module));
    const candidates = parts.map(({ part }) => this.candidatesOf(part));
    const area = (run[0].areaName && courseAreaName(run[0].areaName, this.areas)) ?? this.areaByVote(candidates);
    const inArea = area ? new Set(this.byArea.get(area)) : undefined;
    const chosen = alignRun(
      candidates.map((list, index) => list.filter((candidate) => !candidate.copiedLink && (candidate.sameUrl || !inArea || inArea.has(candidate.at)) && namesItself(parts[index].part, candidate))),
      (index, a, b) => this.isOtherPart(parts[index].part, a, b),
    );
    if (area) this.placeCopiedTitles(parts.map(({ part }) => part), chosen, area);
    this.doubtNamedAlike(parts.map(({ part }) => part), candidates, chosen);
    const ofModule = new Map<StudentModule, number[]>();
    parts.forEach((entry, index) => pushTo(ofModule, entry.module, index));
    return run.map((module) => {
      if (module.covers) return this.placeCovering(module, area);
      const indexes = ofModule.get(module) ?? [];
      const picks = indexes.map((index) => chosen[index]);
      const catalog = [...new Set(picks.flatMap((pick) => pick?.ats ?? []))].map((at) => this.modules[at]);
      const sure = picks.every((pick) => pick?.confidence === 'sure') && !joiningUnplaced.has(module);
      const confidence = !catalog.length ? undefined : sure ? 'sure' : 'likely';
      const copied = indexes.flatMap((index) => candidates[index].filter((candidate) => candidate.copiedLink))[0];
      const placement: Placement = { module, catalog, confidence, area: catalog[0]?.area ?? area };
      const perhaps = [...new Set(picks.flatMap((pick) => pick?.perhaps ?? []))].map((at) => this.modules[at]);
      if (perhaps.length) placement.perhapsAlso = perhaps;
      if (copied && !catalog.includes(this.modules[copied.at])) placement.linkOf = this.modules[copied.at];
      return placement;
    });
  }

  /**
   * `### AWS Tutorial: Deploy a Scalable Node.js Web App` again under `## Bring It Together`: a title
   * written twice, the second time under a level of the course that holds one module the notes write
   * nowhere, is that module under a title copied from above. Likely: the title says otherwise.
   */
  private placeCopiedTitles(parts: readonly StudentModule[], chosen: (Chosen | undefined)[], area: string): void {
    const placed = new Set(chosen.flatMap((pick) => pick?.ats ?? []));
    // What the picks before this one were placed on: a copy comes after its original.
    const placedBefore = new Set<number>();
    chosen.forEach((pick, index) => {
      const { level } = parts[index];
      if (pick && level && placedBefore.has(pick.ats[0])) {
        const ofLevel = (this.byArea.get(area) ?? []).filter((at) => !this.modules[at].withdrawn && levelsMatch(level, this.modules[at].level));
        if (ofLevel.length === 1 && !placed.has(ofLevel[0])) {
          chosen[index] = { ats: ofLevel, confidence: 'likely' };
          placed.add(ofLevel[0]);
        }
      }
      for (const at of chosen[index]?.ats ?? []) placedBefore.add(at);
    });
  }

  /**
   * `- Containers: [All About Containers](…)`: the modules of the group of that name in the run's
   * area, or of the level (or a level's part, "Bring it together") the line opened. Likely: the page
   * of notes is not read.
   */
  private placeCovering(module: StudentModule, area: string | undefined): Placement {
    const inArea = area ? (this.byArea.get(area) ?? []) : [];
    const words = new Set(titleWords(module.title));
    const level = module.level?.toLowerCase();
    const named = inArea.filter((at) => {
      const { group, level: moduleLevel } = this.modules[at];
      if (module.covers === 'level') return moduleLevel.toLowerCase() === level || group?.toLowerCase() === level;
      const groupWords = titleWords(group ?? '');
      return groupWords.length === words.size && groupWords.every((word) => words.has(word));
    });
    const catalog = named.filter((at) => !this.modules[at].withdrawn).map((at) => this.modules[at]);
    return { module, catalog, confidence: catalog.length ? 'likely' : undefined, area };
  }

  /**
   * "Overview of Kafka + Tutorial: Kafka", "Queues vs Streams and More
   * about Kubernetes": the parts of a title joined by `+`, `&`, `;` or "and", when each part alone is
   * alike enough to a module of its own; else the title whole, with whether one of its parts
   * joined by `+`, `&` or `;` names no module at all.
   */
  private partsOf(module: StudentModule): { parts: StudentModule[]; unplacedPart?: boolean } {
    const byAddress = this.partsByAddress(module);
    if (byAddress) return { parts: byAddress };
    const joined = module.title.split(joinedParts).filter((part) => part.trim());
    let parts = joined;
    // "and" joins words of many course titles too: a title the course has surely is kept whole.
    if (parts.length < 2 && / and /i.test(module.title) && !(this.candidatesOf(module)[0]?.score >= sureScore)) parts = module.title.split(/\s+and\s+/i);
    if (parts.length < 2) return { parts: [module] };
    const asParts = parts.map((title) => ({ ...module, title, aliases: undefined }));
    const best = asParts.map((part) => this.candidatesOf(part)[0]);
    const distinct = new Set(best.map((candidate) => candidate?.at)).size === parts.length;
    if (distinct && best.every((candidate) => candidate && candidate.score >= aloneScore)) return { parts: asParts };
    // "Intro to S3 & Instance": a part that is no module of the course (the EC2 instance of the VM
    // tutorial, in the student's words) leaves the title placed by the rest, but its notes may be of
    // another module too: likely, for a person to check.
    return { parts: [module], unplacedPart: parts === joined && best.some((candidate) => !candidate || candidate.score < boundedScore) };
  }

  /**
   * `[Video Tutorial: Overview of AWS SageMaker](…) + [AWS Tutorial: AWS SageMaker](…)`: a line
   * linking the addresses of two of the course's modules opens both, each part placed by its
   * address. The title goes with the line's first link; the others are known by address alone.
   */
  private partsByAddress(module: StudentModule): StudentModule[] | undefined {
    const urls = [module.url, ...(module.otherUrls ?? [])].filter((url): url is string => url !== undefined);
    const modulesOf = (url: string) => new Set(urlKeys(url).flatMap((key) => this.byUrl.get(key) ?? []));
    const linked = urls.map((url) => ({ url, modules: modulesOf(url) })).filter((link) => link.modules.size > 0);
    const distinct = linked.filter((link, at) => !linked.slice(0, at).some((before) => [...link.modules].some((one) => before.modules.has(one))));
    if (distinct.length < 2) return undefined;
    return distinct.map(({ url }) => ({ ...module, url, otherUrls: undefined, aliases: undefined, title: url === module.url ? module.title : '' }));
  }

  /**
   * Whether course module `b` may be the other part of a section placed on `a`: not one resource in
   * two kinds (the lab and the tutorial "Run a Replicated Database"), nor one the course
   * withdrew, nor a resource of another kind than the section says it is, nor one of three or more
   * modules of the group that the section's title names alike.
   */
  private isOtherPart(section: StudentModule, a: number, b: number): boolean {
    const [first, second] = [this.titles[a], this.titles[b]];
    if (first.length === second.length && first.every((word) => second.includes(word))) return false;
    if (this.modules[a].withdrawn || this.modules[b].withdrawn) return false;
    const kind = resourceKindOf(section.title);
    if (kind && kind !== this.kinds[b]) return false;
    if (!this.areNeighbours(a, b)) return false;
    // "Amazon Machine Learning" is written whole in "Intro to Amazon Machine Learning" alone: that one names it.
    const wording = wordingOf(section.title);
    if (this.writesWhole(a, wording) && !this.writesWhole(b, wording)) return false;
    // "Kubernetes" is in four titles of its group: a section so named is about the topic, and which two it covers a guess.
    return this.namedAlike(section, a).length <= 2;
  }

  /** Course module `at`'s title holds the student's title (its wording) word for word, in its order. */
  private writesWhole(at: number, wording: string): boolean {
    return wording !== '' && this.wordings[at].some((name) => ` ${name} `.includes(` ${wording} `));
  }

  /** The modules of `a`'s group whose titles hold every word of the section's title: "Kubernetes" names four. */
  private namedAlike(section: StudentModule, a: number): number[] {
    const words = this.wordsOf(section.title);
    return (this.byArea.get(this.modules[a].area) ?? []).filter((at) => this.areNeighbours(a, at) && words.every((word) => this.titles[at].includes(word)));
  }

  /**
   * "Kubernetes" placed on the reading on your own names three more modules of its group as much:
   * which of them its notes also are is a guess the tool does not make, neither counting them nor
   * staying silent. Likely, with those the run places nowhere else; an address or the course's title
   * written whole names one resource.
   */
  private doubtNamedAlike(parts: readonly StudentModule[], candidates: readonly (readonly Candidate[])[], chosen: (Chosen | undefined)[]): void {
    const placed = new Set(chosen.flatMap((pick) => pick?.ats ?? []));
    chosen.forEach((pick, index) => {
      const match = pick && candidates[index].find((candidate) => candidate.at === pick.ats[0]);
      if (!pick || !match || match.sameUrl || match.asWritten) return;
      const named = this.namedAlike(parts[index], pick.ats[0]);
      if (!named.includes(pick.ats[0])) return;
      // The kind the title says settles it ("AWS Tutorial: AWS SageMaker Note" is no video). The comparison
      // stays: "Kubernetes" is not Kubernetes vs Swarm, but its notes may well compare the two.
      const kind = resourceKindOf(parts[index].title);
      const perhaps = named.filter((at) => !placed.has(at) && !this.modules[at].withdrawn && (!kind || kind === this.kinds[at]));
      if (!perhaps.length) return;
      Object.assign(pick, { confidence: 'likely', perhaps });
    });
  }

  /** Neighbours in the course: the same group of its page, or two places apart where it has none. */
  private areNeighbours(a: number, b: number): boolean {
    const [groupA, groupB] = [this.modules[a].group, this.modules[b].group];
    return groupA && groupB ? groupA === groupB : Math.abs(a - b) <= 2;
  }

  /**
   * A level's heading with notes under it is the level's module where the area's level has one
   * (Bring it together: the area's final project). Its title says nothing more: likely, and never by likeness
   * ("Beginner" is no "Docker Beginners Guide").
   */
  private soleOfLevel(level: string | undefined): Candidate[] {
    if (!level) return [];
    const byArea = new Map<string, number[]>();
    this.modules.forEach((module, at) => !module.withdrawn && !module.optional && levelsMatch(level, module.level) && pushTo(byArea, module.area, at));
    return [...byArea.values()].filter((ats) => ats.length === 1).map(([at]) => ({ at, score: aloneScore, sameUrl: false, whollyContained: false, byTitle: 0 }));
  }

  /** The area most of a run's clearly placed modules belong to, for a heading that names none ("Area 2", "Checkpoint 1"). */
  private areaByVote(candidates: readonly (readonly Candidate[])[]): string | undefined {
    return mostCommon(candidates.map((list) => list.find((candidate) => candidate.sameUrl || candidate.score >= aloneScore)).map((candidate) => candidate && this.modules[candidate.at].area));
  }

  /**
   * "Hadoop Introduction" is no "Lab: Docker Intro": a title sharing with a module only a word
   * common across the course ("intro"), and holding a word only another area's modules have, is
   * about that other area's topic.
   */
  private namesAnotherArea(words: readonly string[], at: number): boolean {
    const { area } = this.modules[at];
    const holders = (word: string) => this.byWord.get(word) ?? [];
    const shared = words.filter((word) => this.names[at].some((name) => name.includes(word)));
    if (shared.length !== 1 || holders(shared[0]).length < commonWordHolders) return false;
    return words.some((word) => holders(word).length > 0 && holders(word).every((other) => this.modules[other].area !== area));
  }

  /** The course's modules a student's module may be, best first; shared, never changed by the callers. */
  private candidatesOf(module: StudentModule): readonly Candidate[] {
    const { title, url, otherUrls, aliases, pageHeading, level, levelSection, areaLead } = module;
    const key = JSON.stringify([title, url, otherUrls, aliases, pageHeading, level, levelSection, areaLead]);
    return this.candidatesByModule.get(key, () => this.findCandidates(module));
  }

  private findCandidates(module: StudentModule): Candidate[] {
    if (module.levelSection) return this.soleOfLevel(module.level);
    if (module.areaLead) return [];
    const urls = [module.url, ...(module.otherUrls ?? [])].filter((url): url is string => url !== undefined);
    const sameUrl = new Set(urls.flatMap((url) => urlKeys(url).flatMap((key) => this.byUrl.get(key) ?? [])));
    const titles = [module.title, ...(module.aliases ?? [])].map((title) => this.wordsOf(title));
    const headings = headingParts(module.pageHeading).map((part) => this.wordsOf(part));
    const kind = resourceKindOf(module.title);
    const candidates: Candidate[] = [];
    const named = this.groupNamed(module.title);
    const alike = new Set([...sameUrl, ...[...titles, ...headings].flat().flatMap((word) => this.byWord.get(word) ?? [])]);
    const wording = wordingOf(module.title);
    const otherWordings = [...(module.aliases ?? []), ...(module.pageHeading === undefined ? [] : [module.pageHeading])].map(wordingOf);
    for (const at of alike) {
      const names = this.names[at];
      if (!sameUrl.has(at) && this.namesAnotherArea(titles[0], at)) continue;
      const asWritten = this.wordings[at].includes(wording);
      // Optional reading is seldom what notes write up (none of the labelled students' modules is):
      // only its address or its title written whole names it ("Swarm" is the swarm lab, not "Video: Future of Swarm").
      if (this.modules[at].optional && !asWritten && !sameUrl.has(at) && !otherWordings.some((other) => this.wordings[at].includes(other))) continue;
      let score = 0;
      let whollyContained = false;
      let sharesWord = false;
      const words = this.areaWords.get(this.modules[at].area) ?? this.words;
      for (const title of titles)
        for (const name of names) {
          const likeness = words.likeness(title, name);
          sharesWord ||= likeness.shared > 0;
          if (likeness.shared < leastShared || namesOneSide(title, name) || asksOnly(title, name)) continue;
          score = Math.max(score, likeness.score);
          whollyContained ||= likeness.contained > 0.99;
        }
      for (const heading of headings)
        for (const name of heading.length ? names : []) {
          const likeness = words.likeness(heading, name);
          if (likeness.score < sureScore || likeness.contained <= 0.99 || namesOneSide(heading, name)) continue;
          score = Math.max(score, likeness.score);
          whollyContained = sharesWord = true;
        }
      // The level orders alike titles; it never makes a title sure that is not.
      if (score > 0 && module.level && levelsMatch(module.level, this.modules[at].level)) score = score >= sureScore ? score + sameLevelBonus : Math.min(score + sameLevelBonus, belowSure);
      if (score > 0 && kind && this.kinds[at]) score += kind === this.kinds[at] ? sameKindBonus : -otherKindPenalty;
      // A section titled by its topic alone ("Kubernetes") is what "learn more about it on your own" asks for.
      else if (score > 0 && !kind && this.kinds[at] === 'own') score += sameKindBonus;
      if (sameUrl.has(at) || score >= boundedScore) candidates.push({ at, score: sameUrl.has(at) ? Math.max(score, 1) : Math.min(score, 1), sameUrl: sameUrl.has(at), whollyContained, asWritten, byTitle: sharesWord ? Math.max(score, Number.MIN_VALUE) : 0 });
    }
    for (const at of named) if (!alike.has(at)) candidates.push({ at, score: aloneScore, sameUrl: false, whollyContained: false, byTitle: aloneScore });
    this.distrustCopiedLink(candidates, titles[0]);
    // Between equals, the course's current module before one it withdrew, then the course's order.
    const withdrawn = (at: number): number => (this.modules[at].withdrawn ? 1 : 0);
    return this.settleVersions(candidates.sort((a, b) => b.score - a.score || withdrawn(a.at) - withdrawn(b.at) || a.at - b.at), module.level);
  }

  /**
   * "Analyze Big Data with Hadoop", with no kind and no address, is the withdrawn lab or the tutorial
   * that replaced it alike. It is credited with what either would be, the choice, by the withdrawn
   * version: the current one is listed again at a higher level, which this title does not show done.
   * Likely, so that a TA checks which one it was. Filed under the higher level, it is the tutorial.
   */
  private settleVersions(candidates: Candidate[], level: string | undefined): Candidate[] {
    const [best] = candidates;
    const choice = best && !best.sameUrl ? this.modules[best.at].choice : undefined;
    // The address of one version says which it was ("[analyze big data with hadoop](…qwiklabs…)"): sure.
    const linked = choice && candidates.find((candidate) => candidate.sameUrl && this.modules[candidate.at].choice === choice);
    if (linked) return [linked, ...candidates.filter((candidate) => candidate !== linked)];
    if (!choice || (level && !levelsMatch(level, this.modules[best.at].level))) return candidates;
    const version = candidates.find((candidate) => candidate.score === best.score && this.modules[candidate.at].choice === choice && this.modules[candidate.at].withdrawn !== this.modules[best.at].withdrawn);
    if (!version) return candidates;
    const chosen = this.modules[best.at].withdrawn ? best : version;
    chosen.eitherVersion = true;
    return [chosen, ...candidates.filter((candidate) => candidate !== chosen)];
  }
}

interface Chosen {
  ats: number[];
  confidence: Confidence;
  /** Modules the section's title names as much as those it is placed on. */
  perhaps?: number[];
}

/**
 * For each module of a run, the course's module it is: sure matches anchor the run (the longest
 * series of them in the course's order), the modules between two anchors are aligned with the
 * course's modules between them (the most likeness in order), and what is left is placed alone
 * when alike enough.
 */
function alignRun(candidates: readonly (readonly Candidate[])[], isPart: (index: number, a: number, b: number) => boolean): (Chosen | undefined)[] {
  const chosen: (Chosen | undefined)[] = candidates.map(() => undefined);
  const taken = new Set<number>();
  const anchors: { index: number; at: number }[] = [];
  candidates.forEach((list, index) => {
    const best = list[0];
    if (!best || !(best.sameUrl || best.score >= sureScore)) return;
    if (taken.has(best.at)) {
      // A second title the same as a module already placed ("Queues vs streams whiteboard" after
      // "VMs Versus Containers") is more likely the module beside it, if one is alike; else a copy.
      if (!best.sameUrl && list.some((candidate) => !taken.has(candidate.at) && candidate.score >= orderedScore)) return;
      chosen[index] = { ats: [best.at], confidence: confidenceOf(best) };
      return;
    }
    chosen[index] = { ats: [best.at], confidence: confidenceOf(best) };
    taken.add(best.at);
    anchors.push({ index, at: best.at });
  });
  const backbone = longestInOrder(anchors);
  const bounds = [{ index: -1, at: -1 }, ...backbone, { index: candidates.length, at: Number.MAX_SAFE_INTEGER }];
  for (let gap = 0; gap + 1 < bounds.length; gap++) {
    const [from, to] = [bounds[gap], bounds[gap + 1]];
    alignGap(candidates, from, to, taken, chosen);
  }
  candidates.forEach((list, index) => {
    if (chosen[index]) return;
    const alone = list.find((candidate) => !taken.has(candidate.at) && candidate.score >= aloneScore);
    if (!alone) return;
    chosen[index] = { ats: [alone.at], confidence: 'likely' };
    taken.add(alone.at);
  });
  candidates.forEach((list, index) => coverNeighbour(list, chosen[index], taken, (a, b) => isPart(index, a, b)));
  return chosen;
}

function confidenceOf(candidate: Candidate): Confidence {
  return candidate.eitherVersion ? 'likely' : 'sure';
}

/**
 * A section titled by what two neighbouring modules of the course share ("VMs vs Containers"
 * beside both VM videos, "Amazon SageMaker" beside the SageMaker video and tutorial, "Amazon
 * Kafka" beside both Kafka modules) is the notes of both when the notes write the other
 * nowhere: every word of its title is in each and in no third module of their group, and they
 * stand in one group of the course's page.
 */
function coverNeighbour(list: readonly Candidate[], chosen: Chosen | undefined, taken: Set<number>, isPart: (a: number, b: number) => boolean): void {
  if (!chosen || chosen.ats.length !== 1) return;
  const [at] = chosen.ats;
  const match = list.find((candidate) => candidate.at === at);
  // An address names one resource, and so does the course's title written whole ("Video: VMs Versus Containers").
  if (!match?.whollyContained || match.sameUrl || match.asWritten) return;
  const neighbour = list.find((candidate) => candidate.whollyContained && !taken.has(candidate.at) && isPart(at, candidate.at));
  if (!neighbour) return;
  chosen.ats.push(neighbour.at);
  chosen.confidence = 'likely';
  taken.add(neighbour.at);
}

/** The most likeness over the modules strictly between two anchors, each course module used once and in order. */
function alignGap(candidates: readonly (readonly Candidate[])[], from: { index: number; at: number }, to: { index: number; at: number }, taken: Set<number>, chosen: (Chosen | undefined)[]): void {
  const rows: { index: number; options: Candidate[] }[] = [];
  for (let index = from.index + 1; index < to.index; index++) {
    if (chosen[index]) continue;
    const least = from.index >= 0 && to.index < candidates.length ? boundedScore : orderedScore;
    const options = candidates[index].filter((candidate) => candidate.at > from.at && candidate.at < to.at && !taken.has(candidate.at) && candidate.score >= least);
    if (options.length) rows.push({ index, options });
  }
  if (!rows.length) return;
  // best[r][k]: the most likeness for rows r.. with course modules after the k-th option's position.
  const picks = bestInOrder(rows);
  for (const { index, candidate } of picks) {
    chosen[index] = { ats: [candidate.at], confidence: candidate.score >= sureScore ? confidenceOf(candidate) : 'likely' };
    taken.add(candidate.at);
  }
}

/** A choice of options, the last one first: states share their past instead of copying it. */
interface Picks {
  index: number;
  candidate: Candidate;
  before?: Picks;
}

/** The choice of one option per row (or none) with increasing course positions that sums the most score. */
function bestInOrder(rows: readonly { index: number; options: Candidate[] }[]): { index: number; candidate: Candidate }[] {
  // States are (last course position used) → the best total so far; a course area's modules are few, so are the states.
  let states = new Map<number, { total: number; picks?: Picks }>([[-1, { total: 0 }]]);
  for (const row of rows) {
    const next = new Map(states);
    for (const [last, state] of states)
      for (const candidate of row.options) {
        if (candidate.at <= last) continue;
        const total = state.total + candidate.score;
        const known = next.get(candidate.at);
        if (!known || total > known.total) next.set(candidate.at, { total, picks: { index: row.index, candidate, before: state.picks } });
      }
    states = pruneDominated(next);
  }
  let best: { total: number; picks?: Picks } = { total: 0 };
  for (const state of states.values()) if (state.total > best.total) best = state;
  const chosen: { index: number; candidate: Candidate }[] = [];
  for (let pick = best.picks; pick; pick = pick.before) chosen.push({ index: pick.index, candidate: pick.candidate });
  return chosen.reverse();
}

/** A state that has used more of the course for less score can never win: dropping it keeps the states few. */
function pruneDominated<T extends { total: number }>(states: Map<number, T>): Map<number, T> {
  const kept = new Map<number, T>();
  let bestSoFar = -Infinity;
  for (const last of [...states.keys()].sort((a, b) => a - b)) {
    const state = states.get(last) as T;
    if (state.total > bestSoFar) {
      kept.set(last, state);
      bestSoFar = state.total;
    }
  }
  return kept;
}

/**
 * The longest series of anchors whose course positions increase with their place in the notes.
 * Patience sorting: the series' tails are as many as the course's modules at most, so a run of a
 * hundred thousand modules costs its length times the log of the course's size.
 */
function longestInOrder<T extends { at: number }>(anchors: readonly T[]): T[] {
  const tails: number[] = [];
  const before = anchors.map(() => -1);
  anchors.forEach((anchor, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (anchors[tails[middle]].at < anchor.at) low = middle + 1;
      else high = middle;
    }
    if (low > 0) before[index] = tails[low - 1];
    tails[low] = index;
  });
  const series: T[] = [];
  for (let at = tails.length ? tails[tails.length - 1] : -1; at >= 0; at = before[at]) series.push(anchors[at]);
  return series.reverse();
}

/** A title's words in order, case, markup and punctuation aside: "**Video: VMs Versus Containers**" is worded as the course's "Video: VMs Versus Containers". */
function wordingOf(title: string): string {
  return title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
}

/**
 * "Swarm" is not "Video: Kubernetes vs Swarm", nor "Container" "Video: VMs Versus Containers": a
 * title that shares with a course's comparison only one of the two things it compares is about that
 * thing, not the comparison. Both are titles' words as CourseWords.wordsOf gives them.
 */
function namesOneSide(student: readonly string[], course: readonly string[]): boolean {
  const at = course.indexOf('versus');
  if (at <= 0 || student.includes('versus')) return false;
  const shared = student.filter((word) => course.includes(word));
  return shared.length === 1 && (shared[0] === course[at - 1] || shared[0] === course[at + 1]);
}

/** What joins the names of two resources in one title: "Overview of Kafka + Tutorial: Kafka". */
const joinedParts = /\s+[+&]\s+|\s*;\s+/;

/** Words that ask: rare in the course's titles, yet they name nothing. */
const questionWords = new Set(['what', 'why', 'how', 'when', 'where', 'which', 'who']);

/** "What is docker" shares with "Video: What are Containers?" only the question it asks. */
function asksOnly(student: readonly string[], course: readonly string[]): boolean {
  const shared = student.filter((word) => course.includes(word));
  return shared.length > 0 && shared.every((word) => questionWords.has(word));
}

function levelsMatch(written: string, course: string): boolean {
  return written.toLowerCase() === course.toLowerCase();
}

/**
 * A section of a linked page is a module of its own by its address or by a title the course's holds
 * word for word: a tutorial's step ("1. Create Elastic Beanstalk App and Launch") is alike another
 * module's title and is no writeup of it.
 */
function namesItself(module: StudentModule, candidate: Candidate): boolean {
  return !module.withinPage || candidate.sameUrl || (candidate.score >= sureScore && candidate.whollyContained);
}

/** The nearest placement from `index` in `step`'s direction that is placed or is a section of the student's own. */
function nearestStanding(run: readonly Placement[], index: number, step: 1 | -1): Placement | undefined {
  for (let at = index + step; at >= 0 && at < run.length; at += step) if (run[at].catalog.length || isOwnSection(run[at].module)) return run[at];
  return undefined;
}

/** A module of the student's own notes, written up, that stands for no more than itself. */
function isOwnSection(module: StudentModule): boolean {
  return module.written && !module.covers && !module.loose && !module.withinPage && !module.levelSection;
}

function runsOf(modules: readonly StudentModule[]): StudentModule[][] {
  const runs = new Map<string, StudentModule[]>();
  for (const module of modules) pushTo(runs, module.run, module);
  return [...runs.values()];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A site's page title joins its section and its own name ("Docker and Containers - Docker
 * Networking Lab", "Swarm | My notes"): the whole, and each part, may be the course's title.
 */
function headingParts(heading: string | undefined): string[] {
  if (heading === undefined) return [];
  const parts = heading.split(/\s+[-–—|]\s+/).filter((part) => part.trim());
  return parts.length > 1 ? [heading, ...parts] : [heading];
}
