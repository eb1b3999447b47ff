// The Areas & Modules tree's rows for what progress is unsure of, from the real service's outline of
// test/e2e/fixtures/unsure-notes.md (the notes the e2e opens): a Check row under the area with each
// module placed by likeness or not placed, a Not counted row at the file level, what a click reveals,
// and labels a screen reader reads in words.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { areaStatus, notCountedCounts } from '../../client/src/progressShown';
import type { OutlineResult } from '../../client/src/protocol';
import { childrenOf, fileNode, nodeAt, nodeTarget, type NotesNode } from '../../client/src/treeNodes';
import { rowText } from '../../client/src/treeText';
import { defaultSettings } from '../../server/src/document/settings';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import { memoryWorkspace, OpenTexts } from '../support/memoryWorkspace';

const notes = readFileSync(path.join(__dirname, '../e2e/fixtures/unsure-notes.md'), 'utf8');
const notesUri = 'file:///workspace/notes.md';
const ideasUri = 'file:///workspace/ideas.md';
const lamp = 'AWS Tutorial: Install a LAMP Web Server on Amazon Linux 2';
const pathOf = (uri: string): string => uri.slice('file:///workspace/'.length);

const ideas = { [ideasUri]: '# Ideas\n\nThings to try later: a chess engine in Rust.\n' };

async function outlineOf(text: string, others: Record<string, string> = ideas): Promise<OutlineResult> {
  const workspace = memoryWorkspace({ [notesUri]: text, ...others });
  const silent = (): void => {};
  const service = createStudyNotesService({ workspace, logger: { info: silent, warn: silent, error: silent }, openDocuments: new OpenTexts(), onProblem: silent });
  await service.configure(defaultSettings);
  await service.indexWorkspace();
  return service.outline(notesUri);
}

function rows(node: NotesNode, depth = 0): string[] {
  const text = rowText(node, pathOf);
  return [`${'  '.repeat(depth)}${text.label}${text.description ? ` | ${text.description}` : ''}`, ...childrenOf(node).flatMap((child) => rows(child, depth + 1))];
}

function all(node: NotesNode): NotesNode[] {
  return [node, ...childrenOf(node).flatMap(all)];
}

function find(node: NotesNode, label: string): NotesNode {
  const found = all(node).find((candidate) => rowText(candidate, pathOf).label === label);
  assert.ok(found, `no row ${JSON.stringify(label)} in:\n${rows(node).join('\n')}`);
  return found;
}

