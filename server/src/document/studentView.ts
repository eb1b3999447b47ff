import type { CourseProgress } from '../course/progress';

/** A student's progress as one of their files sees it: its path among theirs, and how their files' paths open. */
export interface StudentView {
  progress: CourseProgress;
  /** The file's path in the student's folder, as the placements name it. */
  file: string;
  uriOf(file: string): string;
}
