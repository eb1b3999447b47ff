import assert from 'node:assert/strict';
import { CodeActionKind, type Diagnostic, DiagnosticSeverity, type TextEdit } from 'vscode-languageserver-types';
import { DOCKER_DIAGNOSTIC_CODE, dockerDiagnostics, dockerQuickFixes } from '../../server/src/docker/dockerDiagnostics';
import { collectCode } from '../../server/src/notes/code';
import { SourceMap } from '../../server/src/notes/source';
import { parseMarkdown } from '../../server/src/notes/parse';

function diagnose(text: string): Diagnostic[] {
  const source = new SourceMap(text);
  return dockerDiagnostics(collectCode(parseMarkdown(source.text), source));
}

/** One diagnostic: its message, the text under its range, and its replacement. */
function only(text: string): { message: string; word: string; replacement?: string } {
  const diagnostics = diagnose(text);
  assert.equal(diagnostics.length, 1, `expected one diagnostic in ${text}: ${diagnostics.map((d) => d.message).join(' | ')}`);
  const [d] = diagnostics;
  assert.equal(d.code, DOCKER_DIAGNOSTIC_CODE);
  assert.equal(d.source, 'study-notes');
  assert.equal(d.severity, DiagnosticSeverity.Warning);
  assert.equal(d.range.start.line, d.range.end.line);
  const line = text.split('\n')[d.range.start.line];
  return { message: d.message as string, word: line.slice(d.range.start.character, d.range.end.character), replacement: (d.data as { replacement?: string } | undefined)?.replacement };
}

