import { rangeContains, type OutlineArea, type OutlineAreaProgress, type OutlineLevel, type OutlineModule, type OutlineModuleLeft, type OutlinePlacedModule, type OutlineProgress, type OutlineResult, type Range } from './protocol';

/** A row of the Areas & Modules tree; ids are paths of names so expansion survives a refresh. */
export type NotesNode = FileNode | AreaNode | LevelNode | ModuleNode | ProgressNode | ModuleLeftNode | CheckNode | PlacedNode | NotCountedNode | UnreadNode;

interface NodeBase {
  id: string;
  uri: string;
  parent?: NotesNode;
}

export interface FileNode extends NodeBase {
  kind: 'file';
  outline: OutlineResult;
  children: NotesNode[];
}

export interface AreaNode extends NodeBase {
  kind: 'area';
  area: OutlineArea;
  children: NotesNode[];
}

export interface LevelNode extends NodeBase {
  kind: 'level';
  level: OutlineLevel;
  /** The area the level belongs to, for "insert module here". */
  area: OutlineArea;
  children: ModuleNode[];
}

export interface ModuleNode extends NodeBase {
  kind: 'module';
  module: OutlineModule;
}

/** An area's progress through the course; its children are the modules the next level still requires. */
export interface ProgressNode extends NodeBase {
  kind: 'progress';
  progress: OutlineAreaProgress;
  /** The notes area the modules left go into. */
  area: OutlineArea;
  children: ModuleLeftNode[];
}

export interface ModuleLeftNode extends NodeBase {
  kind: 'moduleLeft';
  left: OutlineModuleLeft;
  /** The course level that requires it ("Advanced"). */
  level: string;
  area: OutlineArea;
}

/** What the tool is unsure of in an area (the server's `unsure`); its children are those modules. */
export interface CheckNode extends NodeBase {
  kind: 'check';
  progress: OutlineAreaProgress;
  children: PlacedNode[];
}

/**
 * A module of the student's that progress is unsure of: counted by likeness (`likely`), matching no
 * module of its area (`unplaced`) or under no area of the course (`noArea`). Its uri is the file it
 * is written in, which may be another file of the student's.
 */
export interface PlacedNode extends NodeBase {
  kind: 'placed';
  placed: OutlinePlacedModule;
  how: 'likely' | 'unplaced' | 'logged' | 'noArea';
  /** The course area it was read in, for `likely` and `unplaced`. */
  area?: string;
}

/** What counts for nothing in the student's progress: modules under no area of the course, files read as no module. */
export interface NotCountedNode extends NodeBase {
  kind: 'notCounted';
  progress: OutlineProgress;
  children: (PlacedNode | UnreadNode)[];
}

/** A Markdown file of the student's that holds nothing the tool can place; its uri is that file. */
export interface UnreadNode extends NodeBase {
  kind: 'unread';
}

/** A place in the notes a row leads to: a range of this file or, for a module progress is unsure of, of another. */
export interface NodeTarget {
  uri: string;
  range: Range;
}

export function nodeRange(node: NotesNode): Range | undefined {
  switch (node.kind) {
    case 'file':
    case 'progress':
    case 'moduleLeft':
    case 'check':
    case 'placed':
    case 'notCounted':
    case 'unread':
      return undefined;
    case 'area':
      return node.area.range;
    case 'level':
      return node.level.range;
    case 'module':
      return node.module.range;
  }
}

