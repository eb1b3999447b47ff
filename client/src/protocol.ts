// The client's view of the server protocol: the types are the server's own.
import type { CatalogModule } from '../../server/src/model/catalog';
import type { Position, Range } from '../../server/src/model/types';
import { catalogRequest, outlineChangedNotification, outlineRequest, renderModuleRequest } from '../../server/src/service/protocol';
import type { CatalogResult, OutlineArea, OutlineAreaProgress, OutlineLevel, OutlineModule, OutlineModuleLeft, OutlineParams, OutlineResult, OutlineRound, RenderModuleParams, RenderModuleResult } from '../../server/src/service/protocol';

export { catalogRequest, outlineChangedNotification, outlineRequest, renderModuleRequest };
export type { CatalogModule, CatalogResult, OutlineArea, OutlineAreaProgress, OutlineLevel, OutlineModule, OutlineModuleLeft, OutlineParams, OutlineResult, OutlineRound, Position, Range, RenderModuleParams, RenderModuleResult };
