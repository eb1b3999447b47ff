// The client's view of the server protocol: the types are the server's own.
import type { CatalogModule } from '../../server/src/notes/catalog';
import type { Position, Range } from '../../server/src/notes/types';
import { pickModuleLeftCommand, progressView } from '../../server/src/protocol/protocol';
import { catalogRequest, historyRequest, markdownFilesRequest, notesTemplateRequest, outlineChangedNotification, outlineRequest, readFileRequest, renderModuleRequest, writeStudyTimeRequest } from '../../server/src/protocol/requests';
import type { CatalogModuleEntry, CatalogParams, CatalogResult, HistoryParams, HistoryResult, HistoryRound, HistoryWeek, NotesTemplateParams, NotesTemplateResult, OutlineArea, OutlineAreaProgress, OutlineLevel, OutlineModule, OutlineModuleLeft, OutlineParams, OutlinePlacedModule, OutlineProgress, OutlineResult, OutlineRound, ReadFileParams, RenderModuleParams, RenderModuleResult, WriteStudyTimeParams, WriteStudyTimeResult } from '../../server/src/protocol/protocol';

export { catalogRequest, historyRequest, markdownFilesRequest, notesTemplateRequest, outlineChangedNotification, outlineRequest, pickModuleLeftCommand, progressView, readFileRequest, renderModuleRequest, writeStudyTimeRequest };
export type { CatalogModule, CatalogModuleEntry, CatalogParams, CatalogResult, HistoryParams, HistoryResult, HistoryRound, HistoryWeek, NotesTemplateParams, NotesTemplateResult, OutlineArea, OutlineAreaProgress, OutlineLevel, OutlineModule, OutlineModuleLeft, OutlineParams, OutlinePlacedModule, OutlineProgress, OutlineResult, OutlineRound, Position, Range, ReadFileParams, RenderModuleParams, RenderModuleResult, WriteStudyTimeParams, WriteStudyTimeResult };
export { minutesText, placedOnText } from '../../server/src/course/progressText';
export { rangeContains } from '../../server/src/notes/shown';
export { tooLargeToRead } from '../../server/src/notes/readCost';
export { insideFolders } from '../../server/src/service/insideFolders';
export { markdownFileGlob } from '../../server/src/service/markdownFiles';
