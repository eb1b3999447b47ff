// The course file's loader of a service that is dropped while it reads (settings files changed, the
// server stopped): a watch made after its disposal would never be closed, and kept Node running.
import assert from 'node:assert/strict';
import { CourseLoader } from '../../server/src/service/courseLoader';
import { memoryWorkspace } from '../support/memoryWorkspace';

describe('the course loader of a dropped service', () => {
  it('neither watches nor reports a course file it was still finding when disposed', async () => {
    const workspace = memoryWorkspace({ 'file:///workspace/course.json': '{}' });
    let found: () => void = () => undefined;
    const finding = new Promise<void>((resolve) => (found = resolve));
    const watched: string[] = [];
    const reported: string[] = [];
    const loader = new CourseLoader(
      {
        ...workspace,
        async exists(uri) {
          await finding;
          return workspace.exists(uri);
        },
        watch(uri, changed) {
          watched.push(uri);
          return workspace.watch(uri, changed);
        },
      },
      { changed: (course) => reported.push(course.title), problem: (message) => reported.push(message) },
    );
    const loading = loader.load('course.json', ['file:///workspace']);
    loader.dispose();
    found();
    await loading;
    assert.deepEqual(watched, []);
    assert.deepEqual(reported, []);
  });
});
