// `study-notes check --fix` on a folder of notes while an editor (racingSaver.mjs, another process) saves
// each file the moment the run's temporary file for it appears: what the editor saved must survive.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type SaveStyle = 'atomic' | 'in-place';

export interface RaceResult {
  /** Saves made while a fix of the same file was under way. */
  saves: number;
  /** Files whose text is not the editor's save: the saves the run lost. */
  lost: string[];
  /** Files the run said changed during the run. */
  detected: number;
  /** Files beside the notes that neither the run nor the editor cleaned up. */
  leftovers: string[];
  stderr: string;
}

const saverScript = path.join(__dirname, 'racingSaver.mjs');

/**
 * Races the fixes of `count` notes files against saves of notes without a fix. The notes are of three
 * sizes, 0.4, 50 and 500 KB: the longer the file, the later in its fix the save lands.
 */
export async function raceFix(cli: string, count: number, style: SaveStyle): Promise<RaceResult> {
  const saved = notes('Saved by the editor while the fix ran.\n');
  const dir = mkdtempSync(path.join(tmpdir(), 'study-notes-race-'));
  try {
    const names = Array.from({ length: count }, (_, index) => `student-${String(index).padStart(3, '0')}.md`);
    names.forEach((name, index) => writeFileSync(path.join(dir, name), notesToFix([1, 125, 1250][index % 3])));
    const saver = spawn(process.execPath, [saverScript, dir, style], { stdio: ['pipe', 'pipe', 'inherit'] });
    const saverOutput = textOf(saver, 'stdout');
    saver.stdin?.end(saved);
    await new Promise<void>((resolve) => saver.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('watching') && resolve()));
    const run = spawn(process.execPath, [cli, 'check', '--fix', '.'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    const stderr = await textOf(run, 'stderr');
    // Every temporary file of the run was made before this one: the editor has seen them all when it sees it.
    writeFileSync(path.join(dir, 'end-of-run'), '');
    const saves = (await saverOutput).split('\n').filter((line) => line.startsWith('saved ')).length;
    const left = readdirSync(dir).filter((name) => !names.includes(name) && name !== 'end-of-run');
    return {
      saves,
      lost: names.filter((name) => readFileSync(path.join(dir, name), 'utf8') !== saved),
      detected: stderr.match(/ changed during the run/g)?.length ?? 0,
      leftovers: left,
      stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Notes whose one safe fix removes the template's sentence, after `paragraphs` paragraphs of 410 bytes. */
function notesToFix(paragraphs: number): string {
  return notes(`${`${'Containers share the kernel of the host. '.repeat(10)}\n\n`.repeat(paragraphs)}> Include notes here about each of the links\n`);
}

const notes = (body: string): string => `# Notes\n\n## Area 1: Docker and Containers\n\n> Beginner Level\n\n[Video: Why Docker?](https://x.example/v) (time: 20 min)\n\n${body}`;

/** All a child wrote on one of its streams, once it has exited. */
function textOf(child: ChildProcess, stream: 'stdout' | 'stderr'): Promise<string> {
  let text = '';
  child[stream]?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return new Promise((resolve) => child.on('close', () => resolve(text)));
}
