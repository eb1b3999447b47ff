import { normaliseTitle, normaliseUrl, type CatalogIndex, type CatalogModule } from '../notes/catalog';
import type { Module } from '../notes/types';
import { Remembered } from '../notes/remembered';

/** A module's URL as compared; a module without one: its title as compared, the catalog's URL for it and its kind of resource. */
export interface ModuleIdentity {
  url?: string;
  title?: string;
  catalogUrl?: string;
  kind?: string;
}

/**
 * When two modules of the notes are one resource, and how many places the course gives it.
 * A URL names a resource: two different URLs are two modules even with one title ("Lab: Run a
 * Replicated Database" and "Tutorial: Run a Replicated Database"). Without a URL the title
 * names it, and the course's catalog tells which URL a bare title stands for.
 */
export class ModuleIdentities {
  private readonly catalogByTitle = new Map<string, CatalogModule[]>();
  // Every edit checks every module of the document again, and notes name the same modules again
  // and again: what a title or URL stands for is worked out once (the catalog does not change).
  private readonly titles = new Remembered<string>();
  private readonly urls = new Remembered<string>();
  private readonly catalogUrls = new Remembered<string | undefined>();
  private readonly places = new Remembered<number>();

  constructor(private readonly catalog: CatalogIndex) {
    for (const entry of catalog.modules) {
      const title = normaliseTitle(entry.title);
      const entries = this.catalogByTitle.get(title);
      if (entries) entries.push(entry);
      else this.catalogByTitle.set(title, [entry]);
    }
  }

  /**
   * What a module stands for, worked out once: a generated file of 100,000 copies of one module
   * compares each with its earlier copies, and looking the URL up again for each comparison took seconds.
   */
  identity(module: Module): ModuleIdentity {
    if (module.url) return { url: this.url(module.url) };
    return { title: this.title(module.title), catalogUrl: this.catalogUrl(module.title), kind: resourceKind(module.title) };
  }

  /** The keys under which a module is filed; two modules are the same only if `same` says so. */
  keys(identity: ModuleIdentity): string[] {
    if (identity.url !== undefined) return [`url:${identity.url}`];
    return identity.catalogUrl ? [`title:${identity.title}`, `url:${identity.catalogUrl}`] : [`title:${identity.title}`];
  }

  same(a: ModuleIdentity, b: ModuleIdentity): boolean {
    if (a.url !== undefined && b.url !== undefined) return a.url === b.url;
    if (a.url === undefined && b.url === undefined) return a.title === b.title && (!a.kind || !b.kind || a.kind === b.kind);
    const [linked, bare] = a.url !== undefined ? [a, b] : [b, a];
    return bare.catalogUrl === linked.url;
  }

  /** How many places (area › level) the course lists a module at; 1 when the catalog does not know it. */
  placesInCourse(module: Module): number {
    const url = module.url ? this.url(module.url) : this.catalogUrl(module.title);
    return this.places.get(url === undefined ? `title:${module.title}` : `url:${url}`, () => {
      const entries = url ? this.catalog.modules.filter((entry) => entry.url && this.url(entry.url) === url) : this.entriesNamed(module.title);
      const places = new Set(entries.map((entry) => `${entry.area}\u0000${entry.level}`));
      return Math.max(places.size, 1);
    });
  }

  /** The URL of the catalog module a bare title names, when the title names exactly one. */
  private catalogUrl(title: string): string | undefined {
    return this.catalogUrls.get(title, () => {
      const urls = new Set(this.entriesNamed(title).map((entry) => entry.url && this.url(entry.url)));
      const [url] = urls;
      return urls.size === 1 ? url : undefined;
    });
  }

  /** The catalog modules a written title names: the same title, or the one the catalog finds for it, of an agreeing kind. */
  private entriesNamed(title: string): CatalogModule[] {
    const found = this.catalog.find(title);
    const named = this.catalogByTitle.get(this.title(title)) ?? (found ? this.catalogByTitle.get(this.title(found.title)) : undefined) ?? [];
    return named.filter((entry) => kindsAgree(entry.title, title));
  }

  private title(title: string): string {
    return this.titles.get(title, () => normaliseTitle(title));
  }

  private url(url: string): string {
    return this.urls.get(url, () => normaliseUrl(url));
  }
}


/** A lab and a tutorial of one name are two resources; a title without a kind may be either. */
function kindsAgree(a: string, b: string): boolean {
  const first = resourceKind(a);
  const second = resourceKind(b);
  return !first || !second || first === second;
}

const kinds: [RegExp, string][] = [
  [/^(qwiklabs?|lab)\b/i, 'lab'],
  [/^(video\s+tutorial|video)\b/i, 'video'],
  [/^(aws\s+tutorial|tutorial)\b/i, 'tutorial'],
];

function resourceKind(title: string): string | undefined {
  const trimmed = title.trim();
  if (!/^[^:]{1,20}:/.test(trimmed)) return undefined;
  return kinds.find(([pattern]) => pattern.test(trimmed))?.[1];
}
