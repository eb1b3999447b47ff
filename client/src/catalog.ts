import type { CatalogModule } from './protocol';

export interface CatalogGroup {
  area: string;
  level: string;
  modules: CatalogModule[];
}

/** Catalog modules by area, then level, in catalog order. */
export function groupByAreaAndLevel(modules: readonly CatalogModule[]): CatalogGroup[] {
  const groups = new Map<string, CatalogGroup>();
  for (const module of modules) {
    const key = `${module.area}\u0000${module.level}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { area: module.area, level: module.level, modules: [] }));
    group.modules.push(module);
  }
  return [...groups.values()];
}

export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
