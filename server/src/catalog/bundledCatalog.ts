import catalogData from '../../data/catalog.json';
import { CatalogIndex, type CatalogModule } from '../notes/catalog';

/** The course catalog shipped with the extension (facts of the public course site). */
export const bundledCatalogModules: readonly CatalogModule[] = catalogData.modules;

export const bundledCatalog = new CatalogIndex(bundledCatalogModules);
