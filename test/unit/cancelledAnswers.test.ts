// The answers that go over many items (a long outline, a large workspace's symbols, a large
// course's completions) stop at their next step once their request is cancelled, and are not
// remembered half made; the answers of real notes take one step and never see a cancel.
import assert from 'node:assert/strict';
import { defaultSettings } from '../../server/src/document/settings';
import { Cancelled, stepItems, type Cancellation } from '../../server/src/document/steps';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import { memoryWorkspace, OpenTexts } from '../support/memoryWorkspace';

/** A request cancelled once the work has been asked `checks` times whether it was. */
function cancelledAfter(checks: number): Cancellation & { asked: number } {
  return {
    asked: 0,
    get isCancellationRequested() {
      return ++this.asked > checks;
    },
  };
}

const module = (n: number): string => `[Lab ${n}: Containers](https://example.org/lab/${n}) (time: 10 min)\n\nran it\n`;
/** Areas of one module each: every area is an entry of the outline's top level, where its steps end. */
const manyAreas = (count: number): string => `# Notes\n\n${Array.from({ length: count }, (_, n) => `## Area ${n + 1}: Topic ${n}\n\n${module(n)}\n`).join('')}`;
const few = `# Notes\n\n## Area 1: Docker\n\n${module(1)}`;

function serviceOver(files: Record<string, string>) {
  const silent = (): void => undefined;
  const open = new OpenTexts();
  const service = createStudyNotesService({ workspace: memoryWorkspace(files), logger: { info: silent, warn: silent, error: silent }, openDocuments: open });
  return { service, open };
}

describe('answers over many items, when their request is cancelled', () => {
  it('a long outline stops at its next step and is not remembered; a short one is answered in one step', async () => {
    const { service, open } = serviceOver({});
    await service.configure(defaultSettings);
    const long = 'file:///workspace/long.md';
    open.open(long, manyAreas(3 * stepItems));
    const cancel = cancelledAfter(1);
    await assert.rejects(service.symbols(long, cancel), Cancelled);
    assert.equal(cancel.asked, 2, 'asked before the first step and after it');
    assert.equal((await service.symbols(long, cancelledAfter(Infinity))).length, 3 * stepItems, 'made whole, not the half the cancelled one left');
    open.open('file:///workspace/few.md', few);
    assert.equal((await service.symbols('file:///workspace/few.md', cancelledAfter(1))).length, 1);
  });

  it('workspace symbols stop at their next step', async () => {
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, file) => [`file:///workspace/week${file}.md`, `# Notes\n\n## Area 1: Docker\n\n${Array.from({ length: 500 }, (_, n) => module(n)).join('\n')}`]));
    const { service } = serviceOver(files);
    await service.configure(defaultSettings);
    await service.indexWorkspace();
    await assert.rejects(service.workspaceSymbols('lab', cancelledAfter(1)), Cancelled);
    assert.equal((await service.workspaceSymbols('lab 499', cancelledAfter(Infinity))).length, 5);
  });

  it('module completions over a large course stop at their next step', async () => {
    const modules = Array.from({ length: 2.5 * stepItems }, (_, n) => ({ area: 'Docker', level: 'Beginner', title: `Lab ${n}: Containers`, url: `https://example.org/lab/${n}`, minutes: 10 }));
    const { service, open } = serviceOver({ 'file:///workspace/course.json': JSON.stringify({ course: 'Large course', modules }) });
    await service.configure({ ...defaultSettings, catalog: 'course.json' });
    const uri = 'file:///workspace/notes.md';
    open.open(uri, `${few}\n[`);
    const at = { line: few.split('\n').length, character: 1 };
    await assert.rejects(service.completion(uri, at, false, true, cancelledAfter(1)), Cancelled);
    const listed = await service.completion(uri, at, false, true, cancelledAfter(Infinity));
    assert.ok(!Array.isArray(listed) && listed.items.length >= 2.5 * stepItems, `all the course's modules offered: ${Array.isArray(listed) ? listed.length : listed.items.length}`);
  });
});
