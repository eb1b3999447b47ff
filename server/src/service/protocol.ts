import type { CatalogModule } from '../model/catalog';
import type { Position, Range } from '../model/types';

/**
 * Custom requests between the VS Code client and the server. The client's sidebar and status bar
 * show only what these return: there is no second parser in the client.
 */
export const outlineRequest = 'studyNotes/outline';
/** Sent by the server when a document's outline may have changed; params: { uri }. */
export const outlineChangedNotification = 'studyNotes/outlineChanged';

export interface OutlineParams {
  uri: string;
}

export interface OutlineModule {
  title: string;
  url?: string;
  range: Range;
  /** Normalised estimate ("30 min", "1 h 30 min"), or undefined when none is readable. */
  time?: string;
  minutes?: number;
  hasEstimate: boolean;
}

export interface OutlineLevel {
  name: string;
  range: Range;
  totalMinutes: number;
  /** "1 h 20 min, 1 module without estimate" */
  summary: string;
  modules: OutlineModule[];
}

export interface OutlineArea {
  name: string;
  range: Range;
  totalMinutes: number;
  summary: string;
  levels: OutlineLevel[];
  /** Modules of the area outside any level. */
  modules: OutlineModule[];
}

export interface OutlineResult {
  uri: string;
  isNotes: boolean;
  title?: string;
  totalMinutes: number;
  modulesWithoutEstimate: number;
  summary: string;
  areas: OutlineArea[];
  /** Modules before the first area. */
  modules: OutlineModule[];
}

/**
 * `studyNotes/catalog`: the course catalog the server reads notes with (the bundled one merged
 * with the user's `studyNotes.catalog`), for templates and the "Insert module" pick list.
 * Modules written in other notes files are left out: they are suggestions, not the course.
 */
export const catalogRequest = 'studyNotes/catalog';

export interface CatalogResult {
  course?: string;
  modules: CatalogModule[];
}

/**
 * `studyNotes/renderModule`: a catalog module as the document at `uri` would write it at
 * `position`: a snippet (minutes as `${1:30}`, the notes line as `$0`) in the document's style.
 */
export const renderModuleRequest = 'studyNotes/renderModule';

export interface RenderModuleParams {
  uri: string;
  module: CatalogModule;
  position: Position;
}

export interface RenderModuleResult {
  snippet: string;
}
