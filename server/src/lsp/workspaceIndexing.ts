import type { Connection } from 'vscode-languageserver';
import type { IndexingProgress, StudyNotesService } from '../service/studyNotesService';
import type { NotesWorkspace } from '../service/workspace';
import type { ConfiguredServices } from './configuredServices';

/** What a run of indexing reports to and reads through. */
export interface IndexingRun {
  connection: Connection;
  /** The client shows work done progress. */
  progress: boolean;
  workspace: NotesWorkspace;
  services: ConfiguredServices;
}

/**
 * Reads the workspace folders' Markdown files, each by the service of its settings file, as one run
 * to the editor (each service says then what it shows that is stale).
 */
export async function indexWorkspace({ connection, progress: shown, workspace, services }: IndexingRun): Promise<void> {
  const files = workspace.trusted ? await workspace.markdownFiles() : [];
  const owned = new Map<StudyNotesService, string[]>();
  for (const uri of files) {
    const service = await services.forDocument(uri);
    const ofService = owned.get(service);
    if (ofService) ofService.push(uri);
    else owned.set(service, [uri]);
  }
  if (!owned.size) owned.set(services.workspaceService, []);
  const progress = shown ? await connection.window.createWorkDoneProgress() : undefined;
  progress?.begin('Indexing study notes', 0, `${files.length} Markdown files`, false);
  let read = 0;
  let indexed = 0;
  const reported: IndexingProgress = {
    begin: () => undefined,
    file: (_, uri) => progress?.report(Math.round((100 * ++read) / files.length), uri.slice(uri.lastIndexOf('/') + 1)),
    done: (count) => void (indexed += count),
  };
  for (const [service, uris] of owned) await service.indexWorkspace(reported, uris);
  progress?.done();
  if (workspace.trusted) connection.console.info(`Indexed ${indexed} notes files of ${files.length} Markdown files`);
}
