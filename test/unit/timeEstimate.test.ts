import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatMinutes, scanEstimate, type EstimateMatch } from '../../server/src/notes/timeEstimate';

/** The shared corpus of real student notes lives beside the project (../shared/corpus). */
const corpusRoot = path.resolve(__dirname, '../../../shared/corpus');

/** What a line should yield: [min, max] minutes, a non-minutes kind, or null for "no estimate". */
type Expected = [number, number] | 'empty' | 'unreadable' | null;

interface Row {
  line: string;
  expected: Expected;
  /** Checked when given: a label or verb announced the estimate. */
  labelled?: boolean;
  /** Checked when given: line.slice(start, end). */
  text?: string;
}

const row = (line: string, expected: Expected, extra: Omit<Row, 'line' | 'expected'> = {}): Row => ({ line, expected, ...extra });

/**
 * Real opener lines copied from the corpus (notes/, notes-split/, seeds/); a few very long
 * lines are cut after their first sentence. The corpus test below checks each still occurs.
 */
const CORPUS_ESTIMATES: Row[] = [
  // parenthesised
  row('### [Launching a VM:](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/) (24 min)', [24, 24], { labelled: false, text: '(24 min)' }),
  row('### [AWS Tutorial: Break a Monolith Application into Microservices:]( https://aws.amazon.com/getting-started/projects/break-monolith-app-microservices-ecs-docker-ec2/?trk=gs_card) (1.5 Hours)', [90, 90], { text: '(1.5 Hours)' }),
  row('# Hadoop Introduction (2h)', [120, 120]),
  row('# Introduction to Amazon Redshift (1h 30mins)', [90, 90], { text: '(1h 30mins)' }),
  row('# Build a Machine Learning Model (1h 15mins)', [75, 75]),
  row('# Build a Serverless Real-Time Data Processing APP (6h)', [360, 360]),
  row('##AWS Tutorial: Launch a VM (1hr)', [60, 60]),
  row('* [AWS Tutorial: Break a Monolith Application into Microservices](https://aws.amazon.com/cn/getting-started/projects/break-monolith-app-microservices-ecs-docker-ec2/?trk=gs_card) (2 hr)  ', [120, 120]),
  row('* [Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) (1 hr)  ', [60, 60]),
  row('#### Break a Monolith Application into Microservices (4 hours)', [240, 240]),
  row('#### Build a Serverless Real-Time Data Processing App (2 hour)', [120, 120]),
  row('#### Lab: DevOps Docker Beginners Guide (1 hour)', [60, 60]),
  row('#Lab: Docker Intro （55min）', [55, 55], { text: '（55min）' }),
  row('# Introduction to Amazon Simple Storage Service (S3) (30mins) ', [30, 30]),
  row('### Docker is focused on the migration experience (20 mins)', [20, 20]),
  row('## Intro to Amazon API Gateway (70min including looking at some other documents)', [70, 70], { text: '(70min including looking at some other documents)' }),
  row('#### Video: Kubernetes in 5 minutes (5 minutes..duh)', [5, 5]),
  row('* [Video: VMs Versus Containers](https://www.youtube.com/watch?v=L1ie8negCjc) (10 min)  ', [10, 10]),
  row('**Video: VMs Versus Containers** (20min)', [20, 20]),
  row('> **QwikLab: Intro to S3(5 min)**', [5, 5], { text: '(5 min)' }),
  row('> **QwikLab: Intro to Amazon Redshift(30 min)**', [30, 30]),
  row('> **Build a Serverless Real-Time Data Processing App (2 hour)**', [120, 120]),
  row('1. Why Docker? (10min)', [10, 10]),
  row('#video:why docker? (20min)', [20, 20]),
  // glued to a raw URL
  row('-Lab: Docker Intro(https://training.play-with-docker.com/beginner-linux/)(1hour)  ', [60, 60]),
  row('-Lab: Docker Networking(https://training.play-with-docker.com/docker-networking-hol/)(1hour15min)  ', [75, 75], { text: '(1hour15min)' }),
  row('-Lab: Doing more with Docker Images(https://training.play-with-docker.com/ops-s1-images/)(1hour10min)', [70, 70]),
  row('### AWS Tutorial: Launch a VM(https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/)(30min)', [30, 30]),
  row('-Video: Why docker?(https://www.youtube.com/watch?v=RYDHUTHLf8U&t=0s&list=PLBmVKD7o3L8tQzt8QPCINK9wXmKecTHlM&index=23)(15min)  ', [15, 15], { text: '(15min)' }),
  // inside the link text
  row('#### [Video: Why Docker?(16min)](https://www.youtube.com/watch?v=RYDHUTHLf8U&t=0s&list=PLBmVKD7o3L8tQzt8QPCINK9wXmKecTHlM&index=23)', [16, 16], { text: '(16min)' }),
  row('#### [Lab: Docker Intro(35min)](https://training.play-with-docker.com/beginner-linux/)  ', [35, 35]),
  row('#### [Video: Kubernetes in 5 Minutes(10min)](https://www.youtube.com/watch?v=PH-2FfFD2PU) ', [10, 10]),
  row('#### [Lab: DevOps Docker Beginners Guide(35min) ](https://training.play-with-docker.com/ops-s1-hello/)', [35, 35]),
  row('* [AWS Launch a VM Tutorial ~10 mins](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/)', [10, 10], { labelled: false, text: '~10 mins' }),
  row('* [AWS Tutorial: Break a Monolith Application into Microservices ~100 mins](https://aws.amazon.com/getting-started/projects/break-monolith-app-microservices-ecs-docker-ec2/?trk=gs_card)', [100, 100]),
  row('* [Install Docker on cluster of EC2 VMs and use Kubernetes to Orchestrate Them ~75 mins](https://kubernetes.io/docs/setup/turnkey/aws/#getting-started-with-your-cluster)', [75, 75]),
  row('* [Why Docker Video ~10 mins](https://www.youtube.com/watch?v=RYDHUTHLf8U&t=0s&list=PLBmVKD7o3L8tQzt8QPCINK9wXmKecTHlM&index=23)', [10, 10]),
  // verbs in parentheses
  row('* AWS Tutorial: Launch a VM (took ~15 min)', [15, 15], { labelled: true, text: '(took ~15 min)' }),
  row('* AWS Tutorial: Build a Modern Web Application (took ~140 minutes)', [140, 140], { labelled: true }),
  row('* Video: Short AWS Machine Learning Overview (took ~3 minutes)', [3, 3]),
  row('### Complete one of the “Good First Issue” bugs/feature requests in the [Issue Tracker](https://github.com/sdnfv/openNetVM/issues)(Spent 2 hours)', [120, 120], { labelled: true, text: '(Spent 2 hours)' }),
  row('### OpenNetVM Introduction (studied 2 hours)   ', [120, 120], { labelled: true }),
  row('### SDN simulation with OpenDaylight and Mininet (Studied four hours)   ', [240, 240], { labelled: true }),
  row('### Introduction to SDN (Studied for one hour)', [60, 60], { labelled: true, text: '(Studied for one hour)' }),
  row('### Hadoop Introducation (Studied for 1 hour) ', [60, 60]),
  row('### 1. [Introduction to SDN](https://www.youtube.com/watch?v=DiChnu_PAzA)(done in 30 minutes).', [30, 30], { labelled: true, text: '(done in 30 minutes)' }),
  row('### 4. [Usenix Conference: Netmap](https://www.youtube.com/watch?v=la5kzNhqhGs) (done in 1 hour)', [60, 60]),
  // time: label
  row('[AWS Tutorial: Launch a VM](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/) (time: 30 min)', [30, 30], { labelled: true, text: '(time: 30 min)' }),
  row('[AWS Tutorial: Build a Modern Web Application](https://aws.amazon.com/getting-started/projects/build-modern-app-fargate-lambda-dynamodb-python/?trk=gs_card) (time: 240min)', [240, 240]),
  row('[AWS Tutorial: Build a Serverless Web Application](https://aws.amazon.com/getting-started/projects/build-serverless-web-app-lambda-apigateway-s3-dynamodb-cognito/?trk=gs_card) (time: )', 'empty', { labelled: true, text: '(time: )' }),
  row('Time: 15 min. ', [15, 15], { labelled: true, text: 'Time: 15 min' }),
  row('Time: 20 min.', [20, 20]),
  row('Time:  1 hr 30 min', [90, 90]),
  row('Time: 1 hr 20 min  ', [80, 80]),
  row('Time: 1 hr. ', [60, 60]),
  row('Time: 4 hr    ', [240, 240]),
  row('Time:75min', [75, 75], { text: 'Time:75min' }),
  row('Time: 150min', [150, 150]),
  row('Time : it takes me 75 minutes. ', [75, 75], { labelled: true, text: 'Time : it takes me 75 minutes' }),
  row('Time:  it takes 50 minutes. ', [50, 50]),
  row('Time:it takes me 40 minutes', [40, 40]),
  row('Time: it takes me more than one hour to learn and write up a summary. ', [60, 60], { text: 'Time: it takes me more than one hour' }),
  row('Time Spent : 60 min', [60, 60], { labelled: true }),
  row('Time spent: 120 min', [120, 120]),
  row('Time used: 60 min', [60, 60]),
  row('**Time: 45 minutes**', [45, 45], { labelled: true, text: 'Time: 45 minutes' }),
  row('**Time: TODO**', 'empty', { labelled: true, text: 'Time: TODO' }),
  row('__Time: 6min__', [6, 6], { text: 'Time: 6min' }),
  row('__Time: 70min__', [70, 70]),
  row('1. ***Video: Why Docker?*** -- elapsed time: 20 mins', [20, 20], { labelled: true, text: '-- elapsed time: 20 mins' }),
  row('2. ***Tutorial: Using the OpenDaylight SDN Controller with the Mininet Network Emulator*** --elapsed time: 2 hours', [120, 120]),
  row('### **Bring it all together** --elapsed time: 4 hours', [240, 240]),
  // dash separator
  row('### AWS Tutorial: Launch a VM - 30 min ###', [30, 30], { labelled: false, text: '- 30 min' }),
  row('## QwikLab: Intro to Amazon API Gateway - 35 min', [35, 35]),
  row('1. Why Docker - 10 min', [10, 10], { text: '- 10 min' }),
  row('8. Kubernetes VS. Swarm - 4 min', [4, 4]),
  row('Lab: Docker Networking  -- 220min  ', [220, 220], { text: '-- 220min' }),
  row('Video: VMs Versus Containers Deep Dive -- 60 min  ', [60, 60]),
  row('### Install Docker on a cluster of EC2 VMs and use Kubernetes to orchestrate them - 80 min ', [80, 80]),
  row('- [AWS Tutorial: Break a Monolith Application into Microservices](https://1988warren.github.io/dist-sys-practice.github.io/docker-break-app-into-microservices/) - 180 min', [180, 180]),
  row('- [Compare the performance, functionality, and price when serving web content from S3 versus an EC2 VM](https://1988warren.github.io/dist-sys-practice.github.io/cloud-web-apps-compare-s3-vs-ec2/) - 60 min', [60, 60]),
  // verbs in prose
  row('*Cost 15 minutes, finished on Oct 13th, 2018.*', [15, 15], { labelled: true, text: 'Cost 15 minutes' }),
  row('*Cost 0 minutes, finished on Dec 1st, 2018.*', [0, 0]),
  row('*Cost 180 minutes, finished on Oct 27th, 2018.*', [180, 180]),
  row('***spent 20 min***', [20, 20], { labelled: true, text: 'spent 20 min' }),
  row('**spend 2 hour**', [120, 120]),
  row('  spent 1 hours', [60, 60]),
  row('spent 10 mins', [10, 10]),
  row('For AWS Tutorial: AWS SageMaker, it takes me 80 minutes. ', [80, 80], { labelled: true, text: 'it takes me 80 minutes' }),
  row('For Video: Hadoop Intro, it takes 35 minutes to learn it.', [35, 35]),
  row('   This serverless web application takes me about 4 hours to finish. I almost do it twice to complete it.', [240, 240], { text: 'takes me about 4 hours' }),
  row('3. It takes 8 minute. In common situation, it will spend 5 to 10 minutes.', [8, 8]),
  // bare after a link
  row('> [Video: Why Docker? Note](https://github.com/AlexQianYi/dist-sys-practice/blob/master/WhyDockerNote.pdf) 25 min', [25, 25], { labelled: false, text: '25 min' }),
  row('  > [Video: Kubernetes in 5 mins Note](https://github.com/AlexQianYi/dist-sys-practice/blob/master/Kubernetes%20in%205%20Minutes.pdf) 8 min', [8, 8]),
  row('   >  [Break a Monolith Application into Microservices Note](https://github.com/AlexQianYi/dist-sys-practice/blob/master/Break%20a%20Monolith%20Application%20into%20Microservices.pdf) 300 min ', [300, 300]),
  row('## 1. [Docker and Containers](https://github.com/xiaokunyin/dist-sys-practice/blob/master/Docker%20and%20Containers.md) 300 mins', [300, 300]),
];

