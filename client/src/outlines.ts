import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { catalogRequest, outlineChangedNotification, outlineRequest, type CatalogParams, type CatalogResult, type OutlineParams, type OutlineResult } from './protocol';

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

  /** The catalog the server validates against; see catalogRequest. */
  async catalog(uri?: vscode.Uri): Promise<CatalogResult> {
    const params: CatalogParams = { uri: uri?.toString() };
    return this.client.sendRequest<CatalogResult>(catalogRequest, params);
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
      await ensureOpen(vscode.Uri.parse(uri));
      return (await this.client.sendRequest<OutlineResult | null>(outlineRequest, params)) ?? undefined;
    } catch {
      // A file the server cannot read (deleted, not Markdown) simply has no outline; a failure
      // must not be cached, or the document would stay empty after the server recovers.
      this.cache.delete(uri);
      return undefined;
    }
  }
}

/**
 * The server outlines only documents it was sent (it reads no files for the outline), so a notes
 * file on disk is opened, not shown, first; the cached outline outlives VS Code closing it again.
 */
async function ensureOpen(uri: vscode.Uri): Promise<void> {
  if (!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) await vscode.workspace.openTextDocument(uri);
}
