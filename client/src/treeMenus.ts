import { moduleLink } from './moduleText';
import type { OutlineModule, Range } from './protocol';
import type { Timing } from './timerController';
import type { NotesNode } from './treeNodes';

/**
 * Drives the context menu (package.json's view/item/context): `module.link` has a link of its own,
 * `module.placed` none but the course's page of the module it was placed on, both may be opened and
 * copied; a module is timed (`.running`, `.paused` while it is); areas, levels and modules take
 * inserts, a module left is inserted.
 */
export function contextValue(node: NotesNode, timing: Pick<Timing, 'running'> | undefined): string {
  if (node.kind === 'module') return `module${linkKind(node.module)}${timing ? (timing.running ? '.running' : '.paused') : ''}`;
  if (node.kind === 'moduleLeft') return node.left.inNotes ? 'moduleLeft.inNotes' : 'moduleLeft';
  if (node.kind === 'placed') return `placed.${node.how}`;
  return node.kind;
}

function linkKind(module: OutlineModule): string {
  if (module.url) return '.link';
  return module.courseUrl ? '.placed' : '';
}

/** The module's page: its own link, else the course's page of the module it was placed on. */
export function moduleUrl(module: OutlineModule): string | undefined {
  return module.url ?? module.courseUrl;
}

/** The module as a Markdown link to its page, in the student's title. */
export function moduleLinkText(module: OutlineModule): string | undefined {
  const url = moduleUrl(module);
  return url && moduleLink(module.title, url);
}

/** Where "Insert Module Here" writes, and what it offers: the end of the area or level, a module's own level. */
export function insertPlace(node: NotesNode): { end: Range['end']; area: string; courseArea?: string; level?: string } | undefined {
  if (node.kind === 'area') return { end: node.area.range.end, area: node.area.name, courseArea: node.area.courseArea };
  if (node.kind === 'level') return { end: node.level.range.end, area: node.area.name, courseArea: node.area.courseArea, level: node.level.name };
  return node.kind === 'module' && node.parent ? insertPlace(node.parent) : undefined;
}
