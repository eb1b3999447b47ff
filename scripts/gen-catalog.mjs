// Builds the bundled course catalog from the course site's published module list
// (../shared/corpus/course-catalog-gwdistsys18.json): facts of the public course site.
// The catalog files the course's third level, "Bring it all together", as a group of Intermediate;
// the notes make it a level. "Extra" holds the optional "More Resources".
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2] ?? '../shared/corpus/course-catalog-gwdistsys18.json';
const levelOf = (entry) => (/bring it/i.test(entry.group ?? '') ? 'Bring it together' : entry.level);
// What the course pages say beside the list, by title:
// - Big Data's Beginner Hadoop lab: the QwikLab, in force in October (bigdata-2018-09-27.md), was struck
//   through and replaced by the AWS tutorial; notes of either do for Beginner.
// - SDN's "Performance Evaluation - this will be updated with more details later" never was: it asks nothing.
// - SDN's videos may be watched as another talk or read as the paper the page links beside them.
// - The Docker Beginner lab runs on the Play with Docker classroom, the name students give it.
const pageFacts = {
  'QwikLab: Analyze Big Data with Hadoop': { choice: 'Hadoop lab' },
  'Performance Evaluation': { optional: true },
  'Video: OpenNetVM NFV platform': { otherUrls: ['http://faculty.cs.gwu.edu/timwood/papers/16-HotMiddlebox-onvm.pdf'] },
  'Video: Netmap - a framework for fast I/O': { otherUrls: ['https://www.youtube.com/watch?v=SPtoXNW9yEQ', 'https://www.usenix.org/system/files/conference/atc12/atc12-final186.pdf'] },
  'Lab: DevOps Docker Beginners Guide': { otherTitles: ['Play with Docker Classroom'] },
};
const beginnerHadoop = (entry) => entry.title === 'AWS Tutorial: Analyze Big Data with Hadoop' && entry.level === 'Beginner' ? { choice: 'Hadoop lab' } : {};
const entries = JSON.parse(readFileSync(source, 'utf8')).map((entry) => ({
  area: entry.area,
  level: levelOf(entry),
  ...(entry.group ? { group: entry.group } : {}),
  title: entry.title,
  ...(entry.url ? { url: entry.url } : {}),
  ...(typeof entry.minutes === 'number' ? { minutes: entry.minutes } : {}),
  // Struck through on the site ("no longer available"): listed, required only as one of a choice.
  ...(/struck through/i.test(entry.note ?? '') ? { withdrawn: true } : {}),
  ...pageFacts[entry.title],
  ...beginnerHadoop(entry),
}));

// The rules of course-site/gwdistsys18-learn-learn.md (Fall 2018). "Beginner + Intermediate level in
// a first topic and Beginner level in a second topic": one area at Intermediate, two at Beginner or more.
const levels = [
  { name: 'Beginner', includes: ['Beginner'] },
  { name: 'Intermediate', includes: ['Intermediate', 'Bring it together'] },
];
const rounds = [
  {
    name: 'Round 1',
    due: '2018-10-29',
    requires: [{ level: 'Intermediate', areas: 1 }, { level: 'Beginner', areas: 2 }],
  },
  {
    name: 'Round 2',
    due: '2018-12-09',
    requires: [{ level: 'Intermediate', areas: 2 }, { level: 'Beginner', areas: 3 }],
    alternatives: ['a final project in an area of your choice'],
  },
];
// The due dates are days in Washington, DC, where the course was taught: a round is due at the end of its day there.
const timeZone = 'America/New_York';
const catalog = { course: 'GW CS 6421 Distributed Systems Practice (2018)', site: 'https://gwdistsys18.github.io/', timeZone, levels, rounds, modules: entries };
writeFileSync('server/data/catalog.json', JSON.stringify(catalog, null, 1) + '\n');
console.log(`wrote server/data/catalog.json: ${entries.length} modules`);
