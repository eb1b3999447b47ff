// Naming the course's modules and areas as students write them: the keys two spellings of one
// module share, and the course's name for an area a student named their own way.
import { normaliseTitle, normaliseUrl, type CatalogModule } from './catalog';
import type { CourseName } from './types';

export function moduleKeys(module: CatalogModule): string[] {
  const keys = [`title:${normaliseTitle(module.title)}`];
  if (module.url) keys.push(`url:${normaliseUrl(module.url)}`);
  return keys;
}

/** The value written most often; the first one seen wins a tie. */
export function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

const areaFillerWords = new Set(['and', 'the', 'of', 'area', 'round', 'level']);
// A Map: an area's word may be `constructor`.
const areaStems = new Map(Object.entries({ applications: 'app', application: 'app', apps: 'app', containers: 'container', countainers: 'container' }));

function areaWords(name: string): Set<string> {
  // Letters of any script: `Orquestación` is one word, not `orquestaci` and `n`.
  const words = name.toLowerCase().split(/[^\p{L}]+/u).map((word) => areaStems.get(word) ?? word);
  return new Set(words.filter((word) => word.length > 1 && !areaFillerWords.has(word)));
}

/**
 * The course's name for an area as a student wrote it: "Area 1 - Queues" is "Message
 * Queues", "Web Applications" is "Web Apps", and `NetSec` is "Network Security" where the course
 * says it is also called so. Undefined when no name shares a word.
 */
export function courseAreaName(written: string, areas: readonly (string | CourseName)[]): string | undefined {
  const wanted = areaWords(written);
  let best: string | undefined;
  let bestShared = 0;
  for (const area of areas) {
    const { name, otherNames = [] } = typeof area === 'string' ? { name: area } : area;
    for (const called of [name, ...otherNames]) {
      const shared = [...areaWords(called)].filter((word) => wanted.has(word)).length;
      if (shared > bestShared) [best, bestShared] = [name, shared];
    }
  }
  return best;
}
