import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { courseProgress } from '../../server/src/course/progress';
import { summariseNotes } from '../../server/src/course/studentNotes';
import type { CompletionRequest } from '../../server/src/features/completion';
import type { NotesDocument } from '../../server/src/document/notesDocument';

/** A completion request in a folder that holds only this notes file, measured against the bundled course. */
export function completionRequest(document: NotesDocument, invoked = false, snippets = true): CompletionRequest {
  const file = 'README.md';
  return {
    invoked,
    snippets,
    standing: () => ({ progress: courseProgress([summariseNotes(file, document.model, document.text, true)], bundledCourse), file, levels: bundledCourse.rules.levels }),
  };
}
