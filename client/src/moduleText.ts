import { formatMinutes } from './catalog';
import type { CatalogModule } from './protocol';

/** A catalog module as a link paragraph, the style most notes use: `[Title](url) (time: 30 min)`. */
export function moduleParagraph(module: CatalogModule): string {
  const title = module.url ? `[${escapeLinkText(module.title)}](${module.url})` : module.title;
  const time = module.minutes === undefined ? '' : formatMinutes(module.minutes);
  return `${title} (time: ${time})`;
}

/** The module as an inline link, for pasting into chats and other notes. */
export function moduleLink(title: string, url: string): string {
  return `[${escapeLinkText(title)}](${url})`;
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}
