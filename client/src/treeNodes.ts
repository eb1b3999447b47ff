import type { OutlineArea, OutlineAreaProgress, OutlineLevel, OutlineModule, OutlineModuleLeft, OutlineResult, Range } from './protocol';

/** A row of the Areas & Modules tree; ids are paths of names so expansion survives a refresh. */
export type NotesNode = FileNode | AreaNode | LevelNode | ModuleNode | ProgressNode | ModuleLeftNode;

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

export function nodeRange(node: NotesNode): Range | undefined {
  switch (node.kind) {
    case 'file':
    case 'progress':
    case 'moduleLeft':
      return undefined;
    case 'area':
      return node.area.range;
    case 'level':
      return node.level.range;
    case 'module':
      return node.module.range;
  }
}

export function childrenOf(node: NotesNode): NotesNode[] {
  return node.kind === 'module' || node.kind === 'moduleLeft' ? [] : node.children;
}

/** Builds the nodes of one notes file, parents linked so the tree can reveal any of them. */
export function fileNode(outline: OutlineResult): FileNode {
  const file: FileNode = { kind: 'file', id: outline.uri, uri: outline.uri, outline, children: [] };
  const ids = new UniqueIds();
  file.children = [
    ...outline.modules.map((module) => moduleNode(module, file, ids)),
    ...outline.areas.map((area) => areaNode(area, file, ids)),
  ];
  return file;
}

function areaNode(area: OutlineArea, parent: FileNode, ids: UniqueIds): AreaNode {
  const node: AreaNode = { kind: 'area', id: ids.take(`${parent.id}#area:${area.name}`), uri: parent.uri, parent, area, children: [] };
  const progress = parent.outline.progress?.areas.find((candidate) => candidate.area === area.courseArea);
  node.children = [
    ...(progress ? [progressNode(progress, node, ids)] : []),
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
  if (!range) return false;
  const afterStart = line > range.start.line || (line === range.start.line && character >= range.start.character);
  const beforeEnd = line < range.end.line || (line === range.end.line && character <= range.end.character);
  return afterStart && beforeEnd;
}
