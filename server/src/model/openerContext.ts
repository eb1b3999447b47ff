import type { CatalogIndex } from './catalog';
import { isShortTitle, type OpenerCandidate } from './openers';
import type { Module, OpenerStyle } from './types';

/**
 * How much evidence a line needs to open a module where it stands. The notes reader (parse.ts)
 * and the line sketch (service/notesSketch.ts) see blocks and lines differently, but decide here
 * alike, so that an unopened file lists the modules its opened self would.
 */
export type Context = 'preamble' | 'open' | 'sibling' | 'heading-notes' | 'other-notes';

/** The module a reader has open; `C` is what the reader knows a container by. */
export interface OpenModuleView<C> {
  module: Module;
  container: C | undefined;
  headingDepth?: number;
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
      const inCatalog = catalog.find(candidate.title, candidate.url) !== undefined;
      if (candidate.linkLed && candidate.namesResource && inCatalog) return true;
      return timed && (candidate.linkLed || candidate.namesResource || inCatalog);
    }
    case 'other-notes':
      return timed || (candidate.linkLed && catalog.find(candidate.title, candidate.url) !== undefined);
  }
}

/** A one-word link (`Repo`, `Tutorial`) is a reference unless the catalog knows where it points. */
function isNamedLink(candidate: OpenerCandidate): boolean {
  return candidate.title.trim().split(/\s+/).length >= 2;
}
