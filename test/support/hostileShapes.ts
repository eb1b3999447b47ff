// The hostile shapes: texts a student pastes, a fork may hold or the red team wrote, each at the
// size that once took seconds to minutes or gigabytes. test/lsp/hostile.test.ts asserts that the
// server answers each within its memory limit; `npm run bench` reports their first-answer times
// against the 2 s goal. Texts are made on demand: together they are over 100 MB.

export interface HostileShape {
  name: string;
  text: () => string;
}

/** A notes unit with the parts remark pays most for: a heading, a quote, links, a list, code. */
export const notesUnit = [
  '## Area 1: Cloud Web Apps',
  '> Beginner Level',
  '',
  '[AWS Tutorial: Launch a VM](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/) (time: 30 min)',
  'I launched a VM with `docker run -it nginx`.',
  '',
  '- [Video: Virtualization](https://www.youtube.com/watch?v=GIdVRB5yNsk) ~10 mins',
  '  Hypervisors share the hardware.',
  '',
  '```bash',
  'docker ps --al',
  '```',
  '',
].join('\n');

const redTeamNote = '## Area 1: Docker and Containers\n> Beginner Level\n\n[Video: Why Docker?](https://x.example/v) (time: 10 min)\nNotes.\n';

export function repeatTo(piece: string, size: number): string {
  return piece.repeat(Math.ceil(size / piece.length));
}

export const largeShapes = {
  prose: { name: '10 MB of prose paragraphs', text: () => repeatTo('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n\n', 10e6) },
  notes: { name: '10 MB of notes', text: () => repeatTo(notesUnit, 10e6) },
  singleLine: { name: '5 MB on a single line', text: () => repeatTo('word [link](https://x.example) `code` **bold** ', 5e6) },
  headings: { name: '100,000 headings', text: () => Array.from({ length: 100_000 }, (_, index) => `## Module ${index} (time: 5 min)`).join('\n') },
  overLimit: { name: '12 MB of notes', text: () => repeatTo(notesUnit, 12 * 1024 * 1024) },
  setext: { name: '30,000 setext headings', text: () => repeatTo('Heading\n=======\n\n', 30_000 * 17) },
} satisfies Record<string, HostileShape>;

export const nestingShapes: HostileShape[] = [
  { name: '50,000 nested blockquotes', text: () => '>'.repeat(50_000) + ' [Video: Why Docker?](https://x.example/v) (10 min)' },
  { name: '50,000 nested list levels on one line', text: () => '- '.repeat(50_000) + '[Lab](https://x.example/l) (time: 5 min)' },
  { name: '50,000 nested ordered lists', text: () => '1. '.repeat(50_000) + 'x' },
  { name: '25,000 quote and list levels', text: () => '> - '.repeat(25_000) + 'x' },
  { name: 'a 50,000-dash thematic break', text: () => '- '.repeat(50_000) + '-' },
  { name: '2,000 lines each 200 list levels deep', text: () => ('- '.repeat(200) + 'x\n').repeat(2_000) },
];

// The red-team report's shapes at their stated sizes: each took seconds to minutes, or gigabytes,
// or killed the server before the read-cost model, the line reader and the size limit knew them.
export const redTeamShapes: HostileShape[] = [
  { name: 'a note and 1,000,000 blank lines', text: () => redTeamNote + '\n'.repeat(1_000_000) },
  { name: '3.9 MB of newlines', text: () => '\n'.repeat(3_900_000) },
  { name: '500,000 bare > lines', text: () => '>\n'.repeat(500_000) },
  { name: 'a 100 KB heading line', text: () => `# a${' '.repeat(100_000)}b` },
  { name: 'a 200 KB heading line', text: () => `# a${' '.repeat(200_000)}b` },
  { name: '5 MB of 100 KB heading lines', text: () => `# a${' '.repeat(100_000)}b\n`.repeat(50) },
  { name: '[ × 100,000', text: () => '['.repeat(100_000) },
  { name: '49 KB of ![', text: () => '!['.repeat(24_500) },
  { name: '49 KB of a*a*', text: () => 'a*a*'.repeat(12_250) },
  { name: '49 KB of [', text: () => '['.repeat(49_000) },
  { name: '49 KB of <', text: () => '<'.repeat(49_000) },
  {
    name: 'a 2,000-column table',
    text: () => ['| ' + Array.from({ length: 2_000 }, (_, i) => `c${i}`).join(' | ') + ' |', '|' + '---|'.repeat(2_000), ...Array.from({ length: 40 }, () => '| ' + 'x | '.repeat(2_000))].join('\n'),
  },
  { name: '8 MB of NUL', text: () => '\u0000'.repeat(8e6) },
  { name: '20 MB of NUL', text: () => '\u0000'.repeat(20e6) },
  { name: '20 MB of notes', text: () => repeatTo(redTeamNote + '\n', 20e6) },
];

