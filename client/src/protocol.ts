// The client's view of the server protocol: the types are the server's own.
import type { CatalogModule } from '../../server/src/notes/catalog';
import type { Position, Range } from '../../server/src/notes/types';
import { catalogRequest, markdownFilesRequest, notesTemplateRequest, outlineChangedNotification, outlineRequest, readFileRequest, renderModuleRequest } from '../../server/src/service/protocol';
import type { CatalogModuleEntry, CatalogParams, CatalogResult, NotesTemplateParams, NotesTemplateResult, OutlineArea, OutlineAreaProgress, OutlineLevel, OutlineModule, OutlineModuleLeft, OutlineParams, OutlinePlacedModule, OutlineResult, OutlineRound, ReadFileParams, RenderModuleParams, RenderModuleResult } from '../../server/src/service/protocol';

export { catalogRequest, markdownFilesRequest, notesTemplateRequest, outlineChangedNotification, outlineRequest, readFileRequest, renderModuleRequest };
export type { CatalogModule, CatalogModuleEntry, CatalogParams, CatalogResult, NotesTemplateParams, NotesTemplateResult, OutlineArea, OutlineAreaProgress, OutlineLevel, OutlineModule, OutlineModuleLeft, OutlineParams, OutlinePlacedModule, OutlineResult, OutlineRound, Position, Range, ReadFileParams, RenderModuleParams, RenderModuleResult };
export { tooLargeToRead } from '../../server/src/notes/readCost';
export { insideFolders } from '../../server/src/service/insideFolders';
