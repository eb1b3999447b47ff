import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import {
  catalogRequest,
  historyRequest,
  notesTemplateRequest,
  outlineChangedNotification,
  outlineRequest,
  renderModuleRequest,
  type CatalogModule,
  type CatalogParams,
  type CatalogResult,
  type HistoryParams,
  type HistoryResult,
  type NotesTemplateParams,
  type NotesTemplateResult,
  type OutlineParams,
  type OutlineResult,
  type Position,
  type RenderModuleParams,
} from './protocol';

/**
 * The server's outlines, cached per document and dropped when the server says one changed, so the
 * tree and the status bar ask once per change instead of once per render.
 *
 * While the server restarts (a crash, "Restart Language Server") requests fail or wait: the last
 * outline that arrived stands in, so the tree and the status bar keep their content instead of
 * flickering empty, and everything is asked again once the server runs.
 */
export class Outlines implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<OutlineResult | undefined>>();
  private readonly lastKnown = new Map<string, OutlineResult | undefined>();
  /** Which request for a document is the newest: an older one failing must not drop a newer one. */
  private readonly generations = new Map<string, number>();
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with the document whose outline changed, or undefined when all may have. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];

  constructor(private readonly client: BaseLanguageClient) {
    this.subscriptions.push(
      client.onNotification(outlineChangedNotification, (params) => (params.uri ? this.invalidate(vscode.Uri.parse(params.uri)) : this.invalidateAll())),
      client.onDidChangeState(({ newState }) => newState === State.Running && this.invalidateAll()),
    );
  }

  get(uri: vscode.Uri): Promise<OutlineResult | undefined> {
    const key = uri.toString();
    let outline = this.cache.get(key);
    if (!outline) {
      outline = this.request(key);
      this.cache.set(key, outline);
    }
    return outline;
  }

  /**
   * The outline of the text as it is now, asked again: the cached one may predate the last edits
   * until the server says it changed, and a place to write at must not be an old line.
   */
  fresh(uri: vscode.Uri): Promise<OutlineResult | undefined> {
    this.cache.delete(uri.toString());
    return this.get(uri);
  }

  /** The catalog the server reads the notes at `uri` with (their settings file's course); see catalogRequest. */
  catalog(uri?: vscode.Uri): Promise<CatalogResult> {
    const params: CatalogParams = { uri: uri?.toString() };
    return this.client.sendRequest(catalogRequest, params);
  }

  /** What the git history of the notes' folder shows; undefined while the server cannot answer. See historyRequest. */
  async history(uri: vscode.Uri): Promise<HistoryResult | undefined> {
    const params: HistoryParams = { uri: uri.toString() };
    return (await this.client.sendRequest(historyRequest, params).catch(() => null)) ?? undefined;
  }

  /** A new notes document, to be saved at `uri`, laid out like its course; see notesTemplateRequest. */
  async notesTemplate(title: string, uri?: vscode.Uri): Promise<NotesTemplateResult> {
    const params: NotesTemplateParams = { title, uri: uri?.toString() };
    const result = await this.client.sendRequest(notesTemplateRequest, params);
    if (!result) throw new Error('the language server could not write the template');
    return result;
  }

  /** The module as a snippet in the document's own style; see renderModuleRequest. */
  async renderModule(uri: vscode.Uri, module: CatalogModule, position: Position): Promise<string> {
    const params: RenderModuleParams = { uri: uri.toString(), module, position };
    const result = await this.client.sendRequest(renderModuleRequest, params);
    if (!result) throw new Error('the language server does not know this document yet');
    return result.snippet;
  }

  invalidate(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.changed.fire(uri);
  }

  invalidateAll(): void {
    this.cache.clear();
    this.changed.fire(undefined);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async request(uri: string): Promise<OutlineResult | undefined> {
    const params: OutlineParams = { uri };
    const generation = ++this.generation;
    this.generations.set(uri, generation);
    try {
      const outline = (await this.client.sendRequest(outlineRequest, params)) ?? undefined;
      this.lastKnown.set(uri, outline);
      return outline;
    } catch {
      // The server is restarting, or cannot read the file (deleted, not Markdown): the last
      // outline stands in. A failure is not cached (only this very request is dropped, not a
      // newer one), or the document would stay stale after the server recovers.
      if (this.generations.get(uri) === generation) this.cache.delete(uri);
      return this.lastKnown.get(uri);
    }
  }
}
