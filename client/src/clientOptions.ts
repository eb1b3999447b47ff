import * as vscode from 'vscode';
import type { DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { pickModuleLeftCommand, progressView } from './protocol';
import type { CrashRecovery } from './recovery';

/** What the Node and the browser clients share: settings, trust, output and crash handling; `hostOptions` are the host's own initialization options. */
export function clientOptions(context: vscode.ExtensionContext, documentSelector: DocumentSelector, outputChannel: vscode.LogOutputChannel, recovery: CrashRecovery, hostOptions: Record<string, unknown> = {}): LanguageClientOptions {
  const keys = Object.keys((context.extension.packageJSON as Manifest).contributes.configuration.properties).map((key) => key.slice(prefix.length));
  return {
    documentSelector,
    synchronize: { configurationSection: 'studyNotes' },
    // A function, so that a restart after the user trusts the workspace tells the server so. The
    // commands the server may put on a CodeLens: this client registers them (commands.ts). Its
    // summary shows the rounds (summaryView.ts), which other editors get as CodeLenses.
    initializationOptions: () => ({ workspaceTrusted: vscode.workspace.isTrusted, clientCommands: [pickModuleLeftCommand], clientViews: [progressView], ...hostOptions }),
    middleware: {
      workspace: {
        // The server lays these over the workspace's .studynotes.json: a default is no choice of the user's and must not hide the file.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          return params.items.map((item, index) => (item.section === 'studyNotes' ? settingsSet(keys, item.scopeUri) : answers[index]));
        },
      },
    },
    outputChannel,
    errorHandler: recovery,
  };
}

const prefix = 'studyNotes.';

interface Manifest {
  contributes: { configuration: { properties: Record<string, unknown> } };
}

/** The Study Notes settings the user set anywhere (user, workspace, folder, language), nested, without VS Code's defaults. */
export function settingsSet(keys: readonly string[], scope?: string): Record<string, unknown> {
  const configuration = vscode.workspace.getConfiguration('studyNotes', scope ? vscode.Uri.parse(scope) : undefined);
  const set: Record<string, unknown> = {};
  for (const key of keys) {
    const inspected = configuration.inspect(key);
    const given = [inspected?.globalValue, inspected?.workspaceValue, inspected?.workspaceFolderValue, inspected?.globalLanguageValue, inspected?.workspaceLanguageValue, inspected?.workspaceFolderLanguageValue].some((value) => value !== undefined);
    if (!given) continue;
    const parts = key.split('.');
    let level = set;
    for (const part of parts.slice(0, -1)) level = (level[part] ??= {}) as Record<string, unknown>;
    level[parts[parts.length - 1]] = configuration.get(key);
  }
  return set;
}