/** Real corpus lines with durations, dates, versions, ports, sizes or URL times that are NOT time estimates. */
const CORPUS_NON_ESTIMATES: string[] = [
  '* [Kubernetes in 5 Minutes Video](https://www.youtube.com/watch?v=PH-2FfFD2PU)',
  '#### 4.4 [Video: Kubernetes in 5 Minutes](https://www.youtube.com/watch?v=PH-2FfFD2PU)',
  '* Kubenetes in 5 minutes',
  '> **Kubernetes in 5 minutes**',
  'title: Docker and Containers - Kubernetes in 5 minutes',
  '- [Kubernetes in 5 Minutes](https://github.com/jzhzj/dist-sys-practice#video-kubernetes-in-5-minutes)',
  '#### [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U&t=0s&list=PLBmVKD7o3L8tQzt8QPCINK9wXmKecTHlM&index=23)',
  'date: "2018-10-22T22:12:03.284Z"',
  '            "StatusTime": "2017-06-05 09:17:08.189",',
  '    "Version": "2012-10-17",',
  '  >Linux node1 4.4.0-138-generic #164-Ubuntu SMP Tue Oct 2 17:16:02 UTC 2018 x86_64 Linux',
  'ip-172-31-83-103   Ready    <none>   32m   v1.12.2',
  'hello-world-78f6dc68cf-gzn7h   1/1     Unknown             0          8m51s   10.244.3.4   ip-172-31-92-89    <none>',
  '<none>              <none>              a104f9ae9c37        46 seconds ago      160MB',
  '- Use Ubuntu 1804, 1 instance will be used as master node, the other 2 as worker node.',
  '\t- security group configuration: SSH (port 22), HTTP (port 80), HTTPS (port 443)',
  '  - Example: ```docker run --name web1 -d -p 8080:80 nginx``` will start an nginx web server',
  '- As shown above, we will scale the _vote_ service up to 5 replicas',
  'Step 1: Launch an Amazon EC2 Instance',
  '## Area 1 - Docker and Containers',
  '    - Two NAT Gateways (cost $1 per day)',
  'c3.2xlarge\t$0.420 per Hour  ',
  '  * An EC2 t2.micro instance costs $0.0116 per hour, which would be around $8 to $9 per month.',
  '  * The test took 891.68 ms and used up to 50 MB',
  '  * Script took about a minute to process 5,000 rows',
  '    * Elastic Beanstalk takes about five minutes to create the environment with the following resources:',
  'It can take a few minutes for the instance to be ready so that you can connect to it.  ',
  '        * After several minutes, you will see the **Put Record (success count)** graph begin to record a single put a second.',
  '- 90s PC wave where we sifted from a traditional mainframe to a pc distrubuted architecture ',
  'Virtualization is not a new idea, in fact, it was first brought up in the 1970s, when there were',
  '- Create the Core Infrastructure stack on cloud using AWS CloudFormation in 10 minutes, including',
  'In 5 minutes, see stack ready in CloudFormation console,',
  '  - Again, this is a relatively difficult tutorial. I believe it is not easy to complete it in 150 minutes in first try.',
  '+ Boot time:',
  '* Boot Time:',
  '> All elapsed time contains time of material studying and time of note writing.',
  '## Time spend',
  'export KOPS_CLUSTER_NAME=imesh.k8s.local',
  '- Select Yes, start application. It will take 30-90 seconds for your application to start.',
  '        * **Duration:** How long the function took to execute (in milliseconds).',
];