describe('the tree’s rows for what progress is unsure of', () => {
  let outline: OutlineResult;
  let file: NotesNode;
  before(async () => {
    outline = await outlineOf(notes);
    file = fileNode(outline);
  });

  it('lists under the area, after its progress, a Check row with each module placed by likeness or not placed', () => {
    const area = find(file, 'Area 1: Cloud Web Apps');
    const [progress, check] = childrenOf(area);
    assert.equal(progress.kind, 'progress');
    assert.deepEqual(rows(check), [
      'Check: 2 placed by likeness, 1 not placed',
      `  LAMP server | → ${lamp} (likely)`,
      '  S3 vs EC2 | → On your own: Compare the performance, functionality, and price when serving web content from S3 versus an EC2 VM (likely)',
      '  Side project: a chess engine | not counted',
    ]);
    assert.ok(!childrenOf(find(file, 'Area 2: Docker and Containers')).some((row) => row.kind === 'check'), 'no Check row where the tool is sure of every module');
  });

  it('lists once, at the file level, the modules under no area and the files read as no module', () => {
    const children = childrenOf(file);
    assert.deepEqual(rows(children[children.length - 1]), ['Not counted | 1 module, 1 file', '  Weekly reflection | not counted', '  ideas.md | not counted']);
    assert.equal(children.filter((row) => row.kind === 'notCounted').length, 1);
  });

  it('reveals a module of the Check row where it is written, and an unread file at its start', () => {
    const lampRow = find(file, 'LAMP server');
    assert.deepEqual(nodeTarget(lampRow), { uri: notesUri, range: { start: { line: 24, character: 0 }, end: { line: 26, character: 73 } } });
    assert.deepEqual(nodeTarget(find(file, 'ideas.md')), { uri: ideasUri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    assert.equal(nodeTarget(find(file, 'Check: 2 placed by likeness, 1 not placed')), undefined);
    // The cursor on the module still selects its row under its level, not the Check row's copy.
    assert.equal(nodeAt(file as Parameters<typeof nodeAt>[0], 24, 5)?.kind, 'module');
  });

  it('explains each row in its tooltip', () => {
    assert.match(rowText(find(file, 'LAMP server'), pathOf).tooltip.join('\n'), new RegExp(`Counted as "${lamp}" by its title and its place in the course's order: check that it is\\.[^]*quick fix[^]*notes\\.md, line 25`));
    assert.match(rowText(find(file, 'Side project: a chess engine'), pathOf).tooltip.join('\n'), /Matches no module of Cloud Web Apps, so it does not count/);
    assert.match(rowText(find(file, 'ideas.md'), pathOf).tooltip.join('\n'), /holds nothing the tool can place/);
  });

  it('gives every row a label a screen reader reads in words, not symbols', () => {
    // Nor abbreviations: "6 h 55 min" is read "6 aitch 55 min".
    for (const node of all(file)) assert.doesNotMatch(rowText(node, pathOf).accessibleLabel, /[✓·→]|\b\d+ (h|min)\b/, node.id);
    assert.equal(rowText(find(file, 'Intermediate 3/9'), pathOf).accessibleLabel, 'Progress in Cloud Web Apps: Beginner met, Intermediate 3 of 9 done, 6 hours 55 minutes left for Intermediate');
    // An area says how far it is in the course, not only its time, and "Area" once.
    assert.equal(rowText(find(file, 'Area 1: Cloud Web Apps'), pathOf).accessibleLabel, 'Area 1: Cloud Web Apps, Beginner reached, 3 of 9 Intermediate modules done, 2 hours 20 minutes');
    assert.equal(rowText(find(file, 'Area 2: Docker and Containers'), pathOf).accessibleLabel, 'Area 2: Docker and Containers, no level reached yet, 1 of 2 Beginner modules done, 15 minutes');
    assert.equal(rowText(find(file, 'LAMP server'), pathOf).accessibleLabel, `LAMP server, counted as ${lamp} by likeness: check it`);
    assert.equal(rowText(find(file, 'Check: 2 placed by likeness, 1 not placed'), pathOf).accessibleLabel, 'Check Cloud Web Apps: 2 placed by likeness, 1 not placed');
  });

  it('says in the status bar, per area, what the tool is unsure of, and what counts for nothing', () => {
    const cloud = outline.progress!.areas.find((area) => area.area === 'Cloud Web Apps')!;
    assert.equal(areaStatus(cloud), 'Beginner ✓ · Intermediate 3/9 (6 h 55 min left) · 2 placed by likeness, 1 not placed');
    const docker = outline.progress!.areas.find((area) => area.area === 'Docker and Containers')!;
    assert.equal(areaStatus(docker), docker.text);
    assert.equal(notCountedCounts(outline.progress!), '1 module, 1 file');
  });

  it('shows in the progress row the next level and its time left, short enough for the default side bar; every level in its tooltip', () => {
    const area = find(file, 'Area 1: Cloud Web Apps');
    const progress = rowText(childrenOf(area)[0], pathOf);
    assert.deepEqual([progress.label, progress.description], ['Intermediate 3/9', '6 h 55 min left']);
    assert.deepEqual(progress.tooltip.slice(1), ['Beginner ✓ · Intermediate 3/9', 'Beginner reached in Cloud Web Apps', "Left for Intermediate: 6 modules, 6 h 55 min at the course's estimates"]);
  });

  it('marks an area’s progress done by the levels the server says are met, not by counting', () => {
    const progress = find(file, 'Intermediate 3/9');
    assert.equal(rowText(progress, pathOf).icon.id, 'checklist');
    assert.ok(progress.kind === 'progress');
    // "One of these": the server meets a level with fewer modules done than it lists.
    const levels = progress.progress.levels.map((level) => ({ ...level, met: true }));
    assert.ok(levels.some((level) => level.done < level.required));
    assert.equal(rowText({ ...progress, progress: { ...progress.progress, levels } }, pathOf).icon.id, 'pass-filled');
  });

  it('has no Check row once the notes link each module to the course, and no Not counted row when everything counts', async () => {
    const linked = notes
      .replace('### LAMP server', `### [LAMP server](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-lamp-amazon-linux-2.html)`)
      .replace('### S3 vs EC2', '### On your own: Compare the performance, functionality, and price when serving web content from S3 versus an EC2 VM')
      .replace(/### Side project[^]*?(?=## Area 2)/, '')
      .replace(/### Weekly reflection[^]*?(?=## Area 1)/, '');
    const sure = fileNode(await outlineOf(linked, {}));
    assert.ok(!rows(sure).some((row) => /Check:|Not counted/.test(row)), rows(sure).join('\n'));
  });
});

describe('the tree’s rows for a module whose time the notes write in another area', () => {
  it('gives it no warning mark and says where its time is, and counts its level without it, as the server does', async () => {
    const text = ['## Cloud Web Apps', '* QwikLab: Intro to S3 (20 min)', '', '## Big Data and Machine Learning', '> Beginner Level', '* QwikLab: Intro to S3 - already completed in Area 1', ''].join('\n');
    const file = fileNode(await outlineOf(text, {}));
    const repeat = all(file).filter((node) => node.kind === 'module')[1];
    const shown = rowText(repeat, pathOf);
    assert.equal(shown.icon.id, 'book');
    assert.deepEqual([shown.label, shown.tooltip.at(-1), shown.accessibleLabel], ['timed elsewhere · QwikLab: Intro to S3', 'timed in another area', 'Module QwikLab: Intro to S3, timed in another area']);
    // A level whose only module is timed in another area: no estimate is missing there, and "0 min" would read as done in no time.
    assert.equal(rowText(find(file, 'Beginner'), pathOf).description, 'timed in another area');
    assert.equal(rowText(find(file, 'Cloud Web Apps'), pathOf).description, '20 min');
  });
});
