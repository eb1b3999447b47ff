// The client's view of the server protocol: the shared outline types, plus the catalog request
// the server does not declare yet (see catalogRequest).
import type { CatalogModule } from '../../server/src/model/catalog';
import type { Range } from '../../server/src/model/types';
import { outlineChangedNotification, outlineRequest } from '../../server/src/service/protocol';
import type { OutlineArea, OutlineLevel, OutlineModule, OutlineParams, OutlineResult } from '../../server/src/service/protocol';

export { outlineChangedNotification, outlineRequest };
export type { CatalogModule, OutlineArea, OutlineLevel, OutlineModule, OutlineParams, OutlineResult, Range };

/**
 * `studyNotes/catalog`: the modules of the catalog the server uses (bundled or the user's
 * `studyNotes.catalog`), so that templates and quick picks match what the diagnostics expect.
 * Not yet in server/src/service/protocol.ts; it belongs there once the server serves it.
 */
export const catalogRequest = 'studyNotes/catalog';

export interface CatalogParams {
  /** The document the catalog is for: a workspace's user catalog depends on its folder. */
  uri?: string;
}

export interface CatalogResult {
  course?: string;
  modules: CatalogModule[];
}