/** The styles NOTES-FORMAT.md and the brief list, written out where the corpus has no example. */
const SPEC_CASES: Row[] = [
  row('(45min)', [45, 45]),
  row('(1h30m)', [90, 90]),
  row('(1 hour 30 min)', [90, 90]),
  row('(2 hours and 15 minutes)', [135, 135]),
  row('(half an hour)', [30, 30]),
  row('(an hour)', [60, 60]),
  row('(two hours)', [120, 120]),
  row('(an hour and a half)', [90, 90]),
  row('(1h30)', [90, 90]),
  row('Time: 1 hr 30', [90, 90]),
  row('(3 hours 45, with the lab)', [225, 225]),
  row('Time: 1h05', [65, 65]),
  row('Time: 1h5', [65, 65]),
  row('- 1½ hours', [90, 90]),
  row('(1 3/4 h)', [105, 105]),
  row('Time: 2 hours 10/10', [120, 120]),
  row('### Video: Why Docker? [10 min]', [10, 10], { text: '[10 min]' }),
  row('[10 min](https://example.org/ten)', null),
  row('(20 min + 40 min)', [60, 60]),
  row('Time: 20 min reading + 40 min lab', [60, 60]),
  row('Time: 30 min video + 1 hour lab + 20 min notes + 10 min quiz + 15 min extra', [135, 135]),
  row('Time: 20 min (video) + 40 min (lab)', [60, 60]),
  row('Kubernetes in 5 minutes + Docker', null),
  row('Time: 1 hr 5 labs', [60, 60]),
  row('Time: 2 hours 10/10', [120, 120]),
  row('Time: 2 hours 15 labs', [120, 120]),
  row('Time: 2 hours 15 - 20 min', [135, 140]),
  row('(1h30-2h)', [90, 120]),
  row('Time: 1 h 30 to 2 h', [90, 120]),
  row('(2 hours and media queries)', [120, 120]),
  row('Time: 30 min and media queries', [30, 30]),
  row('Time: 2h 10-12 h', [120, 120]),
  row('Time: 3h 20 - 2h', [180, 180]),
  row('Let me spend 30 min on it tomorrow', null),
  row('(fast 10 min walkthrough)', null),
  row('(one and a half hours)', [90, 90]),
  row('(twenty-five minutes)', [25, 25]),
  row('(30 sec)', [0.5, 0.5]),
  row('(90 seconds)', [1.5, 1.5]),
  row('(20-30 min)', [20, 30], { text: '(20-30 min)' }),
  row('(20 - 30 minutes)', [20, 30]),
  row('(1-2 hours)', [60, 120]),
  row('(20 to 30 min)', [20, 30]),
  row('Lab (20 min - 30 min)', [20, 30]),
  row('(about 20 min)', [20, 20]),
  row('(around 20 min)', [20, 20]),
  row('(approx. 20 min)', [20, 20]),
  row('(roughly 20 min)', [20, 20]),
  row('Why Docker ~ 10 min', [10, 10], { text: '~ 10 min' }),
  row('Why Docker – 10 min', [10, 10], { text: '– 10 min' }),
  row('(time: 45min)', [45, 45], { labelled: true }),
  row('Time: 15 min', [15, 15], { labelled: true }),
  row('Time taken: 2 hours', [120, 120], { labelled: true }),
  row('Estimated time: 20 min', [20, 20], { labelled: true, text: 'Estimated time: 20 min' }),
  row('Time to complete: 30 min', [30, 30], { labelled: true, text: 'Time to complete: 30 min' }),
  row('Duration: 20 min', [20, 20], { labelled: true }),
  row('**Time:** 15 min', [15, 15], { labelled: true }),
  row('it takes me 60 minutes', [60, 60], { labelled: true }),
  row('I spent 2 hours on it', [120, 120], { labelled: true, text: 'I spent 2 hours' }),
  row('(done in 30 minutes)', [30, 30], { labelled: true }),
  row('30 min', [30, 30], { labelled: false }),
  row('- 45 min', [45, 45], { text: '45 min' }),
  row('（30分钟）', [30, 30]),
  row('### Kubernetes in 5 Minutes (6 min)', [6, 6], { text: '(6 min)' }),
  row('Time: a while (30 min)', [30, 30]),
  // written but missing
  row('(time:)', 'empty', { labelled: true }),
  row('Time: ', 'empty', { text: 'Time:' }),
  row('(time: TBD)', 'empty'),
  row('(time: ??)', 'empty'),
  row('(time: xx min)', 'empty', { text: '(time: xx min)' }),
  row('Time: N/A', 'empty'),
  // written but unreadable
  row('(time: 30)', 'unreadable', { labelled: true, text: '(time: 30)' }),
  row('(time: soon)', 'unreadable'),
  row('Time: a while', 'unreadable', { text: 'Time: a while' }),
  row('Time: a few minutes', 'unreadable'),
  // a word that names a property of every object is no unit and no amount (they read NaN minutes)
  row('Time: 5 constructor', 'unreadable'),
  row('Time: constructor hours', 'unreadable'),
  row('(time: twenty constructor min)', 'unreadable'),
  row('- [Compare S3 and EC2](https://example.org/s3-vs-ec2) - 60', 'unreadable', { labelled: false, text: '- 60' }),
  // a time that a colon ends, the notes going on after it
  row('2. VMs vs Containers - 12 min: VMs virtualise hardware', [12, 12], { text: '- 12 min' }),
  row('Launch a VM, 30 minutes: launched a t2.micro', [30, 30], { text: '30 minutes' }),
  // or a spaced dash or a sentence's end does
  row('- [Nmap](https://nmap.org/book/man.html) 30 min — scanned my own VM, found ssh', [30, 30], { text: '30 min' }),
  row('- [Nmap](https://nmap.org/book/man.html), 30 min. Scanned my own VM', [30, 30], { text: '30 min' }),
  row('1. Why Queues - 10 min - a queue decouples the two sides', [10, 10], { text: '- 10 min' }),
  // not estimates
  row('Kubernetes in 5 Minutes', null),
  row('Learn Docker in 12 Minutes', null),
  row('5 minutes to learn', null),
  row('Video: Kubernetes in ~5 minutes', null),
  row('Docker Intro 30 min', null),
  row('Video - 5 minutes of Kafka: a talk', null),
  row('Oct 13th, 2018', null),
  row('2018-10-13', null),
  row('Ubuntu 18.04', null),
  row('v1.2', null),
  row('-p 8080:80', null),
  row('port 80', null),
  row('512 MB', null),
  row('3 replicas', null),
  row('step 1', null),
  row('## Area 1', null),
  row('?t=0s&index=23', null),
  row('[Why Docker](https://www.youtube.com/watch?v=RYDHUTHLf8U&t=5m)', null),
  row('#1', null),
  row('(a few minutes)', null),
  row('Mainframe (1970s)', null),
  row('(5M rows)', null),
  row('Boot time: 3 seconds', null),
  row('## Time - Space trade-offs', null),
  row('1. Why Docker - 10', null),
];

