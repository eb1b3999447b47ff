import assert from 'node:assert/strict';
import { collectCode } from '../../server/src/notes/code';
import { SourceMap } from '../../server/src/notes/source';
import type { CodeSpan } from '../../server/src/notes/types';
import { parseMarkdown } from '../../server/src/notes/parse';
import {
  commandLines,
  isShellSpan,
  lineCommands,
  logicalLines,
  offsetAt,
  programIndex,
  promptLength,
  spanCommands,
  type ShellCommand,
} from '../../server/src/docker/shellLine';

function codeOf(text: string): CodeSpan[] {
  const source = new SourceMap(text);
  return collectCode(parseMarkdown(source.text), source);
}

function commandsOf(text: string): ShellCommand[] {
  return codeOf(text).flatMap(spanCommands);
}

/** The words handed to the program, as values. */
function argv(command: ShellCommand): string[] {
  return command.words.slice(command.program).map((w) => w.value);
}

describe('shell line', () => {
  it('keeps 3,500 nested substitutions as text past a few levels, without overflowing the stack', () => {
    const nested = '$('.repeat(3_500) + 'echo' + ')'.repeat(3_500);
    const commands = commandsOf(`\`\`\`sh\ndocker run ${nested}\n\`\`\`\n`);
    assert.deepEqual(argv(commands[0]).slice(0, 2), ['docker', 'run']);
    // Each level read is a command of its own; the levels past the cap are not read.
    assert.ok(commands.length > 1 && commands.length < 100, `${commands.length} commands`);
  });

  it('maps every word to its exact place in the document', () => {
    const [command] = commandsOf('Run `docker ps -a` now');
    assert.deepEqual(
      command.words.map((w) => [w.value, w.line, w.start, w.end]),
      [
        ['docker', 0, 5, 11],
        ['ps', 0, 12, 14],
        ['-a', 0, 15, 17],
      ],
    );
    assert.equal(command.program, 0);
  });

  it('strips prompts and keeps positions', () => {
    const [command] = commandsOf('```\n$ docker images\n```\n');
    assert.equal(command.prompted, true);
    assert.deepEqual(
      command.words.map((w) => [w.value, w.start]),
      [
        ['docker', 2],
        ['images', 9],
      ],
    );
    for (const prompt of ['$ ', 'student@ubuntu:~/lab$ ', '[root@node1 ~]# ', 'bash-3.2$ ', 'PS C:\\Users\\me> ', 'C:\\work>']) {
      assert.equal(promptLength(`${prompt}docker ps`), prompt.length, prompt);
    }
    assert.equal(promptLength('# docker is great'), 0, '# is a comment unless the block is a transcript');
    assert.equal(promptLength('# docker ps', { hashPrompt: true }), 2);
    assert.equal(promptLength('$'), 0);
  });

  it('reads only prompted lines when a block mixes commands and their output', () => {
    const text = '```console\n$ docker ps\nCONTAINER ID   IMAGE   COMMAND\n4f2a   nginx   "nginx -g"\n# docker images\n```\n';
    const [span] = codeOf(text);
    assert.deepEqual(
      commandLines(span).map((l) => l.text),
      ['$ docker ps', '# docker images'],
    );
    assert.deepEqual(spanCommands(span).map(argv), [
      ['docker', 'ps'],
      ['docker', 'images'],
    ]);
  });

  it('reads every line of a block without prompts, and # as a comment in scripts', () => {
    const [span] = codeOf('```bash\n# list them\ndocker ps -a   # all of them\n\ndocker images\n```\n');
    assert.deepEqual(spanCommands(span).map(argv), [
      ['docker', 'ps', '-a'],
      ['docker', 'images'],
    ]);
  });

  it('joins lines continued with a backslash into one command, each word on its own line', () => {
    const text = '```bash\ndocker container run \\\n  --detach \\\n  --name web \\\n  nginx:alpine\n```\n';
    const [span] = codeOf(text);
    const lines = logicalLines(span.lines);
    assert.equal(lines.length, 1);
    const [command] = lineCommands(lines[0]);
    assert.deepEqual(
      command.words.map((w) => [w.value, w.line, w.start, w.end]),
      [
        ['docker', 1, 0, 6],
        ['container', 1, 7, 16],
        ['run', 1, 17, 20],
        ['--detach', 2, 2, 10],
        ['--name', 3, 2, 8],
        ['web', 3, 9, 12],
        ['nginx:alpine', 4, 2, 14],
      ],
    );
    assert.deepEqual(command.range, { start: { line: 1, character: 0 }, end: { line: 4, character: 14 } });
  });

  it('treats a continuation flattened onto one line as a word break', () => {
    const [command] = commandsOf('`docker container run \\ --detach \\ --publish 80:80 \\ nginx`');
    assert.deepEqual(argv(command), ['docker', 'container', 'run', '--detach', '--publish', '80:80', 'nginx']);
  });

  it('splits at &&, ||, |, ; and & and finds each program', () => {
    const commands = commandsOf('`docker build -t app . && docker run app | tee log; echo done & docker ps || true`');
    assert.deepEqual(commands.map(argv), [
      ['docker', 'build', '-t', 'app', '.'],
      ['docker', 'run', 'app'],
      ['tee', 'log'],
      ['echo', 'done'],
      ['docker', 'ps'],
      ['true'],
    ]);
  });

  it('skips env assignments and wrappers before the program', () => {
    const commands = commandsOf('`FOO=bar DEBUG="a b" sudo -E -u root docker ps && docker ps -q | xargs -n 1 docker rm && winpty docker exec -it web sh`');
    assert.deepEqual(commands.map(argv), [
      ['docker', 'ps'],
      ['docker', 'ps', '-q'],
      ['docker', 'rm'],
      ['docker', 'exec', '-it', 'web', 'sh'],
    ]);
    assert.equal(commands[0].program, 6);
    assert.equal(programIndex([{ value: 'FOO=1' }]), -1);
  });

  it('removes quotes from values and keeps raw text and ranges', () => {
    const [command] = commandsOf(`\`docker run -e "A=B C" --name 'my app' alpine sh -c "ls -l"\``);
    assert.deepEqual(argv(command), ['docker', 'run', '-e', 'A=B C', '--name', 'my app', 'alpine', 'sh', '-c', 'ls -l']);
    const quoted = command.words[3];
    assert.deepEqual([quoted.raw, quoted.start, quoted.end, quoted.quoted], ['"A=B C"', 15, 22, true]);
  });

  it('reads substitutions as commands of their own and marks the outer word dynamic', () => {
    const commands = commandsOf('`docker rm -f $(docker ps -aq) ${NAME} $DOCKERID`');
    assert.deepEqual(commands.map(argv), [
      ['docker', 'rm', '-f', '$(docker ps -aq)', '${NAME}', '$DOCKERID'],
      ['docker', 'ps', '-aq'],
    ]);
    assert.equal(commands[1].substituted, true);
    assert.deepEqual(
      commands[0].words.slice(3).map((w) => w.dynamic),
      [true, true, true],
    );
    const nested = commands[1].words[0];
    assert.deepEqual([nested.start, nested.end], [16, 22]);
  });

  it('leaves redirections out of the arguments', () => {
    const commands = commandsOf('`docker logs web > out.txt 2>&1 && docker save alpine >alpine.tar`');
    assert.deepEqual(commands.map(argv), [
      ['docker', 'logs', 'web'],
      ['docker', 'save', 'alpine'],
    ]);
  });

  it('keeps placeholders and unquoted templates as single words', () => {
    const [command] = commandsOf('`docker inspect --format {{ json .RootFS.Layers }} <container id> [OPTIONS] ...`');
    assert.deepEqual(argv(command), ['docker', 'inspect', '--format', '{{ json .RootFS.Layers }}', '<container id>', '[OPTIONS]', '...']);
  });

  it('knows which spans hold command lines', () => {
    const spans = codeOf(
      '`docker ps`\n\n```\ndocker ps\n```\n\n```bash\ndocker ps\n```\n\n```yaml\nimage: docker\n```\n\n```Dockerfile\nRUN docker ps\n```\n\n``` BASH\nls\n```\n\n```docker\ndocker ps\n```\n',
    );
    // `docker` labels both Dockerfiles and command lines in the notes; both read harmlessly as lines.
    assert.deepEqual(
      spans.map(isShellSpan),
      [true, true, true, false, false, true, true],
    );
  });

  it('reads a line up to an offset, as completion does, and maps positions back to offsets', () => {
    const [span] = codeOf('```bash\ndocker run \\\n  --name web nginx\n```\n');
    const [line] = logicalLines(span.lines);
    const offset = offsetAt(line, { line: 2, character: 8 });
    assert.equal(line.text.slice(0, offset), 'docker run    --name');
    assert.equal(offsetAt(line, { line: 5, character: 0 }), undefined);
    const [command] = lineCommands(line, offset);
    assert.deepEqual(argv(command), ['docker', 'run', '--name']);
    assert.deepEqual(command.range.end, { line: 2, character: 8 });
  });

  it('never throws on unbalanced quotes and parentheses', () => {
    for (const text of ['`docker run "unclosed`', "`echo 'x`", '`docker $(ps`', '`a && && | b`', '`\\`', '`<`', '`2>`']) {
      assert.doesNotThrow(() => commandsOf(text), text);
    }
    assert.deepEqual(commandsOf('`docker run "unclosed`').map(argv), [['docker', 'run', 'unclosed']]);
  });
});
