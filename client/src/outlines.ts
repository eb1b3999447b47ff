import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  catalogRequest,
  outlineChangedNotification,
  outlineRequest,
  renderModuleRequest,
  type CatalogModule,
  type CatalogResult,
  type OutlineParams,
  type OutlineResult,
  type Position,
  type RenderModuleParams,
  type RenderModuleResult,
} from './protocol';

/**
 * The server's outlines, cached per document and dropped when the server says one changed, so the
 * tree and the status bar ask once per change instead of once per render.
 */
export class Outlines implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<OutlineResult | undefined>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with the document whose outline changed, or undefined when all may have. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      client.onNotification(outlineChangedNotification, (params: { uri: string }) => this.invalidate(vscode.Uri.parse(params.uri))),
      client.onDidChangeState(() => this.invalidateAll()),
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

  /** The catalog the server reads notes with; see catalogRequest. */
  catalog(): Promise<CatalogResult> {
    return this.client.sendRequest<CatalogResult>(catalogRequest);
  }

  /** The module as a snippet in the document's own style; see renderModuleRequest. */
  async renderModule(uri: vscode.Uri, module: CatalogModule, position: Position): Promise<string> {
    const params: RenderModuleParams = { uri: uri.toString(), module, position };
    const result = await this.client.sendRequest<RenderModuleResult | null>(renderModuleRequest, params);
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
    try {
      return (await this.client.sendRequest<OutlineResult | null>(outlineRequest, params)) ?? undefined;
    } catch {
      // A file the server cannot read (deleted, not Markdown) simply has no outline; a failure
      // must not be cached, or the document would stay empty after the server recovers.
      this.cache.delete(uri);
      return undefined;
    }
  }
}
