#!/usr/bin/env node
/**
 * Lists every `docker-command` diagnostic on every Markdown file of the corpus, with the line
 * it stands on, so that each one can be read and judged (a real slip of the student, or a false
 * warning to fix). Needs the tsx loader to read the TypeScript sources:
 *
 *   node --import tsx scripts/docker-diagnostics-report.mjs [corpus dir, default /work/shared/corpus]
 *
 * Also prints how many docker/kubectl command lines were read, to show what was checked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { remark } from 'remark';
import { fileURLToPath } from 'node:url';
import { collectCode } from '../server/src/notes/code';
import { SourceMap } from '../server/src/notes/source';
import { dockerDiagnostics } from '../server/src/docker/dockerDiagnostics.ts';
import { readInvocation } from '../server/src/docker/dockerCommands.ts';
import { isShellSpan, spanCommands } from '../server/src/docker/shellLine.ts';

// The corpus lives in ../shared beside the project.
const root = process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus', import.meta.url));

function markdownFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return markdownFiles(file);
      return name.endsWith('.md') ? [file] : [];
    });
}

// Code blocks are CommonMark's: no GitHub extension changes them.
const parser = remark().freeze();
let files = 0;
let invocations = 0;
let total = 0;
for (const file of markdownFiles(root)) {
  files++;
  const text = readFileSync(file, 'utf8');
  const source = new SourceMap(text);
  const code = collectCode(parser.parse(source.parseText), source);
  for (const span of code.filter(isShellSpan)) invocations += spanCommands(span).filter((c) => readInvocation(c)).length;
  const diagnostics = dockerDiagnostics(code);
  if (diagnostics.length === 0) continue;
  const lines = source.lines;
  console.log(`\n${path.relative(root, file)}`);
  for (const d of diagnostics) {
    total++;
    const line = lines.lineText(d.range.start.line);
    const fix = d.data ? ` [fix: ${d.data.replacement}]` : '';
    console.log(`  ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}${fix}`);
    console.log(`      ${line.trim().slice(0, 160)}`);
  }
}
console.log(`\n${total} diagnostics in ${files} files (${invocations} docker/kubectl command lines read)`);
