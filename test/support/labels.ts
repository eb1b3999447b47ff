import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes } from '../../server/src/notes/parse';
import type { NotesModel } from '../../server/src/notes/types';
import { readCorpusFile } from './corpus';

/** A human's reading of one corpus file (test/fixtures/labels). Lines are 1-based. */
export interface LabelledFile {
  file: string;
  modules: { line: number; title: string; minutes: number | null; minutesMax?: number | null; level: string | null; area: string | null; areaLine?: number | null; ambiguous?: boolean }[];
  notModules?: { line: number; text: string }[];
}

export const labelsDir = path.resolve(__dirname, '../fixtures/labels');

export function loadLabels(): LabelledFile[] {
  return readdirSync(labelsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(labelsDir, name), 'utf8')) as LabelledFile);
}

export interface FileScore {
  file: string;
  truePositives: number;
  falsePositives: number[];
  falseNegatives: number[];
  minutesRight: number;
  minutesWrong: { line: number; expected: number | null; got: number | null }[];
  levelRight: number;
  areaRight: number;
}

export function scoreFile(label: LabelledFile, model: NotesModel = parseNotes(readCorpusFile(label.file), { catalog: bundledCourse.catalog })): FileScore {
  const labelled = new Map(label.modules.filter((m) => !m.ambiguous).map((m) => [m.line, m]));
  const ambiguous = new Set(label.modules.filter((m) => m.ambiguous).map((m) => m.line));
  const found = new Map(model.modules.map((m) => [m.openerRange.start.line + 1, m]));
  const score: FileScore = { file: label.file, truePositives: 0, falsePositives: [], falseNegatives: [], minutesRight: 0, minutesWrong: [], levelRight: 0, areaRight: 0 };
  for (const [line, module] of found) {
    const expected = labelled.get(line);
    if (!expected) {
      if (!ambiguous.has(line)) score.falsePositives.push(line);
      continue;
    }
    score.truePositives++;
    const minutes = module.estimate?.kind === 'minutes' ? module.estimate.minutes.min : null;
    if (minutes === expected.minutes || (minutes !== null && expected.minutes !== null && Math.abs(minutes - expected.minutes) < 0.5)) score.minutesRight++;
    else score.minutesWrong.push({ line, expected: expected.minutes, got: minutes });
    if ((module.level ?? null) === expected.level) score.levelRight++;
    const areaLine = module.areaIndex === undefined ? null : model.areas[module.areaIndex].headingRange.start.line + 1;
    if (expected.areaLine === undefined || areaLine === (expected.areaLine ?? null)) score.areaRight++;
  }
  for (const line of labelled.keys()) if (!found.has(line)) score.falseNegatives.push(line);
  return score;
}
