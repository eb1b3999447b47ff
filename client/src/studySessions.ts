// The sessions the study timer kept: what the summary shows as measured, and what a correction
// changes. It may not import vscode: the unit tests run it outside VS Code.
import { sameModule, type Session, type TimedModule } from './studyTimer';

/** Years of study at a few sessions a day; the oldest go first past it, so the storage stays small. */
export const keptSessions = 5000;

export function withSession(sessions: readonly Session[], session: Session): Session[] {
  return [...sessions, session].slice(-keptSessions);
}

/** The minutes measured on the module in all its sessions: what "replace" writes. */
export function measuredMinutes(sessions: readonly Session[], module: Pick<TimedModule, 'uri' | 'title'>): number {
  return sessions.filter((session) => sameModule(session.module, module)).reduce((sum, session) => sum + session.minutes, 0);
}

/** Minutes measured per module title of one notes file, for the summary. */
export function measuredIn(sessions: readonly Session[], uri: string): Map<string, number> {
  const measured = new Map<string, number>();
  for (const { module, minutes } of sessions) if (module.uri === uri) measured.set(module.title, (measured.get(module.title) ?? 0) + minutes);
  return measured;
}

/** The last session with a new module or number of minutes. */
export function correctedLast(sessions: readonly Session[], change: { module?: TimedModule; minutes?: number }): Session[] {
  const last = sessions.at(-1);
  if (!last) return [...sessions];
  return [...sessions.slice(0, -1), { ...last, module: change.module ?? last.module, minutes: change.minutes ?? last.minutes }];
}