function describeMatch(m: EstimateMatch | undefined): string {
  if (!m) return 'no estimate';
  return m.kind === 'minutes' ? `${m.minutes?.min}-${m.minutes?.max} min` : m.kind;
}

function checkRow(r: Row): void {
  const m = scanEstimate(r.line);
  const where = `${JSON.stringify(r.line)} -> ${describeMatch(m)}`;
  if (r.expected === null) {
    assert.equal(m, undefined, where);
    return;
  }
  assert.ok(m, where);
  if (Array.isArray(r.expected)) {
    assert.equal(m.kind, 'minutes', where);
    assert.deepEqual(m.minutes, { min: r.expected[0], max: r.expected[1] }, where);
  } else {
    assert.equal(m.kind, r.expected, where);
    assert.equal(m.minutes, undefined, where);
  }
  if (r.labelled !== undefined) assert.equal(m.labelled, r.labelled, `${where}: labelled`);
  if (r.text !== undefined) assert.equal(r.line.slice(m.start, m.end), r.text, `${where}: text`);
  assert.ok(m.start >= 0 && m.start < m.end && m.end <= r.line.length, `${where}: offsets ${m.start}..${m.end}`);
}

describe('timeEstimate: scanEstimate', () => {
  it(`reads ${CORPUS_ESTIMATES.length} real estimate lines from the corpus`, () => {
    assert.ok(CORPUS_ESTIMATES.length >= 70);
    for (const r of CORPUS_ESTIMATES) checkRow(r);
  });

  it(`finds no estimate in ${CORPUS_NON_ESTIMATES.length} real corpus lines with titles, dates, versions, ports, sizes`, () => {
    assert.ok(CORPUS_NON_ESTIMATES.length >= 20);
    for (const line of CORPUS_NON_ESTIMATES) checkRow(row(line, null));
  });

  it('reads every style of NOTES-FORMAT.md, placeholders and non-estimates', () => {
    for (const r of SPEC_CASES) checkRow(r);
  });

  it('gives UTF-16 offsets into the raw line, after astral characters too', () => {
    const line = '📺 **Why Docker?** 🐳 (took ~10 min)';
    const m = scanEstimate(line);
    assert.ok(m);
    assert.equal(m.start, line.indexOf('('));
    assert.equal(m.end, line.length);
    assert.equal(line.slice(m.start, m.end), '(took ~10 min)');
  });

  it('reads a clock or an hourglass before an amount as the student\'s time, labelled; a clock before a time of day, or an amount without a unit, is none', () => {
    const read = (line: string) => {
      const m = scanEstimate(line);
      return m && [line.slice(m.start, m.end), m.minutes?.min, m.labelled];
    };
    assert.deepEqual(read('#### Why Docker? ⏱ 10 min'), ['⏱ 10 min', 10, true]);
    assert.deepEqual(read('Why Docker? ⏱️ 1 h 30 min'), ['⏱️ 1 h 30 min', 90, true]);
    assert.deepEqual(read('- Lab: Docker Intro **🕐: 25 mins**'), ['🕐: 25 mins', 25, true]);
    assert.deepEqual(read('Why Docker? ⌛ 2 hours'), ['⌛ 2 hours', 120, true]);
    assert.equal(read('⏰ 8:30 class meeting'), undefined);
    assert.equal(read('Why Docker ⏱ 10'), undefined);
  });

  it('finishes on 200k-character lines of every awkward shape', () => {
    const n = 200_000;
    const shapes = [
      '('.repeat(n),
      ')'.repeat(n),
      '1-'.repeat(n / 2),
      '1'.repeat(n),
      'Time: '.repeat(n / 6),
      '(time: '.repeat(n / 7),
      '~1 '.repeat(n / 3),
      '` '.repeat(n / 2),
      Array.from({ length: n / 10 }, (_, i) => '`'.repeat((i % 20) + 1) + ' x').join(''),
      '* '.repeat(n / 2),
      '](('.repeat(n / 3),
      '[a](' + 'b'.repeat(n) + ')',
      'took '.repeat(n / 5),
      'half an hour and a half '.repeat(n / 24),
      '😀'.repeat(n / 2),
      'a '.repeat(n / 2) + '(30 min)',
    ];
    for (const line of shapes) {
      const m = scanEstimate(line);
      if (m) assert.ok(m.start >= 0 && m.end <= line.length);
    }
    assert.deepEqual(scanEstimate(shapes[shapes.length - 1])?.minutes, { min: 30, max: 30 });
  });
});

