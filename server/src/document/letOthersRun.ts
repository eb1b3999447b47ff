/** Requests and edits waiting in the queue go first: the rest of a long task runs after them. */
export const letOthersRun = (): Promise<void> => new Promise((resolve) => (globalThis.setImmediate ?? setTimeout)(resolve));
