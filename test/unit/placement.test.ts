import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { unflattenedPaths } from '../../server/src/course/flattenedPaths';
import { courseProgress, type PlacedModule } from '../../server/src/course/progress';
import { summariseNotes } from '../../server/src/course/studentNotes';
import { titleWords } from '../../server/src/course/titleWords';
import { parseNotes } from '../../server/src/notes/parse';
import { readNotesFromLines } from '../../server/src/notes/textLines';

const course = bundledCourse;

/** The placements of one notes file, read by both line sources (they must agree). */
function placed(...lines: string[]): PlacedModule[] {
  const text = lines.join('\n');
  const [precise, byLines] = [parseNotes, readNotesFromLines].map((read) => courseProgress([summariseNotes('README.md', read(text, { catalog: bundledCourse.catalog }), text, true)], course).placements);
  assert.deepEqual(byLines, precise, 'both line sources place alike');
  return precise;
}

/** The placements of a student's files, each read as the command line reads a student's folder. */
function filesPlaced(files: Record<string, string[]>): PlacedModule[] {
  const summaries = Object.entries(files).map(([file, lines]) => {
    const text = lines.join('\n');
    const model = parseNotes(text, { catalog: bundledCourse.catalog });
    return summariseNotes(file, model, text, model.detection.isNotes);
  });
  return courseProgress(summaries, course).placements;
}

const placementOf = (modules: PlacedModule[], title: string) => {
  const module = modules.find((candidate) => candidate.title === title);
  assert.ok(module, `"${title}" is read as a module: ${modules.map((entry) => entry.title).join(' | ')}`);
  return { catalog: module.catalog, confidence: module.confidence };
};

const cloudIntermediate = ['## Area 1: Cloud Web Apps', '> Intermediate Level', '### [Video: Virtualization](https://www.youtube.com/watch?v=GIdVRB5yNsk) (10 min)', 'Type 1 and type 2 hypervisors.', '### AWS Tutorial: Install a LAMP Web Server on Amazon Linux 2 (45 min)', 'httpd, mariadb, php.'];
const compareS3 = 'On your own: Compare the performance, functionality, and price when serving web content from S3 versus an EC2 VM';