/** A course in another language: its students write the time in it (the units and labels of UNITS and TIME_WORDS). */
const OTHER_LANGUAGES: Row[] = [
  row('- [Vídeo: ¿Qué es un contenedor?](https://example.es/contenedor) - 25 minutos', [25, 25], { text: '- 25 minutos' }),
  row('Práctica: Instalación de Docker en Ubuntu - 1 hora', [60, 60], { text: '- 1 hora' }),
  row('**Despliegue con Kubernetes** (tiempo: 2 horas)', [120, 120], { labelled: true, text: '(tiempo: 2 horas)' }),
  row('Tiempo: 1 hora y 30 minutos', [90, 90], { labelled: true }),
  row('Duración: 45 minutos', [45, 45], { labelled: true }),
  row('(1 h 15 minutos)', [75, 75]),
  row('### Einführung in Kubernetes (1 Std. 30 Min.)', [90, 90]),
  row('Zeit: 40 Minuten', [40, 40], { labelled: true }),
  row('Zeitaufwand (1 Stunde und 20 Minuten)', [80, 80]),
  row('Dauer: 2 Stunden', [120, 120], { labelled: true }),
  row('- Introduction aux conteneurs (2 heures)', [120, 120]),
  row('Temps : 30 minutes', [30, 30], { labelled: true }),
  row('Durée : 1 heure', [60, 60], { labelled: true }),
  row('Laboratorio Docker (tempo: 3 ore)', [180, 180], { labelled: true }),
  row('Лабораторная работа (время: 2 часа)', [120, 120], { labelled: true }),
  row('Введение в Docker - 40 минут', [40, 40]),
  // a unit counts after an amount only; a word of prose, or a label with no duration, is no time
  row('Las horas de clase son largas', null),
  row('Die Zeit war knapp', null),
  row('Std::vector in C++ ist schnell', null),
  // their labels count over a time only, their units after digits only: a beat, a temperature, "the hour"
  row('Tiempo: un rato', null),
  row('Tiempo: 30', null),
  row('Tempo: 120', null),
  row('Temps: 20-25 C', null),
  row('(a hora do almoço)', null),
  row('(one hora)', null),
  row('Time: ora', 'unreadable'),
];

