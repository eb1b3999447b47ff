/** The module as an inline link, for pasting into chats and other notes. */
export function moduleLink(title: string, url: string): string {
  return `[${escapeLinkText(title)}](${url})`;
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}
