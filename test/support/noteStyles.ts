// Small notes documents, one per style of module and time the corpus shows: each its own fixture,
// not a copy of a student's file. Shared by the tests of the writers of the notes' format.

export const lines = (...text: string[]) => text.join('\n');

/** Two modules each, both with a time. */
export const styles = {
  linkParagraph: lines(
    '## Area 1: Docker and Containers',
    '> Beginner Level',
    '',
    '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (time: 12 min)',
    'Containers ship the whole environment.',
    '',
    '[Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) (time: 50 min)',
    'Ran alpine.',
  ),
  linkHeading: lines(
    '## Docker and Containers',
    '### Beginner',
    '#### [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (12 min)',
    '- shipping environments',
    '#### [Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) (50 min)',
    '- ran alpine',
  ),
  listInLink: lines(
    '## Area 1 - Docker and Containers',
    '',
    '* [Why Docker Video ~12 mins](https://www.youtube.com/watch?v=RYDHUTHLf8U)',
    '  * shipping environments',
    '',
    '* [Docker Beginner Lab ~50 mins](https://training.play-with-docker.com/ops-s1-hello/)',
    '  * ran alpine',
  ),
  blockquote: lines(
    '## 1. Docker and Containers',
    '## Beginner',
    '> [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) 25 min',
    '',
    'Shipping environments.',
    '',
    '> [Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) 90 min',
    '',
    'Ran alpine.',
  ),
  timeLine: lines(
    '## Area 1: Docker and Containers',
    '### Beginner Level',
    '#### [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U)',
    '**Time: 12 minutes**',
    '',
    '1. Shipping environments.',
    '#### [Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/)',
    '**Time: 50 minutes**',
    '',
    '1. Ran alpine.',
  ),
  numbered: lines(
    '## Area 1: Docker and Containers',
    '> Beginner Level',
    '1. Why Docker - 12 min',
    '\t- shipping environments',
    '2. DevOps Docker Beginners Guide - 50 min',
    '\t- ran alpine',
    '',
  ),
};
