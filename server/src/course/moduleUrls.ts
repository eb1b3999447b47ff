import { normaliseUrl } from '../notes/catalog';

/**
 * The keys two addresses of one resource share: the address without scheme, `www.`, trailing
 * slash and tracking parameters; a YouTube video by its id, however it is linked (`youtu.be/ID`,
 * `watch?v=ID&list=…`); a lab platform's page by its host and focus number, whatever parameters follow.
 */
export function urlKeys(url: string): string[] {
  const keys = [`url:${normaliseUrl(url)}`];
  const video = /(?:youtube\.com\/(?:watch\?(?:[^#]*&)?v=|embed\/|v\/)|youtu\.be\/)([\w-]{11})/i.exec(url);
  if (video) keys.push(`youtube:${video[1]}`);
  const qwiklab = /([\w-]+\.qwiklabs?\.com)\/focuses\/(\d+)/i.exec(url);
  if (qwiklab) keys.push(`qwiklab:${qwiklab[1].toLowerCase()}:${qwiklab[2]}`);
  return keys;
}
