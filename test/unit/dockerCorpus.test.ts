import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { dockerDiagnostics } from '../../server/src/docker/dockerDiagnostics';
import { collectCode } from '../../server/src/notes/code';
import { SourceMap } from '../../server/src/notes/source';
import { corpusRoot, skipWithoutCorpus } from '../support/corpus';
import { parseMarkdown } from '../../server/src/notes/parse';

// Every `docker-command` warning on the real students' notes, read one by one: these are the
// ones judged real (each is a command the client would refuse). A warning not in this list is a
// false one until someone reads it and decides otherwise. To see them all with their lines:
//   node --import tsx scripts/docker-diagnostics-report.mjs

/** file (relative to the corpus), 1-based line, the word warned about. */
const JUDGED_REAL: [string, number, string][] = [
  ['notes/Mirage00-1.md', 35, 'dock'], // `dock pull`
  ['notes/PerryApple-1.md', 274, '-i'], // `docker container -i -t exec ...`: flags before the subcommand
  ['notes/PerryApple-1.md', 456, 'joint-token'],
  ['notes/PerryApple-1.md', 461, 'creates'], // `docker network creates -d overlay overnet`
  ['notes/PerryApple-1.md', 528, '-token'], // `docker swarm join -token SWMTKN-...`
  ['notes/PerryApple-1.md', 543, 'stacker'], // `docker stacker services`
  ['notes/WenyuanShao-2.md', 207, 'inspection'],
  ['notes/WenyuanShao-2.md', 239, '--replicate'], // for --replicas
  ['notes/ZhaoqiZhang-1.md', 51, 'pull'], // `docker container pull`: pull is an image command
  ['notes/ZhaoqiZhang-1.md', 55, 'push'],
  ['notes/bbowman410-1.md', 24, 'execute'],
  ['notes/bbowman410-1.md', 53, '--datach'],
  ['notes/bbowman410-1.md', 67, 'imabe'],
  ['notes/bbowman410-2.md', 31, 'execute'],
  ['notes/bbowman410-2.md', 60, '--datach'],
  ['notes/bbowman410-2.md', 74, 'imabe'],
  ['notes/johnbryant-2.md', 543, 'socker'], // `socker container run alpine echo ...`
  ['notes/jzhzj-1.md', 48, 'conntainer'],
  ['notes/jzhzj-2.md', 64, 'conntainer'],
  ['notes/unlimitediw-3.md', 383, '-token'],
  ['notes/unlimitediw-3.md', 426, 'services'], // `docker services voting_stack` for `docker stack services`
  ['notes/unlimitediw-3.md', 471, 'kubectk'],
  ['notes/welljoeyjjl-1.md', 33, 'execute'],
  ['notes/welljoeyjjl-1.md', 77, '--datach'],
  ['notes/welljoeyjjl-1.md', 83, 'imabe'],
  ['notes/welljoeyjjl-2.md', 46, 'execute'],
  ['notes/welljoeyjjl-2.md', 90, '--datach'],
  ['notes/welljoeyjjl-2.md', 96, 'imabe'],
  ['notes-split/GXwar/Docker__Image.md', 7, 'insepect'],
  ['seeds/004_8df46fd5f9bc121f.md', 366, 'socker'],
];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return markdownFiles(file);
      return name.endsWith('.md') ? [file] : [];
    });
}

describe('docker diagnostics on the corpus', function () {
  before(function () {
    skipWithoutCorpus(this);
  });

  it('warns only where a student really mistyped a command', function () {
    this.timeout(60_000);
    const found: string[] = [];
    for (const file of markdownFiles(corpusRoot)) {
      const text = readFileSync(file, 'utf8');
      const source = new SourceMap(text);
      for (const d of dockerDiagnostics(collectCode(parseMarkdown(source.text), source))) {
        const word = source.lines.lineText(d.range.start.line).slice(d.range.start.character, d.range.end.character);
        found.push(`${path.relative(corpusRoot, file)}:${d.range.start.line + 1} ${word}`);
      }
    }
    const judged = new Set(JUDGED_REAL.map(([file, line, word]) => `${file}:${line} ${word}`));
    assert.deepEqual(
      found.filter((f) => !judged.has(f)),
      [],
      'warnings nobody has judged real',
    );
    assert.ok(found.length <= JUDGED_REAL.length, `${found.length} warnings, at most ${JUDGED_REAL.length} expected`);
  });
});
