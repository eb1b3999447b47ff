// fast-check generators of what students paste into notes: Markdown-shaped lines (areas, levels,
// modules with links and estimates, lists, quotes, code fences with docker commands), unicode
// that is hard on UTF-16 (astral characters, combining marks, ZWJ sequences, the odd lone
// surrogate), and every kind of line ending.
import fc from 'fast-check';
import courseData from '../../server/data/course.json';

/** The seed CI runs with; FC_SEED picks another, FC_RUNS scales the number of cases. */
export function propertyParameters(defaultRuns: number): { seed: number; numRuns: number } {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261121;
  const numRuns = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : defaultRuns;
  return { seed, numRuns };
}

const unicode = ['😀', '𝒳', '👩‍💻', '🇩🇪', 'e\u0301', 'a\u0308\u0301', 'ñ', '中文笔记', 'Zürich', '\u200d', '\u00a0', '\u2028', 'ﬁ', 'İ', '\ufeff', '\t'];
const loneSurrogates = ['\ud83d', '\ude00', 'x\udbff', '\udc00y'];
const controls = ['\u0000', '\u0001', '\u0007', '\u001b[31m', '\u007f', '\u0085'];
const plainWords = ['Docker', 'Intro', 'Kubernetes', 'storage', 'the', 'VM', 'S3', 'Lab', 'notes', 'Hadoop', 'Spark', 'what', 'I', 'learned', '*stars*', '_under_', '**bold**', '`code`', 'a\\', '[x]', '<b>', '&amp;', '#', '|'];

const catalogModules = courseData.modules as { area: string; level: string; title: string; url?: string; minutes?: number }[];
const catalogTitles = catalogModules.map((module) => module.title);
const catalogUrls = catalogModules.flatMap((module) => (module.url ? [module.url] : []));
const areaTopics = [...new Set(catalogModules.map((module) => module.area))];

const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...plainWords) },
  { weight: 3, arbitrary: fc.constantFrom(...unicode) },
  { weight: 1, arbitrary: fc.constantFrom(...loneSurrogates, ...controls) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

const title: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom(...catalogTitles) },
  { weight: 1, arbitrary: fc.constantFrom('<img src=x onerror=alert(1)>', '\\[click\\](javascript:alert(1))', '[x](javascript:alert(1))', '😀 Docker 👩‍💻 Intro e\u0301') },
);

const url: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('https://example.com/a', 'https://www.youtube.com/watch?v=GIdVRB5yNsk', 'javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', 'command:workbench.action.terminal.new', '#area-1', '', 'https://github.com/u/r#readme', './local.md', 'https://example.com/😀?q=e\u0301'),
  fc.constantFrom(...catalogUrls),
);

const estimate: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '(time: 30 min)', '(time: )', '(time: 30)', '~10 mins', '- 20 mins', 'Time: 1 h 30 min', '(time: 999999999 hours)', '(1.5 hours)',
      '(time: TODO)', '20-30 min', '(time: soon)', '45min', '(Studied for one hour)', '**Time: 15 min**', '(time: 0 min)', '(time: 999999999999999 hours)',
      '(time: 1,5 h)', '(time: 1hour15min)', '(time: half an hour)', '(time: 2 小时)', '(time: 30 min) (time: 40 min)', '-- 200min',
    ),
  },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.nat(), fc.integer({ min: 0, max: 1e15 })), fc.constantFrom('min', 'h', 'hours', 's', 'mins')).map(([n, unit]) => `(time: ${n} ${unit})`) },
);

const link = fc.tuple(title, url).map(([text, target]) => `[${text}](${target})`);
const optional = <T>(arbitrary: fc.Arbitrary<T>, fallback: T): fc.Arbitrary<T> => fc.option(arbitrary, { nil: undefined }).map((value) => value ?? fallback);

const dockerLines = [
  'docker run -it --name web -p 80:80 nginx', 'docker ps --al', 'dokcer run hello-world', 'docker imabe build .', '$ kubectl get pods -o wide',
  'docker container run -itd --rm alpine sh', 'docker -H tcp://x ps', 'kubectl rolling-update x', 'docker run --nmae x', 'sudo docker build -t x .',
  'docker compose up -d', 'docker run \\', '  -p 80:80 nginx', 'docker 😀 run', 'docker run -p80:80 "a b" \'c\' $(docker ps -q)', 'docker run -e X=é\u0301 𝒳',
  'kubectl get po --sort-by=.metadata.name', 'docker network create --driver=overlay', 'docker swarm init --advertise-addr', 'docker ',
  'kubectl ', 'docker con', 'docker run --', 'docker run -', '`docker ps --al`', 'echo "unterminated', "docker run 'x", 'docker run $(', 'docker run `x',
];

const prefix = fc.constantFrom('', '', '', '- ', '* ', '1. ', '> ', '  - ', '>> ', '> - ', '   ', '\t', '+ ', '\t- ', '    6. ');