describe('timeEstimate: times written in the language of the course', () => {
  it(`reads ${OTHER_LANGUAGES.length} lines in Spanish, German, French, Italian and Russian`, () => {
    for (const r of OTHER_LANGUAGES) checkRow(r);
  });
});

/** Ways of writing a time that the corpus does not hold, as a student may still write them: a field's name, a bound, a sum. */
const OTHER_SHAPES: Row[] = [
  // a label joined as a field's name, or set with an equals sign
  row('time-spent: 20min', [20, 20], { labelled: true }),
  row('Time_Taken: 1 hour', [60, 60], { labelled: true }),
  row('**total-time:** 45 min', [45, 45], { labelled: true }),
  row('Time = 20 min', [20, 20], { labelled: true, text: 'Time = 20 min' }),
  row('Time spent = 1.5 hours', [90, 90], { labelled: true }),
  // an equals sign labels a time, never a missing one: that is code
  row('elapsed_time = end - start', null),
  row('Time = TBD', null),
  row('time=20min', null),
  // a bound: at least or at most that long, read as "more than one hour" is
  row('Time: 1+ hour', [60, 60], { labelled: true }),
  row('- [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (2+ hrs)', [120, 120], { text: '(2+ hrs)' }),
  row('30+ min', [30, 30]),
  row('Time: < 1 hour', [60, 60], { labelled: true }),
  row('Why Docker? (<30 min)', [30, 30], { text: '(<30 min)' }),
  row('(≤ 20 min)', [20, 20]),
  row('C++ 2 hours', null),
  row('1 + 1 hour', null),
  row('a<1 hour', null),
  // a decimal without its zero
  row('Time: .5 hours', [30, 30], { labelled: true }),
  row('- ~.75h', [45, 45], { text: '~.75h' }),
  row('node.5 hours', null),
  // the module's whole, named after its time
  row('- 2 hours total', [120, 120], { text: '2 hours total' }),
  row('[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) 30 min in total', [30, 30], { text: '30 min in total' }),
  row('### Why Docker? - 45 minutes overall', [45, 45]),
  row('Video - 5 minutes of Kafka in total', null),
  row('30 minutes spent', [30, 30], { text: '30 minutes spent' }),
  row('- 2 hours spent in total', [120, 120]),
  row('30 minutes spent reading docs', null),
  // a verb, or a label's purpose after its qualifier, as a field's name
  row('Spent: 30 min', [30, 30], { labelled: true }),
  row('(took: 20 min)', [20, 20], { labelled: true }),
  row('Time taken to complete: 40 mins', [40, 40], { labelled: true }),
  row('Took: forever', null),
  row('I took: 3 screenshots', null),
];

