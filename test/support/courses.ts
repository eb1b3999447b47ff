// Courses for tests: the bundled one's words without its modules, for reading notes with no module evidence.
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { CatalogIndex } from '../../server/src/notes/catalog';

/** The bundled course's area and level names, and no module: notes read by their shape alone. */
export const gwWordsOnly = new CatalogIndex([], bundledCourse.catalog.words);
