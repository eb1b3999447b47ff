import type { CatalogIndex } from './catalog';
import { isShortTitle, type OpenerCandidate } from './openers';
import type { Module, OpenerStyle } from './types';

/** Headings beside a module heading that sum up rather than name a resource. */
const summaryHeading = /\b(summary|write-?up|conclusion|reflection|takeaways?|references?|resources|notes|level|questions?|learn(ed|t))\b/i;
const numberedHeading = /^\d+(\.\d+)*[.)]?\s/;
/** `1.1 Docker Images`, `2.3 Overlay`: a part of a numbered section. */
const partNumberedHeading = /^\d+\.\d+\b/;
/** `1. What is container`, `1.Launch a linux VM`: the first of a numbered run. */
const firstNumberedHeading = /^1[.)]\s*\p{L}/u;

/**
 * How much evidence a line needs to open a module where it stands. The notes reader (notesReader.ts)
 * decides here for both line sources, remark's (parse.ts) and the text's (textLines.ts),
 * so that an unopened file lists the modules its opened self would.
 */
export type Context = 'preamble' | 'open' | 'sibling' | 'heading-notes' | 'other-notes';

/** The module a reader has open; `C` is what the reader knows a container by. */
export interface OpenModuleView<C> {
  module: Module;
  container: C | undefined;
  headingDepth?: number;
  /** The opener heading is numbered like `### 4. …`. */
  numbered?: boolean;
}

export interface ReadingState<C> {
  current?: OpenModuleView<C>;
  /** An area or a level is open. */
  inSection: boolean;
  /** The depth of a plain heading whose notes the line is in. */
  sectionDepth?: number;
}

export function readingContext<C>(state: ReadingState<C>, container: C | undefined, style: OpenerStyle): Context {
  const { current, sectionDepth } = state;
  if (!current) {
    if (sectionDepth !== undefined) return 'heading-notes';
    return state.inSection ? 'open' : 'preamble';
  }
  if (current.headingDepth !== undefined || sectionDepth !== undefined) return 'heading-notes';
  if (current.module.style === style && current.container === container) return 'sibling';
  if (current.module.style === style && style !== 'list-item') return 'sibling';
  return 'other-notes';
}

/** A time, a resource's name or a catalog entry: evidence wherever the line stands. */
export function isStrongOpener(candidate: OpenerCandidate, catalog: CatalogIndex): boolean {
  return candidate.estimate !== undefined || candidate.namesResource || catalog.find(candidate.title, candidate.url) !== undefined;
}

export function opensInContext<C>(context: Context, candidate: OpenerCandidate, quoted: boolean, current: OpenModuleView<C> | undefined, catalog: CatalogIndex): boolean {
  const timed = candidate.estimate !== undefined;
  switch (context) {
    case 'preamble':
      return timed && (candidate.linkLed || candidate.namesResource);
    case 'open':
      return candidate.linkLed || timed || isStrongOpener(candidate, catalog) || (quoted && isShortTitle(candidate));
    case 'sibling':
      return (candidate.linkLed && !quoted && isNamedLink(candidate)) || timed || isStrongOpener(candidate, catalog) || (quoted && isShortTitle(candidate));
    case 'heading-notes': {
      // `### OpenNetVM Introduction (studied 2 hours)` over `[Video: OpenNetVM NFV platform](url)`: the link is the heading's resource.
      if (!timed && current?.headingDepth !== undefined && !current.module.url && !current.module.hasNotes) return false;
      // Most lines here are the heading's notes: the catalog is asked only of a line the rest lets open.
      const inCatalog = (): boolean => catalog.find(candidate.title, candidate.url) !== undefined;
      if ((candidate.linkLed || isLinkWrittenOut(candidate, catalog)) && candidate.namesResource && inCatalog()) return true;
      return timed && (candidate.linkLed || candidate.namesResource || inCatalog());
    }
    case 'other-notes':
      return timed || ((candidate.linkLed || isLinkWrittenOut(candidate, catalog)) && catalog.find(candidate.title, candidate.url) !== undefined);
  }
}

