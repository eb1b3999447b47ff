import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lexedEstimate, mayHoldEstimate } from '../../server/src/notes/timeEstimate';
import { corpusNotesFiles, readCorpusFile, skipWithoutCorpus } from '../support/corpus';

/** Lines the prefilter passes over must hold nothing the lexer would find. */
function assertNothingSkipped(lines: Iterable<string>): number {
  let skipped = 0;
  for (const line of lines) {
    if (mayHoldEstimate(line)) continue;
    skipped++;
    assert.equal(lexedEstimate(line), undefined, `the line is not lexed, yet holds an estimate: ${JSON.stringify(line)}`);
  }
  return skipped;
}

/** Pieces students write around their times, glued or spaced: the shapes the lexer's rules read. */
const piece = fc.constantFrom(
  'Time', 'time', 'TIME', 'Duration', 'Estimated', 'spent', 'took', 'it', 'takes', 'me', 'about', '~', 'half', 'an', 'a', 'one', 'twenty', 'five',
  'hour', 'Hours', 'hr', 'hrs', 'h', 'min', 'Mins', 'minute', 'M', 'm', 'mn', 's', 'sec', 'seconds', '小时', '分钟', '分', '秒', '時間',
  'TBD', 'todo', 'xx', '??', 'N/A', 'Thyme', 'minimal', 'times', 'admin', 'it\u2019s', "I'm", "Docker's", 'as', 'am', 'few', 'ſec', 'ᴴ', 'ONE', 'Half', 'twenty-five', '~~', '～', '\u200b', '\u00a0',
  '[Compare EC2 and Blob](https://example.org/compare) - 60', '<br>', '<br />', 'docker', 'run', '-p', '8080:80', ':', '-', '–', '(', ')', '[', ']', '](https://youtu.be/x)', '`sleep 5m`', 'https://example.com/time', '|', ',', '.', '*', '**', '_', '>', '#', '1.', '30', '1.5', '20-30',
  // Digits glued after letters or marks, which the lexer takes for no amount, and those it still does.
  'S3', 'h2', 'x1', 'k8s', 'enp0s8', 'v1.5', '1.2.3', '=', '/', '$', '@', '\\', '1/2', '1 1/2', '½', 'h30', 'hour30', '10:30', '：', 'real-time', 'every',
  // Bounds, decimals without a zero, labels joined as a field's name, totals.
  '+', '<', '≥', '.5', 'time-spent', 'time_taken', 'total', 'overall',
);
const line = fc.array(fc.tuple(piece, fc.constantFrom('', ' ', '  ')), { maxLength: 12 }).map((parts) => parts.map(([text, gap]) => text + gap).join(''));

describe('estimate evidence: the lines not lexed for a time hold none (timeEstimate.ts mayHoldEstimate)', () => {
  it('lexes the shapes whose only evidence is a digit, a label or a unit', () => {
    for (const shape of ['[Compare EC2 and Blob](https://example.org/compare) - 60', '[Compare EC2 and Blob](https://example.org/compare) - 60.<br/>', '[Compare EC2 and Blob](https://example.org/compare ） - 60', '[Compare EC2 and Blob](https://example.org/compare) - 60<\u200bbr>', 'Time: TBD', '(time: ??)', 'Duration: 20 min', 'Estimated time: N/A', 'an hour', 'half an hour', '(30 分钟)', '1h30m', '1+ hour', '(2+ hrs)', '.5 hour', '(~.75h)']) {
      assert.ok(mayHoldEstimate(shape), shape);
      assert.notEqual(lexedEstimate(shape), undefined, `the lexer reads ${shape}`);
    }
  });

  it('does not lex a line whose digits are a command\'s or an address\'s', () => {
    for (const shape of ['docker run -p 8080:80 nginx', 'Open https://console.aws.amazon.com/ec2/ in region us-east-1', '[Step 2](https://example.org/step2) of the lab']) assert.equal(mayHoldEstimate(shape), false, shape);
    // Digits glued after a word's letters or an address's marks are no amount, though a unit follows them.
    for (const shape of ['h1 -> h2 h3', 'sudo dhclient enp0s8', 'watch?v=RYDHUTHLf8U&t=0s', 'v1.5 hours of video']) assert.equal(mayHoldEstimate(shape), false, shape);
    for (const shape of ['1 1/2 hours', 'x1h30m', 'Time:1h', '20-30 min']) assert.ok(mayHoldEstimate(shape), shape);
  });

  it('does not lex a line whose time word labels nothing: no colon after it, no time', () => {
    for (const shape of ['Kinesis works with data streams in real-time.', 'Each time you add a node to the swarm', 'At deployment time the engine decides']) assert.equal(mayHoldEstimate(shape), false, shape);
    for (const shape of ['Time spent: TBD', 'Estimated time：??', 'Real-time streaming (time: 30 min)']) assert.ok(mayHoldEstimate(shape), shape);
  });

  it('does not lex a line whose unit words follow no amount', () => {
    for (const shape of ["Docker's daemon builds the image", "I'm running it in a few minutes", 'Every second matters: minutes of downtime cost', 'It has s and m and h as letters']) assert.equal(mayHoldEstimate(shape), false, shape);
    for (const shape of ['took **30** min', 'an hour', 'twenty-five minutes', 'one and a half hours', '5\u200bh', '1h30m']) assert.ok(mayHoldEstimate(shape), shape);
  });

  it('skips no estimate in generated lines of times, labels, verbs, units, placeholders and markup', () => {
    fc.assert(fc.property(line, (text) => assertNothingSkipped([text]) >= 0), { numRuns: 20_000 });
  });

  it('skips no estimate in any line of the corpus, and skips most of its lines', function () {
    skipWithoutCorpus(this);
    const lines = corpusNotesFiles().flatMap((file) => readCorpusFile(file).split(/\r\n|\r|\n/));
    const skipped = assertNothingSkipped(lines);
    assert.ok(skipped > lines.length / 2, `${skipped} of ${lines.length} corpus lines are not lexed`);
  });
});
