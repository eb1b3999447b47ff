import catalogData from '../../data/catalog.json';

/**
 * What the course asks of a student, as data: the levels of mastery in order, each counting the
 * modules filed under some catalog levels ("Intermediate" counts "Bring it together" too; a level
 * no rule counts, like "Extra", is optional), and the rounds with their due dates.
 */
export interface LevelRule {
  name: string;
  /** The catalog levels whose modules this level requires. */
  includes: string[];
}

/** "Beginner + Intermediate in a first topic and Beginner in a second": at least `areas` areas at `level` or above. */
export interface AreaRequirement {
  level: string;
  areas: number;
}

export interface RoundRule {
  name: string;
  /** YYYY-MM-DD */
  due: string;
  requires: AreaRequirement[];
  /** Other ways to meet the round that notes cannot show, such as a final project: said, never judged. */
  alternatives?: string[];
}

export interface CourseRules {
  /** Lowest first: a level is reached only when the ones before it are. */
  levels: LevelRule[];
  rounds: RoundRule[];
  /** How many modules of each choice a level needs ("2 of these 4"); a choice not named needs one. */
  choices?: Record<string, number>;
  /** The IANA zone the rounds' due dates are days in ("America/New_York"); UTC when the course names none. */
  timeZone?: string;
}

export const bundledRules: CourseRules = { levels: catalogData.levels, rounds: catalogData.rounds, timeZone: catalogData.timeZone };

export const bundledSite: string = catalogData.site;

/** The levels a catalog without its own rules is read with: the course's, which match how notes name levels. */
export const defaultLevels: LevelRule[] = bundledRules.levels;