describe('placing students\' modules on the course\'s', () => {
  it('places a module filed under another area by the course\'s title word for word on that module, not on a module of the area by likeness', () => {
    const modules = placed(...cloudIntermediate, '### Video: Hadoop Intro (10 min)', 'HDFS keeps three copies of each block.', '### Lab: Install Hadop (30 min)', 'Ran the single-node setup.');
    assert.deepEqual(placementOf(modules, 'Video: Hadoop Intro'), { catalog: ['Video: Hadoop Intro'], confidence: 'sure' });
  });

  describe('titles in students\' words', () => {
    for (const title of ['S3 versus an EC2 VM (20 min)', 'S3 VS. EC2 VM (20 min)', 'S3 vs EC2 (20 min)']) {
      it(`"${title}" is the course's comparison of S3 and EC2`, () => {
        const modules = placed(...cloudIntermediate, `### ${title}`, 'S3 serves static files for cents; EC2 costs per hour.');
        assert.deepEqual(placementOf(modules, title.replace(' (20 min)', '')).catalog, [compareS3]);
      });
    }

    it('"Amazon Simple Storage Service(S3)" after a VM is the S3 lab, not the storage docs', () => {
      const modules = placed('## Cloud Web Apps', '### 1. Launch a linux VM', 'Picked t2.micro.', '### 2. Amazon Simple Storage Service(S3)', 'Created a bucket, uploaded an object.');
      assert.deepEqual(placementOf(modules, 'Amazon Simple Storage Service(S3)').catalog, ['QwikLab: Intro to S3']);
    });

    const dockerIntermediate = [
      '## Docker and Containers',
      '> Intermediate Level',
      '### Video: What are Containers? (18 min)',
      'Namespaces and cgroups.',
      '### Video: VMs Versus Containers (8 min)',
      'Hypervisor per VM.',
      '### Lab: Docker Intro (30 min)',
      'docker run alpine.',
      '### Lab: Doing more with Docker Images (45 min)',
      'Layers.',
    ];

    it('"Lightboard VM vs containers" after the images lab is the deep dive', () => {
      const modules = placed(...dockerIntermediate, '### Lightboard VM vs containers (9 min)', 'Drawn on a lightboard.');
      assert.deepEqual(placementOf(modules, 'Lightboard VM vs containers'), { catalog: ['Video: VMs Versus Containers Deep Dive'], confidence: 'likely' });
    });

    it('"Video: VMs Versus Containers", the course\'s title whole, is that video; "VMs vs Containers" covers the deep dive too', () => {
      const named = placed(...dockerIntermediate.slice(0, 4), '### Video: VMs Versus Containers (8 min)', 'Hypervisor per VM.', '### Lab: Docker Intro (30 min)', 'docker run alpine.');
      assert.deepEqual(placementOf(named, 'Video: VMs Versus Containers'), { catalog: ['Video: VMs Versus Containers'], confidence: 'sure' });
      const topic = placed(...dockerIntermediate.slice(0, 4), '### VMs vs Containers (8 min)', 'Hypervisor per VM.', '### Lab: Docker Intro (30 min)', 'docker run alpine.');
      assert.deepEqual(placementOf(topic, 'VMs vs Containers').catalog, ['Video: VMs Versus Containers', 'Video: VMs Versus Containers Deep Dive']);
    });

    it('"Swarm Mode Instruction" is the swarm lab; "Kubernetes" right after it a Kubernetes module, by its place', () => {
      const modules = placed(...dockerIntermediate, '### Lab: Docker Networking (45 min)', 'Bridges.', '### Swarm Mode Instruction (45 min)', 'docker swarm init.', '### Kubernetes (30 min)', 'Pods and deployments.');
      assert.deepEqual(placementOf(modules, 'Swarm Mode Instruction').catalog, ['Lab: Swarm Mode Introduction']);
      const kubernetes = placementOf(modules, 'Kubernetes');
      assert.equal(kubernetes.confidence, 'likely');
      assert.ok(kubernetes.catalog.every((title) => /kubernetes/i.test(title)), kubernetes.catalog.join());
    });

    it('"Swarm" is the swarm lab, not the video comparing Kubernetes and Swarm; "Kubernetes", in four titles of its group, is the reading on your own alone', () => {
      const modules = placed(...dockerIntermediate, '### Lab: Docker Networking (45 min)', 'Bridges.', '### Swarm (45 min)', 'docker swarm init.', '### Kubernetes (30 min)', 'Pods and deployments.');
      assert.deepEqual(placementOf(modules, 'Swarm'), { catalog: ['Lab: Swarm Mode Introduction'], confidence: 'likely' });
      assert.deepEqual(placementOf(modules, 'Kubernetes'), { catalog: ['Learn more about Kubernetes on your own'], confidence: 'likely' });
    });

    it('a title naming more modules of its group than it is placed on is likely, with those the notes write nowhere else as what it may also be, not counted', () => {
      const modules = placed(...dockerIntermediate, '### Lab: Docker Networking (45 min)', 'Bridges.', '### Swarm Mode Instruction (45 min)', 'docker swarm init.', '### Kubernetes (30 min)', 'Pods and deployments; it schedules better than Swarm.');
      const kubernetes = modules.find((module) => module.title === 'Kubernetes');
      assert.equal(kubernetes?.confidence, 'likely');
      assert.deepEqual(kubernetes?.catalog, ['Learn more about Kubernetes on your own']);
      assert.deepEqual(kubernetes?.perhapsAlso, ['Video: Kubernetes vs Swarm', 'Video: Kubernetes in 5 Minutes', 'Install Docker on a cluster of EC2 VMs and use Kubernetes to orchestrate them']);
    });

    it('what the notes write elsewhere is no doubt: "Kubernetes" beside the EC2 cluster and the 5-minute video names the comparison alone', () => {
      const modules = placed(...dockerIntermediate, '### Swarm Mode Instruction (45 min)', 'docker swarm init.', '### Video: Kubernetes in 5 Minutes (5 min)', 'Pods.', '### Kubernetes (30 min)', 'Deployments.', '### Install Docker on a cluster of EC2 VMs and use Kubernetes to orchestrate them (2 h)', 'kubeadm.');
      assert.deepEqual(modules.find((module) => module.title === 'Kubernetes')?.perhapsAlso, ['Video: Kubernetes vs Swarm']);
    });

    describe('a bare opener right over another module', () => {
      const stacked = (notes: string) => placed(...dockerIntermediate, '### Swarm Mode Instruction (45 min)', 'docker swarm init.', '', '[Video: Kubernetes vs Swarm](https://www.youtube.com/watch?v=L8xuFG49Fac)', '', '[Video: Kubernetes in 5 Minutes](https://www.youtube.com/watch?v=PH-2FfFD2PU)', '', notes);
      const comparison = (modules: PlacedModule[]) => modules.find((module) => module.title === 'Video: Kubernetes vs Swarm');

      it('shares the notes below when they begin by speaking of its topic: counted, likely, saying whose notes', () => {
        const modules = stacked('Both Kubernetes and Docker Swarm orchestrate containers; Kubernetes has pods.');
        assert.deepEqual(comparison(modules), { ...comparison(modules), catalog: ['Video: Kubernetes vs Swarm'], confidence: 'likely', written: true, notesBelow: 'Video: Kubernetes in 5 Minutes' });
      });

      it('has no notes when those below speak of another topic, or of its topic only further on', () => {
        assert.equal(comparison(stacked('Kubernetes runs pods on nodes.'))?.written, false);
        const later = stacked(['Kubernetes runs pods on nodes.', 'A node is a machine.', 'Pods share a network.', 'Deployments roll out.', 'Services route traffic.', 'Unlike Swarm, it has pods.'].join('\n\n'));
        assert.deepEqual(comparison(later), { ...comparison(later), confidence: 'sure', written: false });
        assert.equal(comparison(later)?.notesBelow, undefined);
      });

      it('gets no credit for a module other notes write up, nor in a file that does not read as notes', () => {
        const bare = ['### [Video: VMs Versus Containers](https://www.youtube.com/watch?v=L1ie8negCjc)', '', '### [Video: What are Containers?](https://www.youtube.com/watch?v=EnJ7qX9fkcU)', 'VMs boot an OS, containers reuse the host kernel.'];
        const elsewhere = filesPlaced({ 'README.md': ['## Docker and Containers', '> Intermediate Level', ...bare], 'docker/vms.md': ['## Docker and Containers', '### [Video: VMs Versus Containers](https://www.youtube.com/watch?v=L1ie8negCjc)', 'A hypervisor per VM.'] });
        assert.ok(elsewhere.every((module) => !module.notesBelow && !module.catalog.includes('Video: VMs Versus Containers Deep Dive')), elsewhere.map((module) => `${module.title}: ${module.catalog}`).join('; '));
        const loose = filesPlaced({ 'Round2 note.md': ['### [Video: Kubernetes vs Swarm](https://www.youtube.com/watch?v=L8xuFG49Fac)', '', '### [Orchestration compared](https://me.example/orchestration)', 'Both Kubernetes and Docker Swarm schedule containers.'] });
        assert.deepEqual(loose.filter((module) => module.catalog.length).map((module) => [module.title, module.confidence, module.notesBelow]), [['Video: Kubernetes vs Swarm', 'sure', undefined]]);
      });

      it('has no notes when a line stands between it and the module below', () => {
        const modules = placed(...dockerIntermediate, '[Video: Kubernetes vs Swarm](https://www.youtube.com/watch?v=L8xuFG49Fac)', 'To watch.', '', '[Video: Kubernetes in 5 Minutes](https://www.youtube.com/watch?v=PH-2FfFD2PU)', '', 'Both Kubernetes and Docker Swarm orchestrate containers.');
        assert.equal(comparison(modules)?.notesBelow, undefined);
      });
    });

    it('a title the course writes whole, or two modules it covers, leave no doubt: "VMs vs Containers" is both VM videos', () => {
      const modules = placed(...dockerIntermediate.slice(0, 4), '### VMs vs Containers (8 min)', 'Hypervisor per VM.', '### Lab: Docker Intro (30 min)', 'docker run alpine.');
      assert.ok(modules.every((module) => !module.perhapsAlso), modules.map((module) => `${module.title}: ${module.perhapsAlso?.join()}`).join('; '));
    });

    it('"AWS Tutorial: AWS SageMaker Note" is the tutorial, surely: "Note" is no part of a name', () => {
      const modules = placed('## Big Data and Machine Learning', '> Intermediate Level', '### AWS Tutorial: AWS SageMaker Note (60 min)', 'Notebook instance, training job, endpoint.');
      assert.deepEqual(placementOf(modules, 'AWS Tutorial: AWS SageMaker Note'), { catalog: ['AWS Tutorial: AWS SageMaker'], confidence: 'sure' });
    });

    it('a title the course writes whole in one of two modules it covers is that one: "Amazon Machine Learning" is the lab, the model tutorial only perhaps', () => {
      const head = ['## Big Data and Machine Learning', '> Intermediate Level'];
      const lab = placed(...head, '### Amazon Machine Learning (45 min)', 'A datasource in S3, then the model and its AUC.');
      assert.deepEqual(placementOf(lab, 'Amazon Machine Learning'), { catalog: ['QwikLab: Intro to Amazon Machine Learning'], confidence: 'likely' });
      assert.deepEqual(lab[0].perhapsAlso, ['AWS Tutorial: Build a Machine Learning Model']);
      // Written in neither, it covers both.
      const both = placed(...head, '### Machine Learning (45 min)', 'A datasource in S3, then the model and its AUC.');
      assert.deepEqual(placementOf(both, 'Machine Learning').catalog, ['QwikLab: Intro to Amazon Machine Learning', 'AWS Tutorial: Build a Machine Learning Model']);
    });

    it('a title joining a part that names no module is placed by the rest, as likely: "Intro to S3 & Instance"', () => {
      const head = ['## Cloud Web Apps', '> Beginner Level'];
      assert.deepEqual(placementOf(placed(...head, '### Intro to S3 & Instance (60 min)', 'Launched an instance, then a bucket.'), 'Intro to S3 & Instance'), { catalog: ['QwikLab: Intro to S3'], confidence: 'likely' });
      assert.deepEqual(placementOf(placed(...head, '### Intro to S3 (60 min)', 'A bucket.'), 'Intro to S3'), { catalog: ['QwikLab: Intro to S3'], confidence: 'sure' });
    });

    it('one line naming two modules is placed on both', () => {
      const modules = placed('## Big Data and Machine Learning', '> Intermediate Level', '- Video Tutorial: Overview of AWS SageMaker + AWS Tutorial: AWS SageMaker (1.5 h)', '  - built and deployed an XGBoost model');
      assert.deepEqual(placementOf(modules, 'Video Tutorial: Overview of AWS SageMaker + AWS Tutorial: AWS SageMaker').catalog.sort(), ['AWS Tutorial: AWS SageMaker', 'Video Tutorial: Overview of AWS SageMaker']);
    });

    it('the SDN labs in students\' words', () => {
      const modules = placed('## SDN and NFV', '> Intermediate Level', '### Install DPDK and run the skeleton sample (3 h)', 'Hugepages first.', '### Install OpenNetVM and run the speed tester (2 h)', 'The manager and NFs.');
      assert.deepEqual(placementOf(modules, 'Install DPDK and run the skeleton sample').catalog, ['Install DPDK and run the `skeleton` sample application']);
      assert.deepEqual(placementOf(modules, 'Install OpenNetVM and run the speed tester').catalog, ['Install OpenNetVM and run the Speed Tester and Bridge NFs']);
    });

    it('typos of the course\'s words: "Anlyze Big Data with Hadoop", "Intro to Amazon Reshift"', () => {
      const modules = placed('## Big Data', '> Beginner Level', '### Anlyze Big Data with Hadoop (1 h)', 'EMR and Hive.', '> Intermediate Level', '### Intro to Amazon Reshift (45 min)', 'Columnar storage.');
      assert.deepEqual(placementOf(modules, 'Anlyze Big Data with Hadoop').catalog, ['QwikLab: Analyze Big Data with Hadoop']);
      assert.deepEqual(placementOf(modules, 'Intro to Amazon Reshift').catalog, ['QwikLab: Intro to Amazon Redshift']);
    });

    it('a title\'s words in one spelling: a phrase with a typo is its short word, "I/O" is one word', () => {
      assert.deepEqual(titleWords('Vitual Machines VS Containers'), ['vm', 'versus', 'container']);
      assert.deepEqual(titleWords('Video: Netmap - a framework for fast I/O'), ['netmap', 'framework', 'fast', 'io']);
    });

    it('a title in Chinese or Japanese is its pairs of characters, with or without spaces around a Latin word', () => {
      assert.deepEqual(titleWords('实验：使用Kubernetes部署应用'), ['使用', 'kubernete', '部署', '署应', '应用']);
      assert.deepEqual(titleWords('使用 Kubernetes 部署应用'), titleWords('实验：使用Kubernetes部署应用'));
      assert.deepEqual(titleWords('Hadoop 入门'), ['hadoop', '入门']);
    });

    it('a typo in a phrase students shorten: "Vitual Machines VS Containers" is the VMs video', () => {
      const modules = placed('## Docker and Containers', '> Beginner Level', '### Vitual Machines VS Containers (8 min)', 'A hypervisor per VM; containers share the kernel.');
      assert.deepEqual(placementOf(modules, 'Vitual Machines VS Containers').catalog, ['Video: VMs Versus Containers', 'Video: VMs Versus Containers Deep Dive']);
    });
  });

  describe('a level\'s heading with notes under it and no module', () => {
    it('is the level\'s one module, likely: "Bring it all together" over the notes of the area\'s final project', () => {
      const modules = placed('## Docker and Containers', '### Intermediate', '### Lab: Swarm Mode Introduction (1 h)', 'docker swarm init, then a stack.', '### Bring it all together', '1. This module puts a monolith application in a container, then splits it into services.');
      assert.deepEqual(placementOf(modules, 'Bring it all together'), { catalog: ['AWS Tutorial: Break a Monolith Application into Microservices'], confidence: 'likely' });
    });

    it('is nothing with less than a sentence of the student\'s under it', () => {
      const modules = placed('## Docker and Containers', '### Intermediate', '### Lab: Swarm Mode Introduction (1 h)', 'docker swarm init, then a stack.', '### Bring it all together', 'Nothing yet.');
      assert.deepEqual(modules.map((module) => module.title), ['Lab: Swarm Mode Introduction']);
    });

    it('is nothing of its own where the level has several modules: "Beginner" is no "Docker Beginners Guide"', () => {
      const modules = placed('## Docker and Containers', '### Beginner', 'I watched the video and did the lab: images, containers and the registry.', '### Intermediate', '### Lab: Docker Intro (30 min)', 'docker run alpine.');
      assert.deepEqual(modules.map((module) => module.title), ['Lab: Docker Intro']);
    });
  });

  describe('sections of a page of notes a module links to', () => {
    /** A README whose modules link to the student's pages, each page read as the CLI reads a folder. */
    function placedWithPages(readme: string[], pages: Record<string, string[]>): PlacedModule[] {
      const files = { 'README.md': readme, ...pages };
      const summaries = Object.entries(files).map(([file, lines]) => {
        const text = lines.join('\n');
        const model = parseNotes(text, { catalog: bundledCourse.catalog });
        return summariseNotes(file, model, text, model.detection.isNotes);
      });
      return courseProgress(summaries, course).placements;
    }
    const readme = ['# Distributed Systems Practice', '## Docker and Containers', '1. [Basic](Docker/Basic.md)', '## Cloud Web Apps', '1. [Deploy a web app](Cloud/Deploy.md)'];

    it('a section titled by a module of the course is that module: the page\'s other sections are its notes', () => {
      const modules = placedWithPages(readme, {
        'Docker/Basic.md': ['# Why Docker?', 'Mainframe to PC to cloud.', '## What are VMs', 'Hardware emulated.', '## Vitual Machines VS Containers', '### Size', '### Isolation', 'Each VM boots its own kernel.'],
        'Cloud/Deploy.md': ['# Deploy a Scalable Node.js Web App', '## 1. Create Elastic Beanstalk App and Launch', 'Picked the Node.js platform.'],
      });
      const sections = modules.filter((module) => module.file !== 'README.md');
      assert.deepEqual(
        sections.map((module) => [module.title, module.catalog[0], module.written]),
        [['Vitual Machines VS Containers', 'Video: VMs Versus Containers', true]],
        'a tutorial\'s step alike another module\'s title, and a topic the course names in no title, are the linked notes',
      );
    });

    it('a section with nothing of the student\'s under it is no module', () => {
      const modules = placedWithPages(readme, { 'Docker/Basic.md': ['# Why Docker?', 'Mainframe to PC to cloud.', '## VMs Versus Containers', '![diagram](vm.png)', '## Next', 'More later.'] });
      assert.deepEqual(modules.filter((module) => module.file !== 'README.md'), []);
    });
  });

  describe('pages of notes nothing links to', () => {
    const pagesPlaced = (pages: Record<string, string[]>) => filesPlaced(pages).map((module) => [module.file, module.catalog.join(' | ')]);

    it('a page named in camel case is the module its words name; one product name in camel case stays a word', () => {
      assert.deepEqual(pagesPlaced({ 'IntroToAmazonRedshift.md': ['Loaded the sample tables and queried them.'], 'DynamoDB.md': ['Created a table and queried it by key.'] }), [
        ['IntroToAmazonRedshift.md', 'QwikLab: Intro to Amazon Redshift'],
        ['DynamoDB.md', 'QwikLab: Intro to DynamoDB'],
      ]);
    });

    it('optional reading is placed by its address or its title written whole, never by likeness alone', () => {
      assert.deepEqual(pagesPlaced({ 'Swarm.md': ['# Swarm', 'docker swarm init, then a service of three replicas.'] }), [['Swarm.md', 'Lab: Swarm Mode Introduction']]);
      assert.deepEqual(pagesPlaced({ 'Storage.md': ['# Storage', 'Buckets, objects and their permissions.'] }), [['Storage.md', '']]);
      assert.deepEqual(pagesPlaced({ 'Future.md': ['# Video: Future of Swarm', 'Where swarm mode goes next.'] }), [['Future.md', 'Video: Future of Swarm']]);
      const linked = placed('## Cloud Web Apps', '> Intermediate Level', '### [Storage](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Storage.html)', 'EBS, instance store and S3.');
      assert.deepEqual(placementOf(linked, 'Storage'), { catalog: ['AWS Storage Docs'], confidence: 'sure' });
    });

    it('between titles alike, the course\'s required module before its optional reading', () => {
      const page = { 'Round2/Deploying a Node Application with DynamoDB to Elastic Beanstalk.md': ['# Deploying a Node.js Application with DynamoDB to Elastic Beanstalk', 'Made the environment, then a table for the sign-ups.'] };
      assert.deepEqual(pagesPlaced(page), [['Round2/Deploying a Node Application with DynamoDB to Elastic Beanstalk.md', 'AWS Tutorial: Deploy a Scalable Node.js Web App']]);
    });

    it('a page placed by likeness on modules the student\'s other pages surely write is the likeliest module they write nowhere', () => {
      const pages = {
        'Intro to Amazon machine Learning.md': ['# Intro to Amazon machine Learning', 'Made a datasource from the bank data in S3.'],
        'Build a Machine Learning Model.md': ['# Build a Machine Learning Model', 'Trained a binary model and read its AUC.'],
        'UsingMachineLearning.md': ['There are three layers to the machine learning stack: frameworks, platforms and services.'],
      };
      assert.deepEqual(pagesPlaced(pages)[2], ['UsingMachineLearning.md', 'Video: Short AWS Machine Learning Overview']);
      // Alone, the same page is the modules its words name.
      assert.deepEqual(pagesPlaced({ 'UsingMachineLearning.md': pages['UsingMachineLearning.md'] }), [['UsingMachineLearning.md', 'QwikLab: Intro to Amazon Machine Learning | AWS Tutorial: Build a Machine Learning Model']]);
    });

    it('a page whose first heading is a module\'s title is that module; a report\'s heading naming a topic places nothing', () => {
      assert.deepEqual(
        pagesPlaced({
          'VideoBigData.md': ['# Hadoop Intro', 'Data outgrew one machine: HDFS and MapReduce.'],
          'Technical Report.md': ['# Elastic File Systems for containers', 'Why a shared file system matters to a cluster of containers.'],
        }),
        [
          ['VideoBigData.md', 'Video: Hadoop Intro'],
          ['Technical Report.md', ''],
        ],
      );
    });
  });

  describe('a folder tree saved flat, its folders joined into names with `__`', () => {
    it('is read as the tree: a prefix two files share, or one before a folder\'s index page, is a folder; a lone `__` is part of a name', () => {
      const paths = [
        'notes__docker__intermediate__docker-lab-swarm-mode__index.md',
        'notes__docker__intermediate__docker-vm-vs-container__index.md',
        'Docker__Network.md',
        'Docker__Swarm.md',
        'Intro__to_S3.md',
        'big-data__Intro_to_SageMaker__and_a_model.md',
        'big-data__Intro_to_S3.md',
        'Round2/Docker__Basic.md',
        'week__.md',
        'week__1.md',
      ];
      assert.deepEqual([...unflattenedPaths(paths).values()], [
        'notes/docker/intermediate/docker-lab-swarm-mode/index.md',
        'notes/docker/intermediate/docker-vm-vs-container/index.md',
        'Docker/Network.md',
        'Docker/Swarm.md',
        'Intro__to_S3.md',
        'big-data/Intro_to_SageMaker__and_a_model.md',
        'big-data/Intro_to_S3.md',
        'Round2/Docker__Basic.md',
        'week__.md',
        'week/1.md',
      ]);
    });

    it('a site\'s page is named by its front matter\'s title, and its folder by the tree it came from', () => {
      const frontMatter = (title: string) => ['---', `title: "${title}"`, 'date: 2018-11-20', '---', '## Learning Outcomes', 'Bridge, overlay and host drivers; published ports.'];
      const modules = filesPlaced({
        'site__docker__intermediate__lab-3__index.md': frontMatter('Docker and Containers - Docker Networking Lab'),
        'site__docker__intermediate__lab-4__index.md': frontMatter('Docker and Containers - Swarm Mode Intro Lab'),
      });
      assert.deepEqual(
        modules.map((module) => module.catalog.join(' | ')),
        ['Lab: Docker Networking', 'Lab: Swarm Mode Introduction'],
      );
    });

    it('a page opening with a rule has no front matter: its first heading is still its title, and its text its own', () => {
      const modules = filesPlaced({ 'page-1.md': ['---', '# Why Docker?', 'Containers start in seconds and run the same on every machine.', '---'], 'page-2.md': ['---', 'title: Why Docker?', '---'] });
      assert.deepEqual(
        modules.map((module) => [module.file, module.catalog.join(' | '), module.written]),
        [
          ['page-1.md', 'Video: Why Docker?', true],
          ['page-2.md', 'Video: Why Docker?', false],
        ],
      );
    });

    it('a site\'s post that cites the course\'s page for one module at its end is written up by its text above; a file without front matter, or citing several, is not', () => {
      const post = ['## Learning Outcomes', 'Bridge, overlay and host drivers; published ports and their NAT rules.', '## Official Links', '[Lab: Docker Networking](https://training.play-with-docker.com/docker-networking-hol/)'];
      const writtenOf = (lines: string[]) => filesPlaced({ 'networking/index.md': lines }).map((module) => [module.catalog.join(' | '), module.written]);
      assert.deepEqual(writtenOf(['---', 'title: Docker Networking Lab', '---', ...post]), [['Lab: Docker Networking', true]]);
      assert.deepEqual(writtenOf(['# Docker notes', ...post]), [['Lab: Docker Networking', false]]);
      // A site's index listing the course's modules under its text writes none of them up.
      const index = ['---', 'title: My Docker notes', '---', 'These are the notes I keep for the course, one post per module as I go.', '## Modules', '- [Lab: Docker Networking](https://training.play-with-docker.com/docker-networking-hol/)', '- [Lab: Swarm Mode Introduction](https://training.play-with-docker.com/ops-s1-swarm-intro/)'];
      assert.deepEqual(writtenOf(index), [
        ['Lab: Docker Networking', false],
        ['Lab: Swarm Mode Introduction', false],
      ]);
    });
  });

  describe('notes kept by topic, under headings that name no module', () => {
    const byTopic = ['## Docker and Containers', '### Containers', 'A sandboxed process: namespaces and cgroups, one kernel.', '#### Networking', 'The bridge network is the default; overlay spans hosts.', '#### Experiment 1', 'Ran hello-world and read what the daemon did.'];

    it('each heading with the student\'s words under it is a module to place, or to list as not placed', () => {
      const modules = placed(...byTopic);
      assert.deepEqual(
        modules.map((module) => [module.title, module.catalog.join(' | ')]),
        [
          ['Containers', 'Video: What are Containers?'],
          ['Networking', 'Lab: Docker Networking'],
          ['Experiment 1', ''],
        ],
      );
      assert.ok(modules.every((module) => module.written));
    });

    it('a heading with nothing of the student\'s under it is none, whatever a heading as deep as the area\'s holds after it', () => {
      const modules = placed('## Docker and Containers', '### Containers', '## Reflections', 'What I would do differently: start earlier, and time each lab.', '## Cloud Web Apps', '### AWS Tutorial: Launch a VM (30 min)', 'Picked t2.micro.');
      assert.deepEqual(
        modules.map((module) => module.title),
        ['AWS Tutorial: Launch a VM'],
      );
    });

    it('in a file that does not read as notes, a heading is a module only where it surely names one', () => {
      const text = ['## Outcomes', 'What containers are, and why they start in a second.', '## why docker?', 'Containers ship with all they need.', '## DevOps Docker Beginners Guide', 'Ran hello-world, then alpine.'].join('\n');
      const model = parseNotes(text, { catalog: bundledCourse.catalog });
      assert.equal(model.detection.isNotes, false, 'the premise: a page, not notes');
      const modules = courseProgress([summariseNotes('Docker/Beginner.md', model, text, false)], course).placements;
      assert.deepEqual(
        modules.map((module) => [module.title, module.catalog.join(' | ')]),
        [
          ['why docker?', 'Video: Why Docker?'],
          ['DevOps Docker Beginners Guide', 'Lab: DevOps Docker Beginners Guide'],
        ],
      );
    });

    it('a heading in an unplaced section\'s notes that holds a module by name is placed as the module it is alike, likely; one alike none stays a part of the notes', () => {
      const modules = placed('## Cloud Web Apps', '### Virtualization', 'Type 1 and type 2 hypervisors.', '### Practice', 'I built a visit counter.', '#### Launch a VM', 'Picked the Amazon Linux 2 AMI.', '#### Use LAMP server to record visits of a website', 'Installed php and apache, opened port 80.', '#### Lessons', 'CORS stopped my page at first.');
      const practice = modules.find((module) => module.title === 'Practice');
      assert.deepEqual(practice?.catalog, [], 'the section itself still places nowhere');
      const lamp = modules.find((module) => module.title.startsWith('Use LAMP'));
      assert.deepEqual([lamp?.catalog, lamp?.confidence, lamp?.written], [['AWS Tutorial: Install a LAMP Web Server on Amazon Linux 2'], 'likely', true]);
      assert.equal(modules.find((module) => module.title === 'Launch a VM')?.partOf, practice?.line);
      assert.equal(modules.find((module) => module.title === 'Lessons'), undefined, 'a heading alike no module is no module of its own to list');
    });

    it('the headings of an unplaced section that names no module by its heading are its steps: none counts, and the section is not placed by them', () => {
      const steps = placed('## Cloud Web Apps', '### Video: Virtualization', 'Type 1 and type 2 hypervisors.', '### Wild Rydes', 'The unicorn ride app, my write-up of the serverless web application tutorial.', '#### Create a Lambda function', 'Node handler that books a ride.', '#### Set up DynamoDB', 'Rides table keyed by RideId.');
      assert.deepEqual(steps.map((module) => [module.title, module.catalog]), [['Video: Virtualization', ['Video: Virtualization']], ['Wild Rydes', []]]);
      const practice = placed('## Cloud Web Apps', '### Practice', 'I built a visit counter over a weekend.', '#### Create an S3 bucket', 'Bucket for the static page.', '### QwikLab: Intro to DynamoDB', 'Made a table.');
      assert.deepEqual(practice.find((module) => module.title === 'Practice')?.catalog, [], 'no opening placed by a step');
      assert.equal(practice.find((module) => module.title === 'Create an S3 bucket'), undefined);
    });

    it('placing the headings of an unplaced section changes nothing else, in its run or another', () => {
      const opening = ['## Big Data and Machine Learning', '### QwikLab: Intro to S3', 'Created a bucket, uploaded an object.', '## Cloud Web Apps', '### Getting started', 'I set up my account and billing alarms and launched my first machine.', '### Video: Virtualization', 'Type 1 and type 2 hypervisors.'];
      const practice = ['### Practice', 'I built a visit counter.', '#### Launch a VM', 'Picked the Amazon Linux 2 AMI.'];
      const freed = ['#### Use LAMP server to record visits of a website', 'Installed php and apache, opened port 80.', '#### Lessons', 'CORS stopped my page at first.'];
      const without = placed(...opening, ...practice);
      const withFreed = placed(...opening, ...practice, ...freed);
      const lamp = withFreed.findIndex((module) => module.title.startsWith('Use LAMP'));
      assert.deepEqual(withFreed[lamp]?.catalog, ['AWS Tutorial: Install a LAMP Web Server on Amazon Linux 2'], 'the premise: a heading was placed anew');
      const placing = (modules: PlacedModule[]) => modules.map((module) => [module.title, module.catalog, module.confidence]);
      assert.deepEqual(placing(withFreed.filter((_, at) => at !== lamp)), placing(without));
    });

    it('a heading in a placed module\'s notes, alike another module but not surely, stays a part of those notes', () => {
      const modules = placed('## Cloud Web Apps', '### AWS Tutorial: Launch a VM', 'Picked the Amazon Linux 2 AMI.', '#### Use LAMP server to record visits of a website', 'Installed php and apache on it.');
      assert.deepEqual(modules.map((module) => module.title), ['AWS Tutorial: Launch a VM']);
    });

    it('a heading in a module\'s notes is a module of its own where its title surely is the course\'s, and a step where it names the module holding it', () => {
      const modules = placed(
        '## Cloud Web Apps',
        '### Virtualization',
        'Type 1 and type 2 hypervisors.',
        '### Practice',
        'I built a visit counter with the tutorials.',
        '#### Launch a VM',
        'Picked the Amazon Linux 2 AMI.',
        '#### Record visits',
        'A PHP page writes each visit.',
        '## Docker and Containers',
        '### AWS Tutorial: Break a Monolith Application into Microservices',
        'Moved the monolith to ECS.',
        '#### Break the Monolith into micro services',
        'Three services behind the load balancer.',
      );
      assert.deepEqual(
        modules.map((module) => [module.title, module.catalog.join(' | '), module.confidence]),
        [
          ['Virtualization', 'Video: Virtualization', 'sure'],
          ['Practice', '', undefined],
          ['Launch a VM', 'AWS Tutorial: Launch a VM', 'sure'],
          ['AWS Tutorial: Break a Monolith Application into Microservices', 'AWS Tutorial: Break a Monolith Application into Microservices', 'sure'],
        ],
      );
    });

    it('a bold line in a module\'s notes is a module of its own where its title surely is the course\'s, and no end of the notes above it', () => {
      const modules = placed(
        '## Docker and Containers',
        '### Lab: Swarm Mode Introduction (1 h)',
        'docker swarm init, a service of three replicas.',
        '',
        '**Kubernetes**',
        '',
        'Time: 35min',
        '',
        '**Pros of Kubernetes:**',
        '',
        '* Autoscaling on CPU use.',
        '',
        '**Kubernetes vs Swarm:**',
        '',
        '* Both balance load and name services in DNS.',
        '## Cloud Web Apps',
        '### Launch a VM',
        '**Steps**',
        '',
        'Picked the Amazon Linux 2 AMI.',
      );
      assert.deepEqual(
        modules.map((module) => [module.title, module.catalog.join(' | '), module.confidence, module.written]),
        [
          ['Lab: Swarm Mode Introduction', 'Lab: Swarm Mode Introduction', 'sure', true],
          ['Kubernetes', 'Learn more about Kubernetes on your own', 'likely', true],
          ['Kubernetes vs Swarm', 'Video: Kubernetes vs Swarm', 'sure', true],
          ['Launch a VM', 'AWS Tutorial: Launch a VM', 'sure', true],
        ],
      );
    });

    it('a heading under a module\'s heading is a part of its notes, and a heading with no words of the student\'s is none', () => {
      const modules = placed('# Big Data and Machine Learning', '## Build a Serverless Real-Time Data Processing App (2 h)', 'Kinesis streams the unicorns.', '#', '### Process streaming data', 'Kinesis to Lambda to DynamoDB.', '# Cloud Web Apps', '### Screens', '![screenshot](a.png)');
      assert.deepEqual(
        modules.map((module) => module.title),
        ['Build a Serverless Real-Time Data Processing App'],
      );
    });
  });

  describe('sections placed by their place alone', () => {
    it('a run\'s first section that names no module is the one module of the area before the first it names', () => {
      const modules = placed('## Big Data and Machine Learning', '### 1. Evolution of Big Data', 'Data outgrew one machine.', '### QwikLab: Analyze Big Data with Hadoop (1 h)', 'EMR and Hive.');
      assert.deepEqual(placementOf(modules, 'Evolution of Big Data'), { catalog: ['Video: Hadoop Intro'], confidence: 'likely' });
    });

    it('where the area has more modules before the first named, the opening section is the first of them its title names by a word of a topic, the others it names listed as perhaps; a title naming none, or by a common word only, is not placed', () => {
      const after = ['### QwikLab: Intro to Amazon Machine Learning (1 h)', 'Datasource, model, evaluation.'];
      const hadoop = placed('## Big Data and Machine Learning', '### Hadoop', 'HDFS, HBase, Sqoop, MapReduce and Pig work together.', ...after);
      assert.deepEqual(placementOf(hadoop, 'Hadoop'), { catalog: ['Video: Hadoop Intro'], confidence: 'likely' });
      assert.deepEqual(hadoop.find((module) => module.title === 'Hadoop')?.perhapsAlso, ['AWS Tutorial: Analyze Big Data with Hadoop']);
      const unnamed = placed('## Big Data and Machine Learning', '### What I knew before', 'Some SQL, no clusters.', ...after);
      assert.deepEqual(placementOf(unnamed, 'What I knew before'), { catalog: [], confidence: undefined });
      // A word most of an area's modules have names the area, not one of them.
      const docker = placed('## Docker and Containers', '### Docker', 'Code shipped with what it needs.', '### Video: What are Containers?', 'A sandboxed process.');
      assert.deepEqual(placementOf(docker, 'Docker'), { catalog: [], confidence: undefined });
      const aws = placed('## Cloud Web Apps', '### AWS basics', 'Regions, zones and the console.', '### QwikLab: Intro to DynamoDB', 'Tables and items.');
      assert.deepEqual(placementOf(aws, 'AWS basics'), { catalog: [], confidence: undefined });
    });

    it('the modules the notes write in another run are not left: "Containers Introduction" in a second round\'s Docker area', () => {
      const round1 = ['## Docker and Containers', '### Video: Why Docker? (10 min)', 'Speed.', '### Lab: DevOps Docker Beginners Guide (30 min)', 'hello-world.'];
      const modules = placed(...round1, '## Docker and Containers (Round 2)', '### Containers Introduction', 'A sandboxed process.', '### VMs vs Containers', 'One kernel, many sandboxes.', '### Docker Introduction', 'docker run alpine.');
      assert.deepEqual(placementOf(modules, 'Containers Introduction'), { catalog: ['Video: What are Containers?'], confidence: 'likely' });
    });

    it('a title sharing one rare word with a module is that module where sure modules before and after leave it that place; alone, it is not placed', () => {
      const sdn = ['## SDN and NFV', '### Video: Introduction to SDN', 'Control plane apart from the data plane.'];
      const topics = ['### OpenNetVM Introduction', 'NFs on DPDK in containers.', '### Netmap Introduction', 'Rings in shared memory.'];
      const bounded = placed(...sdn, ...topics, '### Install DPDK and run the `skeleton` sample application', 'Bound two ports.');
      assert.deepEqual(placementOf(bounded, 'OpenNetVM Introduction'), { catalog: ['Video: OpenNetVM NFV platform'], confidence: 'likely' });
      assert.deepEqual(placementOf(bounded, 'Netmap Introduction'), { catalog: ['Video: Netmap - a framework for fast I/O'], confidence: 'likely' });
      const open = placed(...sdn, ...topics);
      assert.deepEqual([placementOf(open, 'OpenNetVM Introduction').catalog, placementOf(open, 'Netmap Introduction').catalog], [[], []]);
    });

    it('a section titled by a kind alone ("Lab"), alone between two sure modules, is the one module of that kind between them; with a word more, or another kind, it is not', () => {
      const between = (title: string) => placed('## Docker and Containers', '* Video: why docker', '  Ship faster.', `* ${title}`, '  Ran hello-world, then alpine.', '* What is a container', '  A sandboxed process.');
      assert.deepEqual(placementOf(between('Lab'), 'Lab'), { catalog: ['Lab: DevOps Docker Beginners Guide'], confidence: 'likely' });
      assert.deepEqual(placementOf(between('Video'), 'Video').catalog, []);
      assert.deepEqual(placementOf(between('Lab with friends'), 'Lab with friends').catalog, []);
    });

    it('with two modules of the area left before the first it names, the section is not placed', () => {
      const modules = placed('## Docker and Containers', '### Overview', 'Containers everywhere.', '### Video: What are Containers? (18 min)', 'Namespaces and cgroups.');
      assert.deepEqual(placementOf(modules, 'Overview').catalog, []);
    });
  });

  describe('titles copied from above', () => {
    it('a title written again under a level of one module the notes write nowhere is that module, likely', () => {
      const modules = placed(...cloudIntermediate, '### AWS Tutorial: Deploy a Scalable Node.js Web App (1 h)', 'Elastic Beanstalk.', '> Bring it together', '### AWS Tutorial: Deploy a Scalable Node.js Web App (4 h)', 'Mythical Mysfits on Fargate.');
      assert.deepEqual(
        modules.filter((module) => module.title === 'AWS Tutorial: Deploy a Scalable Node.js Web App').map(({ catalog, confidence }) => ({ catalog, confidence })),
        [
          { catalog: ['AWS Tutorial: Deploy a Scalable Node.js Web App'], confidence: 'sure' },
          { catalog: ['AWS Tutorial: Build a Modern Web Application'], confidence: 'likely' },
        ],
      );
    });
  });

  describe('versions of a choice', () => {
    const hadoopLab = (level: string, opener: string) => placed('## Big Data and Machine Learning', `> ${level} Level`, opener, 'Ran Hive on an EMR cluster.');

    it('"Analyze Big Data with Hadoop" with no kind nor address is either lab: the withdrawn one, which counts for the choice alone, and likely', () => {
      const modules = hadoopLab('Beginner', '### Analyze Big Data with Hadoop (1 h)');
      assert.deepEqual(placementOf(modules, 'Analyze Big Data with Hadoop'), { catalog: ['QwikLab: Analyze Big Data with Hadoop'], confidence: 'likely' });
    });

    it('the kind, the address or an Intermediate level tells the tutorial', () => {
      const tutorial = { catalog: ['AWS Tutorial: Analyze Big Data with Hadoop'], confidence: 'sure' };
      assert.deepEqual(placementOf(hadoopLab('Beginner', '### AWS Tutorial: Analyze Big Data with Hadoop (1 h)'), 'AWS Tutorial: Analyze Big Data with Hadoop'), tutorial);
      assert.deepEqual(placementOf(hadoopLab('Beginner', '### [Analyze Big Data with Hadoop](https://aws.amazon.com/getting-started/projects/analyze-big-data/) (1 h)'), 'Analyze Big Data with Hadoop'), tutorial);
      assert.deepEqual(placementOf(hadoopLab('Intermediate', '### Analyze Big Data with Hadoop (1 h)'), 'Analyze Big Data with Hadoop'), tutorial);
    });

    it('the withdrawn lab\'s address tells the lab, sure, at any level', () => {
      const lab = { catalog: ['QwikLab: Analyze Big Data with Hadoop'], confidence: 'sure' };
      const linked = '### [analyze big data with hadoop](https://awseducate.qwiklabs.com/focuses/19?parent=catalog) (1 h)';
      assert.deepEqual(placementOf(hadoopLab('Beginner', linked), 'analyze big data with hadoop'), lab);
      assert.deepEqual(placementOf(hadoopLab('Intermediate', linked), 'analyze big data with hadoop'), lab);
    });
  });

  describe('notes kept in a file or folder per level', () => {
    const levelFilesPlaced = (files: Record<string, string[]>) => filesPlaced(files).map((module) => ({ title: module.title, catalog: module.catalog.join(' | '), confidence: module.confidence }));
    const hadoop = ['## Big Data and Machine Learning', '### Analyze Bigdata with Hadoop', 'Ran Hive on an EMR cluster and read its output from S3.', '### Notes on EMR pricing', 'Spot instances halve the bill for a batch job.'];
    const hadoopOf = (files: Record<string, string[]>) => levelFilesPlaced(files).find((module) => module.title === 'Analyze Bigdata with Hadoop');

    it('files its modules under the level its name says, as a level\'s heading would: the Intermediate Hadoop writeup is the tutorial', () => {
      const tutorial = { title: 'Analyze Bigdata with Hadoop', catalog: 'AWS Tutorial: Analyze Big Data with Hadoop', confidence: 'sure' };
      assert.deepEqual(hadoopOf({ 'Report-2/Big Data/Intermediate.md': hadoop }), tutorial);
      assert.deepEqual(hadoopOf({ 'notes/big_data/intermediate/hadoop.md': hadoop }), tutorial, 'a folder names the level too');
      assert.deepEqual(hadoopOf({ 'Big Data/Intermediate Level.md': hadoop }), tutorial, 'in the words a level\'s heading may use');
      assert.equal(hadoopOf({ 'Report-2/Big Data/Notes.md': hadoop })?.catalog, 'QwikLab: Analyze Big Data with Hadoop', 'a name that is no level files nothing');
    });

    it('a level never makes a title sure that is not: a group\'s name under its level stays likely', () => {
      const models = levelFilesPlaced({ 'Big Data/Intermediate.md': [...hadoop, '### Machine learning models', 'Amazon ML finds patterns in historical data and predicts from them.'] }).find((module) => module.title === 'Machine learning models');
      assert.equal(models?.confidence, 'likely');
    });
  });

  describe('addresses', () => {
    it('a video by its id however it is linked, whatever the title says', () => {
      const modules = placed('## Docker', '> Beginner Level', '- [My first docker thing](https://youtu.be/RYDHUTHLf8U) 10 min', '  - why', '- [The intro](http://youtube.com/watch?feature=share&v=EnJ7qX9fkcU) 18 min', '  - what');
      assert.deepEqual(placementOf(modules, 'My first docker thing'), { catalog: ['Video: Why Docker?'], confidence: 'sure' });
      assert.deepEqual(placementOf(modules, 'The intro'), { catalog: ['Video: What are Containers?'], confidence: 'sure' });
    });

    it('the paper the course page links beside a talk is the talk\'s module', () => {
      const modules = placed('## SDN and NFV', '> Intermediate Level', '- [OpenNetVM paper](http://faculty.cs.gwu.edu/timwood/papers/16-HotMiddlebox-onvm.pdf) - 40 min', '  - NFs as processes sharing huge pages');
      assert.deepEqual(placementOf(modules, 'OpenNetVM paper').catalog, ['Video: OpenNetVM NFV platform']);
    });

    it('a line linking two modules\' addresses opens both, surely; two addresses of one module open it once', () => {
      const sagemaker = '[Video Tutorial: Overview of AWS SageMaker](https://www.youtube.com/watch?v=ym7NEYEx9x4) + [AWS Tutorial: AWS SageMaker](https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html) (2 h)';
      const both = placed('## Big Data and Machine Learning', '> Intermediate Level', sagemaker, 'Trained XGBoost in a notebook and hosted an endpoint.');
      assert.deepEqual(placementOf(both, 'Video Tutorial: Overview of AWS SageMaker'), { catalog: ['Video Tutorial: Overview of AWS SageMaker', 'AWS Tutorial: AWS SageMaker'], confidence: 'sure' });
      const once = placed('## Docker', '> Beginner Level', '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) ([also here](https://youtu.be/RYDHUTHLf8U)) (10 min)', 'Ship faster.');
      assert.deepEqual(placementOf(once, 'Video: Why Docker?'), { catalog: ['Video: Why Docker?'], confidence: 'sure' });
    });
  });

  describe('what could not be placed', () => {
    it('a module of the student\'s own is unplaced, in its area, with what the area still asks suggested', () => {
      const text = [...cloudIntermediate, '### My own CDN experiment (15 min)', 'CloudFront in front of a bucket.'].join('\n');
      const progress = courseProgress([summariseNotes('README.md', parseNotes(text, { catalog: bundledCourse.catalog }), text, true)], course);
      const cloud = progress.areas.find((area) => area.area === 'Cloud Web Apps');
      assert.deepEqual(cloud?.unplaced.map((module) => module.title), ['My own CDN experiment']);
      assert.deepEqual(cloud?.unplaced[0].suggested, ['AWS Tutorial: Launch a VM', 'QwikLab: Intro to S3']);
    });

    it('suggests no module another of the student\'s is placed on: its fix would write that module twice', () => {
      const text = ['## Area 1: Docker and Containers', '### Beginner Level', '', '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (time: 15 min)', '- Docker packages an app into an image.', '', '[Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) (time: 45 min)', '', '[Docker Curriculum](https://docker-curriculum.com/) (30 min)', '- Built an image with a Dockerfile and ran it on port 5000.'].join('\n');
      const progress = courseProgress([summariseNotes('README.md', parseNotes(text, { catalog: bundledCourse.catalog }), text, true)], course);
      const docker = progress.areas.find((area) => area.area === 'Docker and Containers');
      assert.deepEqual(docker?.unplaced.map((module) => module.title), ['Docker Curriculum']);
      const suggested = docker?.unplaced[0].suggested ?? [];
      assert.ok(suggested.length > 0, 'something is still suggested');
      assert.deepEqual(suggested.filter((title) => title === 'Video: Why Docker?' || title === 'Lab: DevOps Docker Beginners Guide'), []);
    });

    it('a title sharing only a joining word with the course\'s is not placed ("about" in "Learn more about Kubernetes")', () => {
      const modules = placed('## Docker and Containers', '> Intermediate Level', '### Reading about blockchain consensus (30 min)', 'Paxos and Raft.');
      assert.deepEqual(placementOf(modules, 'Reading about blockchain consensus').catalog, []);
    });

    it('a title naming another area\'s topic ("Hadoop Introduction" in the Docker area) is not the module it shares only "intro" with', () => {
      const docker = (title: string) => placed('## Docker and Containers', '### Video: Why Docker?', 'Ship faster.', `### ${title}`, 'Ran the first commands.');
      assert.deepEqual(placementOf(docker('Hadoop Introduction'), 'Hadoop Introduction').catalog, []);
      assert.deepEqual(placementOf(docker('Docker Introduction'), 'Docker Introduction').catalog, ['Lab: Docker Intro']);
    });

    it('a title sharing only a common word or a number with the course\'s is not placed', () => {
      const modules = placed('## Docker and Containers', '> Beginner Level', '### Docker stuff (10 min)', 'Things.', '### Step 5 (10 min)', 'More things.');
      assert.deepEqual(placementOf(modules, 'Docker stuff').catalog, []);
      assert.deepEqual(placementOf(modules, 'Step 5').catalog, []);
    });

    it('a title sharing only the question it asks is not placed: "What is docker and why docker?" is the Why Docker video alone', () => {
      const modules = placed('## Docker and Containers', '> Beginner Level', '### What is docker and why docker? (20 min)', 'Images ship the whole environment.', '### What is Kafka (10 min)', 'A log.');
      assert.deepEqual(placementOf(modules, 'What is docker and why docker?').catalog, ['Video: Why Docker?']);
      assert.deepEqual(placementOf(modules, 'What is Kafka').catalog, []);
    });
  });

  describe('done means written up', () => {
    const writtenUp = (...lines: string[]) => placed(...lines).map((module) => [module.title, module.written]);

    it('a bare "-", the template sentence or only a time under a module is no notes', () => {
      assert.deepEqual(writtenUp('## Docker and Containers', '> Beginner Level', '### Video: Why Docker?', '-', '### Lab: DevOps Docker Beginners Guide', 'Time: 45 min', '> Intermediate Level', '### Video: What are Containers?', 'Include notes here', '### Video: VMs Versus Containers', 'Hypervisors emulate hardware.'), [
        ['Video: Why Docker?', false],
        ['Lab: DevOps Docker Beginners Guide', false],
        ['Video: What are Containers?', false],
        ['Video: VMs Versus Containers', true],
      ]);
    });

    it('a label with nothing after it, a reminder or a mark of status is no notes; a table row is written up by its cells after the title', () => {
      const written = writtenUp(
        '## Docker and Containers',
        '> Beginner Level',
        '### Video: Why Docker?',
        'Notes: TBD',
        '### Lab: DevOps Docker Beginners Guide',
        '##### Notes',
        '> Intermediate Level',
        '',
        '| Module | Time | Done |',
        '| --- | --- | --- |',
        '| [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) | 30 min | ✓ |',
        '| [Lab: Docker Networking](https://training.play-with-docker.com/docker-networking-hol/) | 45 min | done: a bridge per app, containers found by name |',
        '',
        '### Video: What are Containers?',
        '_to be filled in_',
        '### Video: VMs Versus Containers',
        'Key takeaways:',
      );
      assert.deepEqual(written, [
        ['Video: Why Docker?', false],
        ['Lab: DevOps Docker Beginners Guide', false],
        ['Lab: Docker Intro', false],
        ['Lab: Docker Networking', true],
        ['Video: What are Containers?', false],
        ['Video: VMs Versus Containers', false],
      ]);
    });

    it('a few words after a colon past the time are notes, however short; a remark after the time is none, nor a status or a plan after a colon', () => {
      const written = writtenUp(
        '## Docker and Containers',
        '> Beginner Level',
        '- [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) - 10 min: payload in the search box',
        '- [Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) - 3 hours: all 8 challenges',
        '- [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) - 30 min - already done in Area 1',
        '- [Video: What are Containers?](https://www.youtube.com/watch?v=EnJ7qX9fkcU) (18 min): done',
        '- [Video: VMs Versus Containers](https://www.youtube.com/watch?v=L1ie8negCjc) (8 min): will do later',
        '- [Lab: Doing more with Docker Images](https://training.play-with-docker.com/ops-s1-images/) (45 min): not finished yet',
      );
      assert.deepEqual(written, [
        ['Video: Why Docker?', true],
        ['Lab: DevOps Docker Beginners Guide', true],
        ['Lab: Docker Intro', false],
        ['Video: What are Containers?', false],
        ['Video: VMs Versus Containers', false],
        ['Lab: Doing more with Docker Images', false],
      ]);
    });

    it('a course module timed in full on a line of notes, its notes after it, is a module of its own', () => {
      const modules = placed(
        '## Docker and Containers',
        '### Intermediate Level',
        '[Video: What are Containers?](https://www.youtube.com/watch?v=EnJ7qX9fkcU) (18 min)',
        '',
        'Namespaces and cgroups isolate processes.',
        '',
        'Lab: Docker Networking (45 min): created a user-defined bridge, pinged between two containers by name.',
        '',
        'Plans:',
        '',
        '- Lab: Swarm Mode Introduction (1 hour): not started yet, planned for Monday after the quiz',
      );
      assert.deepEqual(modules.map((module) => [module.title, module.catalog.join(' | '), module.written]), [
        ['Video: What are Containers?', 'Video: What are Containers?', true],
        ['Lab: Docker Networking', 'Lab: Docker Networking', true],
      ]);
    });

    it('the tutorial\'s step titles alone are no writeup; a step with the student\'s words after it is', () => {
      assert.deepEqual(writtenUp('## Big Data and Machine Learning', '> Intermediate Level', '### AWS Tutorial: AWS SageMaker (80 min)', 'Step 1: Setting Up', 'Step 2: Create an Amazon SageMaker Notebook Instance', '**Task 3: Train and Deploy a Model**', '### AWS Tutorial: Build a Machine Learning Model (60 min)', 'Step 1: Prepare Your Data: the purchase history, split 70/30.', 'Step 2: Create a Training Datasource'), [
        ['AWS Tutorial: AWS SageMaker', false],
        ['AWS Tutorial: Build a Machine Learning Model', true],
      ]);
    });

    it('a one-line entry is written up by its words after its title and time; a word or two there is not', () => {
      const written = writtenUp(
        '## Docker and Containers',
        '> Beginner Level',
        '- [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) 15 min — containers ship the app with its libraries, one kernel shared.',
        '- [Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/beginner-linux/) 90 min (finished it)',
        '- [Video: What are Containers?](https://www.youtube.com/watch?v=EnJ7qX9fkcU) (20 min) done',
        '- [Video: VMs Versus Containers](https://en.wikipedia.org/wiki/Virtual_machine_(computing)) 8 min',
        '- [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (30 min) <!-- notes to write after class -->',
      );
      assert.deepEqual(written, [
        ['Video: Why Docker?', true],
        ['Lab: DevOps Docker Beginners Guide', false],
        ['Video: What are Containers?', false],
        ['Video: VMs Versus Containers', false],
        ['Lab: Docker Intro', false],
      ]);
    });

    it('a module written up twice under its course title is that module both times, never "matches no module"', () => {
      const modules = placed(
        '## Big Data and Machine Learning',
        '### Video: Short AWS Machine Learning Overview (10 min)',
        'Three layers: frameworks, platforms and services.',
        '### Video Tutorial: Overview of AWS SageMaker (35 min)',
        'Notebook instances, jobs, models and endpoints.',
        '### AWS Tutorial: Analyze Big Data with Hadoop (80 min)',
        'An EMR cluster ran the Hive script over the logs.',
        '### Video Tutorial: Overview of AWS SageMaker (40 min)',
        'Training jobs write a model to S3.',
        '### AWS Tutorial: AWS SageMaker (80 min)',
      );
      const sageMaker = modules.filter((module) => module.title === 'Video Tutorial: Overview of AWS SageMaker');
      assert.deepEqual(sageMaker.map((module) => [module.catalog.join(' | '), module.confidence]), [
        ['Video Tutorial: Overview of AWS SageMaker', 'sure'],
        ['Video Tutorial: Overview of AWS SageMaker', 'sure'],
      ]);
    });

    it('an anchor for a table of contents under a module is markup, no notes', () => {
      assert.deepEqual(writtenUp('## Docker and Containers', '> Beginner Level', '### Video: Why Docker?', '<a name="lab"></a>', '### Lab: DevOps Docker Beginners Guide', '<a name="next"></a>', 'Ran hello-world in <b>alpine</b>.'), [
        ['Video: Why Docker?', false],
        ['Lab: DevOps Docker Beginners Guide', true],
      ]);
    });
  });
});
