import type { CancellationToken, RemoteConsole } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from './library';
import { Cancelled } from '../document/steps';

/** A feature's handler, given the request's token to stop early on where it can take long. */
export type Handler<P, R> = (params: P, token?: CancellationToken) => R | Promise<R>;

/**
 * A failing feature must not take the server down: it logs and answers with nothing. A request
 * cancelled while it waited behind a long read is not worked on: the reads are synchronous, so a
 * queued request is the one place cancellation can save time, besides the features that work in
 * steps (completion, workspace symbols, a long outline), which stop at the next step.
 */
export function answeringSafely(log: RemoteConsole) {
  return function safely<P, R>(feature: string, empty: R, handler: Handler<P, R>): (params: P, token?: CancellationToken) => Promise<R> {
    return async (params, token) => {
      if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${feature} cancelled`);
      try {
        return await handler(params, token);
      } catch (error) {
        if (error instanceof Cancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${feature} cancelled`);
        log.error(`${feature} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return empty;
      }
    };
  };
}