describe('timeEstimate: shapes the corpus does not hold', () => {
  it(`reads ${OTHER_SHAPES.length} lines: labels joined or set with "=", verbs as labels, bounds, decimals without a zero, totals`, () => {
    for (const r of OTHER_SHAPES) checkRow(r);
  });
});

describe('timeEstimate: formatMinutes', () => {
  const cases: [{ min: number; max: number }, string][] = [
    [{ min: 30, max: 30 }, '30 min'],
    [{ min: 90, max: 90 }, '1 h 30 min'],
    [{ min: 120, max: 120 }, '2 h'],
    [{ min: 0.5, max: 0.5 }, '30 s'],
    [{ min: 1.5, max: 1.5 }, '1 min 30 s'],
    [{ min: 1 / 3, max: 1 / 3 }, '20 s'],
    [{ min: 0, max: 0 }, '0 min'],
    [{ min: 20, max: 30 }, '20–30 min'],
    [{ min: 60, max: 120 }, '1–2 h'],
    [{ min: 45, max: 90 }, '45 min – 1 h 30 min'],
    [{ min: 0.25, max: 0.5 }, '15–30 s'],
    [{ min: 30, max: 20 }, '20–30 min'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${expected}`, () => assert.equal(formatMinutes(input), expected));
  }
});

describe('timeEstimate: the whole corpus', function () {
  let files: string[] = [];

  before(function () {
    if (!existsSync(corpusRoot)) {
      console.log(`    (skipped: no corpus at ${corpusRoot}; it lives in ../shared beside the project)`);
      this.skip();
    }
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir).sort()) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else files.push(full);
      }
    };
    files = [];
    walk(corpusRoot);
  });

  it('scans every line of every file without throwing, offsets inside the line', () => {
    let lines = 0;
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
        lines++;
        let m: EstimateMatch | undefined;
        assert.doesNotThrow(() => (m = scanEstimate(line)), `${file}: ${line.slice(0, 80)}`);
        if (!m) continue;
        const where = `${path.relative(corpusRoot, file)}: ${line.slice(0, 80)}`;
        assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= line.length, where);
        if (m.kind === 'minutes') {
          assert.ok(m.minutes && Number.isFinite(m.minutes.min) && m.minutes.min >= 0 && m.minutes.min <= m.minutes.max, where);
        }
      }
    }
    assert.ok(lines > 1000, `${lines} lines`);
  });

  it('takes its table lines from the corpus, verbatim', () => {
    const notes = files.filter((f) => /[/\\](notes|notes-split|seeds)[/\\]/.test(f)).map((f) => readFileSync(f, 'utf8'));
    const missing = [...CORPUS_ESTIMATES.map((r) => r.line), ...CORPUS_NON_ESTIMATES].filter((line) => !notes.some((text) => text.includes(line)));
    assert.deepEqual(missing, []);
  });
});
