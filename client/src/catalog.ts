import { ResponseError, ErrorCodes } from 'vscode-languageclient/node';
import catalogData from '../../server/data/catalog.json';
import type { Outlines } from './outlines';
import type { CatalogModule, CatalogResult } from './protocol';
import type * as vscode from 'vscode';

/**
 * The catalog from the server; while a server without `studyNotes/catalog` answers "method not
 * found", the bundled catalog (the very file the server ships) stands in, so templates still work.
 */
export async function loadCatalog(outlines: Outlines, uri?: vscode.Uri): Promise<CatalogResult> {
  try {
    return await outlines.catalog(uri);
  } catch (error) {
    if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) return catalogData;
    throw error;
  }
}

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
