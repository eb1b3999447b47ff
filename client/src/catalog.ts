import type { CatalogModule } from './protocol';

export interface CatalogGroup<M extends CatalogModule = CatalogModule> {
  area: string;
  level: string;
  modules: M[];
}

/** Catalog modules by area, then level, in catalog order. */
export function groupByAreaAndLevel<M extends CatalogModule>(modules: readonly M[]): CatalogGroup<M>[] {
  const groups = new Map<string, CatalogGroup<M>>();
  for (const module of modules) {
    const key = `${module.area}\u0000${module.level}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { area: module.area, level: module.level, modules: [] }));
    group.modules.push(module);
  }
  return [...groups.values()];
}
