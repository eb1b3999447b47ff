// Every diagnostic code of the notes, once: its default severity, what VS Code's setting says of
// it, what it means and how to fix it. The settings, the SARIF rules, package.json's settings and
// README.md's table are made from this list (package.json and README by npm run gen:schema).

export type SeveritySetting = 'off' | 'hint' | 'information' | 'warning' | 'error';

export interface DiagnosticRule {
  /** Its severity unless the settings say otherwise. */
  severity: Exclude<SeveritySetting, 'off'>;
  /** What VS Code's setting of its severity says it is. */
  setting: string;
  means: string;
  fix: string;
}

export const diagnosticRules = {
  'missing-time': {
    severity: 'warning',
    setting: 'A module has no time estimate.',
    means: 'A module has no time estimate, or an empty one such as "(time: )".',
    fix: 'Write how long the module took after its title, e.g. "(time: 45 min)" or "(1.5 hours)"; the quick fix inserts the catalog\'s time, or the time your own time log gives the course module this one is counted as (the warning names that line).',
  },
  'invalid-time': {
    severity: 'warning',
    setting: 'A time estimate cannot be read (no unit, or not a duration).',
    means: 'A time estimate cannot be read as a duration, e.g. a number without a unit or "(time: soon)".',
    fix: 'Give a number with a unit: "(time: 30 min)", "(time: 1 h)", "(1.5 hours)".',
  },
  placeholder: {
    severity: 'information',
    setting: 'Template text is still in the notes ("Include notes here...", "FILL ME IN", "Time: TODO").',
    means: 'Template text was never replaced, e.g. "Include notes here" or "FILL ME IN".',
    fix: 'Write your own notes in its place, or delete it (the quick fix and `study-notes check --fix` remove it).',
  },
  'empty-module': {
    severity: 'hint',
    setting: 'A module has no notes under it.',
    means: 'A module has no notes under it.',
    fix: 'Add what you learned in the module under its heading or list item, or remove the module.',
  },
  'empty-area': {
    severity: 'information',
    setting: 'An area has no modules.',
    means: 'An area heading has no modules.',
    fix: 'Add the modules you studied in the area (completion after "[" offers the catalog\'s), or remove the heading.',
  },
  'duplicate-module': {
    severity: 'warning',
    setting: 'The same module appears twice in the notes.',
    means: 'The same module is written more than once.',
    fix: 'Keep one entry and merge the notes of the others into it.',
  },
  'copied-link': {
    severity: 'warning',
    setting: 'A module\'s link is the page of another course module than its title names: a link copied from another module (the quick fix puts the course\'s link for its title).',
    means: 'A module\'s link is the page of another course module than its title names: most likely a link copied from another module.',
    fix: 'Link the title to its own module\'s page (the quick fix puts the course\'s address), or correct the title.',
  },
  'likely-module': {
    severity: 'hint',
    setting: 'A module is counted as a course module by its title and place only: check it, or link it to the course\'s page (quick fix).',
    means: 'A module is counted as a module of the course by its title and its place among the others only, not by its address or exact title.',
    fix: 'Check that it is the course module named; the quick fix links its title to the course\'s page (or writes the course\'s title), which makes it sure.',
  },
  'unplaced-module': {
    severity: 'information',
    setting: 'A module with notes matches no module of the course, so it does not count towards progress: link it to the course module it is (quick fix).',
    means: 'A module with notes matches no module of the course, so it does not count towards progress.',
    fix: 'If it is a course module, link it to the course\'s page (the quick fix offers the likeliest ones); if it is your own extra, leave it.',
  },
  'logged-without-notes': {
    severity: 'information',
    setting: 'Your time log names a module the course still asks for, but no notes of yours are counted as it: notes the tool could not read, or notes not written yet.',
    means: 'A line of the time log (`## Time spent`) names a course module that a level still requires, and no module of the notes is counted as it, so it does not count.',
    fix: 'Write its notes under a heading or list item with its title (or a link to its page); if they are there in another shape, give them its title.',
  },
  'level-claim': {
    severity: 'information',
    setting: 'A level of your course ticked in your check list (`- [x] … Level`) that your notes do not reach yet, or one they reach that is left unticked (the quick fix ticks it).',
    means: 'A level of the course ticked in a check list (`- [x] <level> Level`) that the notes do not reach yet, or one they reach that is left unticked.',
    fix: 'Write the notes of the modules the message lists, or untick the level; the quick fix ticks a level the notes reach.',
  },
  'misspelt-level': {
    severity: 'information',
    setting: 'A heading spells a level of your course with a slip (`### Basicss Level` for a level named Basics): it is read as that level (the quick fix writes the course\'s spelling).',
    means: 'A heading of one word a slip from a level\'s name, read as that level: it says "level" (`### Basicss Level` for a level named Basics), or stands as high as the level heading above it.',
    fix: 'Write the level as the course does (the quick fix does; `study-notes check --fix` leaves it to you, as a word a slip from a level may be your own).',
  },
  'docker-command': {
    severity: 'warning',
    setting: 'A docker or kubectl command in a code block uses an unknown or removed command or flag.',
    means: 'A docker or kubectl command line the client would refuse: an unknown or removed command or flag, or a misspelt program name.',
    fix: 'Correct the command as the message suggests (hover shows the command\'s reference); turn the check off with the docker.enabled setting.',
  },
  'read-by-lines': {
    severity: 'information',
    setting: 'The file is too large or too dense in markup (megabytes, or pasted text full of emphasis) to be read in full while typing, so it is read line by line and its code blocks are not checked.',
    means: 'The file is too large or too dense in markup to be read in full while editing: it is read line by line and its code blocks are not checked.',
    fix: 'Split the file (one per area or level), or ignore this information; set its severity to "off" to hide it.',
  },
} as const satisfies Record<string, DiagnosticRule>;

export type DiagnosticCode = keyof typeof diagnosticRules;

export const diagnosticCodes = Object.keys(diagnosticRules) as DiagnosticCode[];
