// The bundled course is data: its site's pages converted as any instructor's are, and the facts no
// page states, listed in scripts/gen-course.ts. Nothing else of it is written anywhere.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { readCourseJson } from '../../server/src/catalog/courseJson';
import { bundledCourseText, coursePages, courseYear, withCourseFacts } from '../../scripts/gen-course';
import { corpusRoot, skipWithoutCorpus } from '../support/corpus';
import { buildCliOnce, projectRoot, runCli } from '../support/studyNotesCli';

const siteDir = path.join(corpusRoot, 'course-site');

describe('the bundled course', function () {
  this.timeout(60_000);

  before(function () {
    skipWithoutCorpus(this);
    buildCliOnce();
  });

  it('is exactly what scripts/gen-course.ts makes of the course site’s pages (npm run gen:course after changing either)', () => {
    assert.equal(readFileSync(path.join(projectRoot, 'server/data/course.json'), 'utf8'), bundledCourseText(siteDir));
  });

  it('`study-notes course convert` of its pages gives its areas, levels, modules with times, choices, optional modules and rounds; the generator adds only the facts no page states', () => {
    const run = runCli(['course', 'convert', '--year', String(courseYear), ...coursePages], siteDir);
    assert.equal(run.status, 0, run.stderr);
    const converted = readCourseJson(run.stdout).spec!;
    const bundled = readCourseJson(readFileSync(path.join(projectRoot, 'server/data/course.json'), 'utf8')).spec!;
    assert.deepEqual(withCourseFacts(converted), bundled);
    // What the facts leave alone, convert gives as it is.
    const own = (module: (typeof bundled.modules)[number]) => ({ ...module, level: undefined, otherTitles: undefined });
    assert.deepEqual(converted.modules.map(own), bundled.modules.map(own));
    assert.deepEqual(converted.rounds, bundled.rounds);
    assert.deepEqual(converted.areas?.map((area) => area.name), bundled.areas?.map((area) => area.name));
    assert.deepEqual(converted.levels?.map((level) => level.name), bundled.levels?.map((level) => level.name));
    assert.deepEqual(converted.choices, bundled.choices);
  });

  it('`study-notes course check` of its pages prints the course it read; without the year it names the lines whose dates lack one', () => {
    const run = runCli(['course', 'check', '--year', String(courseYear), ...coursePages], siteDir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Practice \(gwdistsys18-learn-learn\): 4 areas, 2 levels, 58 modules, 2 rounds\n/);
    assert.match(run.stdout, /\n {2}Round 1, due 2018-10-29, end of day in UTC \(the course names no time zone\): 1 area at Intermediate or above, 2 areas at Beginner or above\n/);
    const yearless = runCli(['course', 'check', ...coursePages], siteDir);
    assert.equal(yearless.status, 1);
    assert.deepEqual(yearless.stderr.trim().split('\n'), [
      'study-notes: gwdistsys18-learn-learn.md:16: "Round 1": the date "Monday October 29th" has no year: write it ("Monday October 29th, 2025"), or give the year (front matter "year: 2025", or --year)',
      'study-notes: gwdistsys18-learn-learn.md:18: "Round 2": the date "Sunday December 9th" has no year: write it ("Sunday December 9th, 2025"), or give the year (front matter "year: 2025", or --year)',
    ]);
  });

  it('is checked by `course check` as any course file is, and is the default course', () => {
    const run = runCli(['course', 'check', 'server/data/course.json'], projectRoot);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^GW CS 6421 Distributed Systems Practice \(2018\) \(gwdistsys18\): 4 areas, 2 levels, 58 modules, 2 rounds; due dates in America\/New_York\n/);
    assert.equal(bundledCourse.id, 'gwdistsys18');
  });
});
