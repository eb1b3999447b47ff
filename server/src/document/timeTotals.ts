import { formatMinutes } from '../notes/timeEstimate';
import type { Minutes, Module } from '../notes/types';

export interface TimeTotal {
  /** Sum of the readable estimates; ranges add up end by end. */
  minutes: Minutes;
  modules: number;
  withoutEstimate: number;
}

/** The module's normalised estimate ("30 min", "1 h 30 min"), if one is readable. */
export function moduleTime(module: Module): string | undefined {
  return module.estimate?.kind === 'minutes' ? formatMinutes(module.estimate.minutes) : undefined;
}

export function totalOf(modules: readonly Module[]): TimeTotal {
  const total: TimeTotal = { minutes: { min: 0, max: 0 }, modules: modules.length, withoutEstimate: 0 };
  for (const module of modules) {
    if (module.estimate?.kind === 'minutes') {
      total.minutes.min += module.estimate.minutes.min;
      total.minutes.max += module.estimate.minutes.max;
    } else total.withoutEstimate++;
  }
  return total;
}

/** "3 h 25 min, 1 module without estimate" */
export function summaryOf(total: TimeTotal): string {
  if (total.modules === 0) return 'no modules';
  const parts: string[] = [];
  if (total.withoutEstimate < total.modules) parts.push(formatMinutes(total.minutes));
  if (total.withoutEstimate > 0) parts.push(`${total.withoutEstimate} ${total.withoutEstimate === 1 ? 'module' : 'modules'} without estimate`);
  return parts.join(', ');
}

export function summaryOfModules(modules: readonly Module[]): string {
  return summaryOf(totalOf(modules));
}
