import type { CatalogModule } from '../notes/catalog';
import type { NotesTemplateResult } from '../service/protocol';

/**
 * A new notes document laid out like the course: title, intro, areas and their levels, with an
 * empty line where the first module goes. Each level gets an empty line of its own, a blank line
 * away from its marker: a line right under `> Beginner Level` would continue the quote, and on
 * GitHub a module written there shows inside it. Optional "Extra" resources get no level: the
 * course does not ask for them.
 */
export function notesTemplate(title: string, modules: readonly CatalogModule[]): NotesTemplateResult {
  const lines = [`# ${title}`, 'What I did in each module of the course, what I learned, and how long it took.', ''];
  let firstModuleLine: number | undefined;
  for (const [areaNumber, { area, levels }] of courseLayout(modules).entries()) {
    lines.push(`## Area ${areaNumber + 1}: ${area}`, '');
    for (const level of levels) {
      lines.push(`> ${levelMarker(level)}`, '');
      firstModuleLine ??= lines.length;
      lines.push('', '');
    }
  }
  return { text: lines.join('\n'), firstModuleLine };
}

/** The course's areas in catalog order, each with its levels in order. */
function courseLayout(modules: readonly CatalogModule[]): { area: string; levels: string[] }[] {
  const areas = new Map<string, Set<string>>();
  for (const { area, level } of modules) {
    if (/^extra$/i.test(level.trim())) continue;
    if (!areas.has(area)) areas.set(area, new Set());
    areas.get(area)?.add(level);
  }
  return [...areas].map(([area, levels]) => ({ area, levels: [...levels] }));
}

/** "Beginner Level", "Intermediate Level", but "Bring it together", as the course writes them. */
function levelMarker(level: string): string {
  return /^(beginner|intermediate|advanced)$/i.test(level.trim()) ? `${level} Level` : level;
}
