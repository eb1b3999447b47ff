// The protocol library's values, imported from it here alone for the server's other files. esbuild
// gives each file that imports a CommonJS module a copy of the module's exports, and
// vscode-languageserver re-exports the whole protocol: hundreds of names copied once a file, which
// cost every cold start milliseconds before the first answer.
export {
  CodeActionKind,
  CompletionTriggerKind,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  FileChangeType,
  LogMessageNotification,
  LSPErrorCodes,
  Message,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
