import type { CatalogModule } from '../notes/catalog';
import { moduleKeys } from '../notes/courseNames';
import type { Course } from '../catalog/course';

/** One thing a level asks: `need` of `modules` done (one module; "either replication lab"; "2 of these 4"). */
export interface Requirement {
  modules: CatalogModule[];
  need: number;
}

export interface LevelRequirements {
  level: string;
  requirements: Requirement[];
}

/**
 * What each level of an area asks, lowest first, by the course's rules: the modules filed under
 * the catalog levels the level includes, but for optional ones; modules of one choice make one
 * requirement; a withdrawn module is required only as a choice. A level asking nothing of this area
 * is left out.
 */
export function levelRequirements(area: string, { catalog, rules }: Course): LevelRequirements[] {
  const modules = catalog.modules.filter((module) => module.area === area && !module.optional);
  return rules.levels.flatMap((rule) => {
    const ofLevel = modules.filter((module) => rule.includes.includes(module.level));
    const requirements = [...choices(ofLevel, rules.choices ?? {}), ...singles(ofLevel.filter((module) => !module.choice && !module.withdrawn))];
    return requirements.length ? [{ level: rule.name, requirements }] : [];
  });
}

function choices(modules: readonly CatalogModule[], needs: Readonly<Record<string, number>>): Requirement[] {
  const byChoice = new Map<string, CatalogModule[]>();
  for (const module of modules) if (module.choice) byChoice.set(module.choice, [...(byChoice.get(module.choice) ?? []), module]);
  return [...byChoice].map(([choice, members]) => ({ modules: members, need: Math.min(needs[choice] ?? 1, members.length) }));
}

/** A module the catalog lists twice under one level (with its own and a shared URL) is one module to do. */
function singles(modules: readonly CatalogModule[]): Requirement[] {
  const seen = new Set<string>();
  return modules.flatMap((module) => {
    const keys = moduleKeys(module);
    if (keys.some((key) => seen.has(key))) return [];
    for (const key of keys) seen.add(key);
    return [{ modules: [module], need: 1 }];
  });
}