/** One line of a notes-like document. */
const line: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), title, optional(estimate, '')).map(([depth, text, time]) => [`${'#'.repeat(depth)} ${text} ${time}`.trimEnd()]) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('#', '##', '###'), fc.nat({ max: 9 }), fc.constantFrom(...areaTopics, '', 'Docker 😀')).map(([hashes, n, topic]) => [`${hashes} Area ${n}${topic ? `: ${topic}` : ''}`]) },
  { weight: 2, arbitrary: fc.constantFrom('> Beginner Level', '> **_Intermediate Level_**', '**Advanced Level**', '### Bring it together', '- Beginner level', 'Intermediate Level - Docker Networking', '### Intermediate Level - Docker (time: 20 min)').map((text): string[] => [text]) },
  { weight: 6, arbitrary: fc.tuple(prefix, link, optional(estimate, '')).map(([before, text, time]) => [`${before}${text} ${time}`.trimEnd()]) },
  { weight: 2, arbitrary: fc.tuple(prefix, title, estimate).map(([before, text, time]) => [`${before}${text} ${time}`]) },
  { weight: 4, arbitrary: fc.tuple(prefix, fc.array(word, { maxLength: 12 })).map(([before, words]) => [`${before}${words.join(' ')}`]) },
  { weight: 1, arbitrary: fc.constantFrom('Include notes here about each of the links', '> Include notes here about each of the links', 'FILL ME IN', 'Time: TODO', '- FILL ME IN (time: )').map((text): string[] => [text]) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('', '> ', '  ', '- '), fc.constantFrom('```bash', '```', '~~~sh', '```console', '```yaml', '````shell'), fc.array(fc.constantFrom(...dockerLines), { maxLength: 5 }), fc.boolean())
      .map(([before, fence, body, closed]) => [`${before}${fence}`, ...body.map((text) => `${before}${text}`), ...(closed ? [`${before}${fence.replace(/[a-z]+$/, '')}`] : [])]),
  },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...dockerLines), fc.constantFrom(...dockerLines)).map(([a, b]) => [`Run \`${a}\` then \`${b.replace(/`/g, '')}\`.`]) },
  { weight: 3, arbitrary: fc.constant<string[]>(['']) },
  { weight: 1, arbitrary: fc.constantFrom<string[]>(['| a | b |', '|---|---|', '| [x](https://x.y) (time: 5 min) | 😀 |'], ['- [Area 1](#area-1)', '- [Area 2](#area-2)'], ['## Time spent', 'Lab: Docker Intro -- 200min', '- Video: Virtualization: 10 min'], ['**Kubernetes**', '', 'Time: 35min'], ['Title', '==='], ['---'], ['<img src=x onerror=alert(1)>'], ['<!-- comment', '-->'], ['[ref]: javascript:alert(1)', '[Docker][ref] (time: 5 min)']) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((text): string[] => [text]) },
);

/** A fraction in [0, max], uniform (fc.double leans towards 0: it draws from the float bit patterns). */
export function fraction(max = 1): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: 1_000_000 }).map((n) => (n / 1_000_000) * max);
}

export type LineEnding = '\n' | '\r\n' | '\r' | 'mixed';

/** A whole document: lines, one ending (or a mix), maybe a BOM, maybe no final newline. */
export const notesDocumentArbitrary: fc.Arbitrary<string> = fc
  .record({
    lines: fc.array(line, { maxLength: 40 }).map((groups) => groups.flat()),
    ending: fc.constantFrom<LineEnding>('\n', '\n', '\r\n', '\r\n', '\r', 'mixed'),
    mixed: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 8 }),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ lines, ending, mixed, bom, finalNewline }) => {
    const eol = (index: number): string => (ending === 'mixed' ? mixed[index % mixed.length] : ending);
    let text = lines.map((text, index) => (index < lines.length - 1 || finalNewline ? text + eol(index) : text)).join('');
    if (bom) text = '\ufeff' + text;
    return text;
  });

/** Text an edit inserts: a character, a word, a line break, an astral character, a markdown line. */
export const insertedTextArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', ' ', 'x', '#', '>', '-', '`', '(', ')', ':', '1', '*', '[', ']') },
  { weight: 3, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n') },
  { weight: 2, arbitrary: fc.constantFrom('😀', '𝒳', 'e\u0301', '\u0301', '\ud83d', '\ude00', '👩‍💻') },
  { weight: 3, arbitrary: fc.constantFrom(' (time: 30 min)', '## Area 2: Docker and Containers\n', '> Beginner Level\n', '[Video: Virtualization](https://www.youtube.com/watch?v=GIdVRB5yNsk) ~10 mins\n', '```bash\ndocker ps --al\n', '```\n', '- [Lab](https://x.y) (time: 5 min)\n', 'Include notes here about each of the links\n') },
  { weight: 2, arbitrary: line.map((lines) => lines.join('\n')) },
);
