import type { CourseProgress } from '../course/progress';

/** A student's progress as one of their files sees it: its path among theirs, and how their files' paths open. */
export interface StudentView {
  progress: CourseProgress;
  /** The file's path in the student's folder, as the placements name it. */
  file: string;
  uriOf(file: string): string;
  /** The student's other files were read with it (a workspace folder holds it); else the file was read alone, as the command line's `check` reads each. */
  whole: boolean;
}