/** `QwikLab: Intro to DynamoDB: https://…`: a named resource and its address, a link written out. */
function isLinkWrittenOut(candidate: OpenerCandidate, catalog: CatalogIndex): boolean {
  // By the title in full, not the address alone: `Video: I rewatched https://…` names no module.
  return candidate.url !== undefined && candidate.namesResource && catalog.findWhole(candidate.title) !== undefined;
}

/** A line that goes on with notes after its title opens a module where modules are listed, never in another's notes: there it is a reference. */
export function opensWithNotes(context: Context): boolean {
  return context === 'open' || context === 'sibling';
}

/** A one-word link (`Repo`, `Tutorial`) is a reference unless the catalog knows where it points. */
function isNamedLink(candidate: OpenerCandidate): boolean {
  return candidate.title.trim().split(/\s+/).length >= 2;
}

export function isNumberedHeading(plain: string): boolean {
  return numberedHeading.test(plain);
}

/** What a reader knows about a heading line that could open a module. */
export interface HeadingEvidence {
  depth: number;
  plain: string;
  /** A labelled time stands on the line under the heading: asked only when the heading itself does not decide. */
  timeBelow: () => boolean;
  /** The first sentence of notes under the heading closes with the student's time: asked where modules are listed. */
  timeClosesNotes: () => boolean;
  /**
   * The module open before it ends with its logged time, and the heading's section with another:
   * asked of a plain heading beside a linked module's, which is otherwise that module's notes.
   */
  timedSection: () => boolean;
  /** The heading stands inside the student's own writing (`# Technical Report`). */
  inOwnWriting: boolean;
}

/** A heading opens a module unless it sits deeper inside another heading's notes without a time of its own. */
export function headingOpens<C>(heading: HeadingEvidence, candidate: OpenerCandidate, state: ReadingState<C>, catalog: CatalogIndex): boolean {
  const open = state.current;
  const openDepth = open?.headingDepth ?? (open ? state.sectionDepth : undefined);
  if (openDepth !== undefined && heading.depth > openDepth) return candidate.estimate !== undefined;
  // `#### S3 versus an EC2 VM` over `Time: 30 min`: the student timed it as a module.
  if (candidate.linkLed || candidate.estimate || candidate.namesResource || heading.timeBelow()) return true;
  if (readingContext(state, undefined, 'heading') === 'preamble' || heading.inOwnWriting) return false;
  // `## XSS` over `Reflected XSS lab, … (45 min)`: a topic the student timed as a module; not in a preamble, where a README's sections are.
  if (heading.timeClosesNotes() || catalog.find(candidate.title, candidate.url) !== undefined) return true;
  // `## Docker and Containers` then `### 1. What is container`: the student numbers what they worked through.
  if (!open && state.sectionDepth === undefined && state.inSection && firstNumberedHeading.test(heading.plain)) return isSiblingHeadingTitle(heading.plain);
  if (openDepth !== heading.depth || !isSiblingHeadingTitle(heading.plain)) return false;
  if (!open || isPartOf(open.module, heading.plain)) return false;
  // `### 4. [Netmap](…)` then `### 5. Install and run dpdk`: the student's own numbering goes on; a section timed as a module is one.
  return !open.module.url || (isNumberedHeading(heading.plain) && open.numbered === true) || heading.timedSection();
}

/**
 * `### Lab: DevOps Docker Beginners Guide` right over `### 1.0 Running your first container`: a module
 * heading with nothing under it yet is gone through in the headings beside it, and `1.1 …` is a part.
 */
export function isPartOf(open: Module, plain: string): boolean {
  return !open.hasNotes || partNumberedHeading.test(plain);
}

/** A plain heading that may stand beside a module heading, or be the first of a run of them. */
export function isSiblingHeadingTitle(plain: string): boolean {
  return plain.length >= 3 && plain.length <= 100 && !summaryHeading.test(plain) && !/:$/.test(plain);
}