/** The opening of a notes file, before the fuzzer's shapes. */
export const notesOpening = '# Notes\n\n## Area 1: Docker and Containers\n> Beginner Level\n\n[Video: Why Docker?](https://x.example/v) (time: 10 min)\n';

// Found by `npm run fuzz` (scripts/fuzz-server.ts): regular expressions that retried from every
// character of a long run, and a remark rule the read cost did not know.
export const fuzzShapes: HostileShape[] = [
  // Completion at the end looked for `[Title](` from every `[` of the line.
  { name: "a line of 170,323 '![' and as many ')', completed at its end", text: () => notesOpening + '!['.repeat(170_323) + ')'.repeat(170_323) },
  // A title's trailing `*` were trimmed by /[…]+$/, which the NUL after them kept failing.
  { name: "2,269 times, 170,323 '**' and a NUL on one line", text: () => notesOpening + '(time: 30 min)'.repeat(2_269) + '**'.repeat(170_323) + '\u0000'.repeat(24) },
  // remark's footnote rule looks back over the paragraph from each `]` no link closes: 26 s.
  { name: "a line of 43,557 ']'", text: () => notesOpening + ']'.repeat(43_557) },
  // remark's time grows with the square of a paragraph's links, faster behind an open `![`: 52 s.
  // remark's time grows faster than a block's length: 18.8 s.
  { name: "11,139 lines of '=' and 43,557 backticks", text: () => notesOpening + '=\n'.repeat(11_139) + '`'.repeat(43_557) },
  { name: "17,549 '![' and 7,070 lines of links in one paragraph", text: () => '!['.repeat(17_549) + '> '.repeat(368) + '[Lab](https://x.example/l) (10 min)\n'.repeat(7_070) },
  // 86,132 modules of one title: the outline (20 MB of JSON), the reading by lines and the duplicate
  // check took 3.1-3.8 s to the first answer, 9.8 s under load.
  { name: '86,132 lines of links after a notes opening', text: () => notesOpening + '[Lab](https://x.example/l) (10 min)\n'.repeat(86_132) },
  // A 2.4 MB line of times: the whole line was scanned for an opener's time (17.8 s under load).
  { name: "170,323 '(time: 30 min)' and 86,132 '<' on one line after a notes opening", text: () => notesOpening + '(time: 30 min)'.repeat(170_323) + '<'.repeat(86_132) + '&amp;'.repeat(2) },
  // A page's first heading for progress: its closing #s were cut by a lazy group before `[\s#]*$` (43.6 s; no answer in 60 s at 86,132).
  { name: "a heading of 48,045 '# ' ending in 148 '- '", text: () => '# '.repeat(48_045) + '- '.repeat(148) },
  // A docker command's word was looked at anew at each character, for an operator and for a file
  // descriptor before `>`: its diagnostics, 68 s (no answer in 60 s) and 49 s.
  { name: "a docker command of 5,633 'a*' and 135,697 emoji", text: () => dockerCommand('a*'.repeat(5_633) + '😀'.repeat(135_697)) },
  { name: "a docker command of 128,000 '<a>'", text: () => dockerCommand('<a>'.repeat(128_000)) },
  // Found by review: `<\s*br\s*\/?\s*>` after a link's `)` tried each space with both `\s*` (2.9 s at 32,000 spaces).
  { name: "a module line ending in '<br' and 1,000,000 spaces", text: () => `${notesOpening}\n[Lab: Docker Intro](https://x.example/l) 1 <br${' '.repeat(1_000_000)}\n` },
];

function dockerCommand(words: string): string {
  return `${notesOpening}\n\`\`\`bash\ndocker run ${words}\n\`\`\`\n`;
}

/** Every shape by where it comes from, for the benchmark. */
export const hostileGroups: Record<string, HostileShape[]> = {
  'large documents': Object.values(largeShapes),
  'deep nesting': nestingShapes,
  'the red-team report': redTeamShapes,
  'found by npm run fuzz': fuzzShapes,
};