/** Where a click on the row takes the student, if anywhere. */
export function nodeTarget(node: NotesNode): NodeTarget | undefined {
  switch (node.kind) {
    case 'moduleLeft':
      // Not in the notes but in the time log: the log's line is what the student wrote of it.
      return node.left.inNotes ? { uri: node.uri, range: node.left.inNotes } : node.left.logged && { uri: node.left.logged.uri, range: node.left.logged.range };
    case 'placed':
      return { uri: node.placed.uri, range: node.placed.range };
    case 'unread':
      return { uri: node.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
    default: {
      const range = nodeRange(node);
      return range && { uri: node.uri, range };
    }
  }
}

/** Every module of the notes, in document order. */
export function outlineModules(outline: OutlineResult): OutlineModule[] {
  return [...outline.modules, ...outline.areas.flatMap(areaModules)].sort((a, b) => a.range.start.line - b.range.start.line);
}

/** An area's modules: those before its first level, then each level's. */
export function areaModules(area: OutlineArea): OutlineModule[] {
  return [...area.modules, ...area.levels.flatMap((level) => level.modules)];
}

export function childrenOf(node: NotesNode): NotesNode[] {
  return 'children' in node ? node.children : [];
}

/** Builds the nodes of one notes file, parents linked so the tree can reveal any of them. */
export function fileNode(outline: OutlineResult): FileNode {
  const file: FileNode = { kind: 'file', id: outline.uri, uri: outline.uri, outline, children: [] };
  const ids = new UniqueIds();
  const notCounted = outline.progress && notCountedNode(outline.progress, file, ids);
  file.children = [
    ...outline.modules.map((module) => moduleNode(module, file, ids)),
    ...outline.areas.map((area) => areaNode(area, file, ids)),
    ...(notCounted ? [notCounted] : []),
  ];
  return file;
}

function areaNode(area: OutlineArea, parent: FileNode, ids: UniqueIds): AreaNode {
  const node: AreaNode = { kind: 'area', id: ids.take(`${parent.id}#area:${area.name}`), uri: parent.uri, parent, area, children: [] };
  const progress = parent.outline.progress?.areas.find((candidate) => candidate.area === area.courseArea);
  node.children = [
    ...(progress ? [progressNode(progress, node, ids)] : []),
    ...(progress?.unsure ? [checkNode(progress, node, ids)] : []),
    ...area.modules.map((module) => moduleNode(module, node, ids)),
    ...area.levels.map((level) => levelNode(level, node, ids)),
  ];
  return node;
}

function levelNode(level: OutlineLevel, parent: AreaNode, ids: UniqueIds): LevelNode {
  const node: LevelNode = { kind: 'level', id: ids.take(`${parent.id}/level:${level.name}`), uri: parent.uri, parent, level, area: parent.area, children: [] };
  node.children = level.modules.map((module) => moduleNode(module, node, ids));
  return node;
}

function progressNode(progress: OutlineAreaProgress, parent: AreaNode, ids: UniqueIds): ProgressNode {
  const node: ProgressNode = { kind: 'progress', id: ids.take(`${parent.id}/progress`), uri: parent.uri, parent, progress, area: parent.area, children: [] };
  const next = progress.levels.find((level) => level.level === progress.nextLevel);
  node.children = (next?.left ?? []).map((left) => ({ kind: 'moduleLeft', id: ids.take(`${node.id}/left:${left.title}`), uri: parent.uri, parent: node, left, level: next!.level, area: parent.area }));
  return node;
}

function checkNode(progress: OutlineAreaProgress, parent: AreaNode, ids: UniqueIds): CheckNode {
  const node: CheckNode = { kind: 'check', id: ids.take(`${parent.id}/check`), uri: parent.uri, parent, progress, children: [] };
  node.children = [
    ...progress.likely.map((placed) => placedNode(placed, 'likely', node, ids, progress.area)),
    ...progress.unplaced.map((placed) => placedNode(placed, 'unplaced', node, ids, progress.area)),
    ...progress.logged.map((placed) => placedNode(placed, 'logged', node, ids, progress.area)),
  ];
  return node;
}

/** Shown once per notes file, as the progress it belongs to is the student's; none when everything counts. */
function notCountedNode(progress: OutlineProgress, parent: FileNode, ids: UniqueIds): NotCountedNode | undefined {
  if (progress.unplaced.length === 0 && progress.unread.length === 0) return undefined;
  const node: NotCountedNode = { kind: 'notCounted', id: ids.take(`${parent.id}#not-counted`), uri: parent.uri, parent, progress, children: [] };
  node.children = [
    ...progress.unplaced.map((placed) => placedNode(placed, 'noArea', node, ids)),
    ...progress.unread.map((uri): UnreadNode => ({ kind: 'unread', id: ids.take(`${node.id}/unread:${uri}`), uri, parent: node })),
  ];
  return node;
}

function placedNode(placed: OutlinePlacedModule, how: PlacedNode['how'], parent: CheckNode | NotCountedNode, ids: UniqueIds, area?: string): PlacedNode {
  return { kind: 'placed', id: ids.take(`${parent.id}/${how}:${placed.uri}#${placed.title}`), uri: placed.uri, parent, placed, how, ...(area !== undefined && { area }) };
}

function moduleNode(module: OutlineModule, parent: NotesNode, ids: UniqueIds): ModuleNode {
  return { kind: 'module', id: ids.take(`${parent.id}/module:${module.title}`), uri: parent.uri, parent, module };
}

/** Notes often repeat a title or a level; a counter keeps such ids distinct yet stable. */
class UniqueIds {
  private readonly seen = new Map<string, number>();

  take(id: string): string {
    const count = this.seen.get(id) ?? 0;
    this.seen.set(id, count + 1);
    return count === 0 ? id : `${id}~${count}`;
  }
}

/** The innermost module (else level, else area) whose range holds the position. */
export function nodeAt(file: FileNode, line: number, character: number): NotesNode | undefined {
  let found: NotesNode | undefined;
  let candidates: NotesNode[] = file.children;
  for (;;) {
    const hit = candidates.find((node) => contains(nodeRange(node), line, character));
    if (!hit) return found;
    found = hit;
    candidates = childrenOf(hit);
  }
}

function contains(range: Range | undefined, line: number, character: number): boolean {
  return range !== undefined && rangeContains(range, { line, character });
}
