/**
 * What an editor shows of the notes that is stale now. The service says what; its host tells the
 * client in the form the client takes (diagnostics pushed or pulled, lenses refreshed or not).
 */
export interface StaleViews {
  /** One document's views; every document's when absent. */
  uri?: string;
  diagnostics: boolean;
  outline: boolean;
  lenses: boolean;
  /** The client's own edit made them stale: a client that pulls diagnostics pulls after its edits unasked. */
  edited?: boolean;
}

/** A new course, new settings or the workspace read: every view of every document may show something else. */
export const everyView: StaleViews = { diagnostics: true, outline: true, lenses: true };