describe('docker diagnostics', () => {
  describe('finds', () => {
    it('a flag of 100,000 letters, named by its first letters (the range holds it all)', () => {
      const flag = `--${'x'.repeat(100_000)}`;
      const { message, word } = only(`\`\`\`sh\ndocker run ${flag} nginx\n\`\`\`\n`);
      assert.equal(word, flag);
      assert.equal(message, `\`${flag.slice(0, 40)}…\` is not an option of \`docker container run\``);
    });

    it('a command as close to two or three others: each named and offered, none preferred', () => {
      const [rn] = diagnose('```sh\ndocker container rn -it ubuntu\n```\n');
      assert.equal(rn.message, '`rn` is not a `docker container` command; did you mean `rm` or `run`?');
      const fixes = dockerQuickFixes(rn, 'file:///n.md');
      assert.deepEqual(fixes.map((fix) => [fix.title, fix.isPreferred, (fix.edit?.changes?.['file:///n.md'] as TextEdit[])[0].newText]), [['Replace with `rm`', false, 'rm'], ['Replace with `run`', false, 'run']]);
      const [cs] = diagnose('```sh\ndocker container cs web\n```\n');
      assert.equal(cs.message, '`cs` is not a `docker container` command; did you mean `cp`, `ls` or `ps`?');
    });

    it('a command right after the program that may be a plugin\'s: its fix is offered, never preferred (check --fix applies preferred ones)', () => {
      const [sniff] = diagnose('```sh\nkubectl sniff web-0\n```\n');
      assert.equal(dockerQuickFixes(sniff, 'file:///n.md')[0].isPreferred, false);
      const [stauts] = diagnose('`kubectl rollout stauts deployment/web`');
      assert.equal(dockerQuickFixes(stauts, 'file:///n.md')[0].isPreferred, true);
    });

    it('an unknown command, with the closest one', () => {
      assert.deepEqual(only('Build it: `docker imabe build --tage app .`'), {
        message: '`imabe` is not a docker command; did you mean `image`?',
        word: 'imabe',
        replacement: 'image',
      });
      assert.deepEqual(only('```\ndocker container execute web sh\n```\n'), {
        message: '`execute` is not a `docker container` command; did you mean `exec`?',
        word: 'execute',
        replacement: 'exec',
      });
      assert.equal(only('`docker network creates -d overlay overnet`').replacement, 'create');
      assert.equal(only('`kubectl rollout stauts deployment/web`').replacement, 'status');
    });

    it('a command that belongs to another group, without a one-word fix', () => {
      const found = only('```shell\ndocker container pull [CONTAINER_NAME]\n```\n');
      assert.equal(found.message, '`pull` is not a `docker container` command; did you mean `docker image pull`?');
      assert.equal(found.replacement, undefined);
    });

    it('an unknown command in a shell block even when nothing is close', () => {
      assert.deepEqual(only('```bash\ndocker frobnicate now\n```\n'), { message: '`frobnicate` is not a docker command', word: 'frobnicate', replacement: undefined });
    });

    it('an unknown flag, with the closest one, replacing only the flag', () => {
      assert.deepEqual(only('`docker container run --datach --name mydb -e A=<pw> mysql:latest`'), {
        message: '`--datach` is not an option of `docker container run`; did you mean `--detach`?',
        word: '--datach',
        replacement: '--detach',
      });
      assert.deepEqual(only('`docker ps --formt={{.Names}}`'), {
        message: '`--formt` is not an option of `docker container ls`; did you mean `--format`?',
        word: '--formt',
        replacement: '--format',
      });
      assert.deepEqual(only('`docker swarm join -token SWMTKN-1-abc 10.0.0.1:2377`'), {
        message: '`-token` is not an option of `docker swarm join`; did you mean `--token`?',
        word: '-token',
        replacement: '--token',
      });
      assert.equal(only('`docker run -itx alpine`').message, '`-x` (in `-itx`) is not an option of `docker container run`');
      assert.equal(only('`docker container -i -t exec web sh`').message, '`-i` is not an option of `docker container`');
    });

    it('a mistyped program followed by a real command', () => {
      assert.deepEqual(only('`dokcer run hello-world`'), { message: '`dokcer` is not a program; did you mean `docker`?', word: 'dokcer', replacement: 'docker' });
      assert.equal(only('```\n$ docekr ps -a\n```\n').word, 'docekr');
      assert.equal(only('`kubeclt get pods`').replacement, 'kubectl');
    });
  });

  describe('is silent on', () => {
    const valid = [
      // flags however written
      '`docker run -it ubuntu bash`',
      '`docker run -dt --name web nginx`',
      '`docker run -itd alpine`',
      '`docker run --detach=true --publish=80:80 --name=web nginx:alpine`',
      '`docker run -p 80:80 -p 443:443 -e A=B -e C=D -v /data:/data nginx`',
      '`docker run -p8080:80 nginx`',
      '`docker ps -a --no-trunc -q`',
      '`docker ps --format "{{.ID}}: {{.Names}}"`',
      '`docker image inspect --format {{ json .RootFS.Layers }} alpine`',
      '`docker -H tcp://10.0.0.1:2375 --debug info`',
      '`docker --context remote ps`',
      '`docker ps -h`',
      '`docker run --net=host --link db:db nginx`',
      // the container's command and arguments
      '`docker run -d -p 80:80 --name web nginx:alpine sh -c "ls -l"`',
      '`docker container run alpine ls -l`',
      '`docker exec -it web ps aux --sort=-%mem`',
      '`docker top web -aux`',
      '`docker service create --name web --replicas 2 alpine ping -c 3 docker.com`',
      // placeholders
      '`docker stop <container id>`',
      '`docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`',
      '`docker push $DOCKERID/linux_tweet_app:1.0`',
      '`docker tag ${IMAGE} REPLACE_ME/app`',
      '`docker <command> --help`',
      '`docker COMMAND --help`',
      '`docker container ...`',
      '`docker rm -f $(docker ps -aq)`',
      // other programs
      '`docker-compose up -d`',
      '`docker-machine create --driver virtualbox default`',
      '`dockerd --debug`',
      '`docker-stack.yml`',
      '`vi docker-stack.yml`',
      // plugins and older commands
      '`docker compose up -d --build`',
      '`docker buildx build --platform linux/amd64 --push -t app .`',
      '`docker build --progress=plain --load -o out -t app .`',
      '`docker scan alpine`',
      '`docker app init --single-file hello`',
      '`docker engine activate --license x`',
      '`docker stack deploy -c docker-stack.yml voting`',
      '`docker swarm init --advertise-addr $(hostname -i)`',
      '`docker service create --name web -p 80:80 nginx`',
      '`docker node ls`',
      '`docker secret create my_secret ./secret.txt`',
      '`docker trust sign alpine:latest`',
      '`docker login -e me@example.com`',
      '`kubectl run hello --image=gcr.io/hello:1.0 --port=8080 --replicas=2`',
      '`kubectl create -f deployment.yaml --record`',
      '`kubectl apply -f https://k8s.io/examples/application/deployment.yaml`',
      '`kubectl get pods -n kube-system -o wide --show-labels`',
      '`kubectl exec -it web -- sh -c "ls -l"`',
      '`kubectl rolling-update frontend --image=image:v2`',
      '`kubectl exec hello-xyz ls -la /`',
      '`kubectl version --short`',
      '`kubectl drain node1 --ignore-daemonsets --delete-local-data`',
      // prose in code spans
      '`docker is great`',
      '`docker`',
      '`docker host`',
      '`docker images are layers of files.`',
      '`Docker`',
      '`Docker run hello-world`',
      '`docker store`',
      '`docker ce`',
      '`docker volume create --name data`',
      '`docker run --dns-opt=ndots:2 --net-alias web nginx`',
      '`docker stack deploy --orchestrator=kubernetes -c docker-compose.yml words`',
      '`docker search --stars=3 --automated nginx`',
      // not shell
      '```yaml\nservices:\n  web:\n    command: docker imabe build\n```\n',
      '```json\n{ "cmd": "docker imabe" }\n```\n',
      '```Dockerfile\nRUN docker imabe build .\n```\n',
      '```python\nos.system("docker imabe")\n```\n',
      '```docker\nFROM alpine\nRUN apk update && apk add nodejs\nCMD ["node", "index.js"]\n```\n',
      // output lines of a transcript
      '```console\n$ docker ps\nCONTAINER ID   IMAGE   COMMAND\ndocker imabe --bogus\n```\n',
      '```\n$ docker run hello-world\ndocker: Error response from daemon: pull access denied.\n```\n',
      // comments
      '```bash\n# docker imabe is a typo we fixed\ndocker image ls # list them\n```\n',
    ];
    for (const text of valid) {
      it(text.replace(/\n/g, '⏎'), () => {
        assert.deepEqual(
          diagnose(text).map((d) => d.message),
          [],
        );
      });
    }
  });

  describe('quick fix', () => {
    it('replaces only the mistyped word', () => {
      const text = 'Then `docker container execute web sh` runs it';
      const [diagnostic] = diagnose(text);
      const [fix] = dockerQuickFixes(diagnostic, 'file:///notes.md');
      assert.equal(fix.title, 'Replace with `exec`');
      assert.equal(fix.kind, CodeActionKind.QuickFix);
      assert.equal(fix.isPreferred, true);
      assert.deepEqual(fix.diagnostics, [diagnostic]);
      const [edit] = fix.edit?.changes?.['file:///notes.md'] as TextEdit[];
      assert.deepEqual(edit, { range: { start: { line: 0, character: 23 }, end: { line: 0, character: 30 } }, newText: 'exec' });
      const fixed = text.slice(0, 23) + edit.newText + text.slice(30);
      assert.equal(fixed, 'Then `docker container exec web sh` runs it');
      assert.deepEqual(diagnose(fixed), []);
    });

    it('offers nothing without a replacement or for other diagnostics', () => {
      const [noFix] = diagnose('```bash\ndocker frobnicate\n```\n');
      assert.deepEqual(dockerQuickFixes(noFix, 'file:///n.md'), []);
      assert.deepEqual(dockerQuickFixes({ ...noFix, code: 'other', data: { replacement: 'x' } }, 'file:///n.md'), []);
    });
  });
});
