// The pieces of the summary page that its sections share. No vscode import: checked outside VS Code.

/** A bar as an SVG width, not an inline style, which the page's CSP forbids. */
export function bar(share: number, complete = false): string {
  const width = Math.round(Math.max(0, Math.min(1, share)) * 100);
  return `<svg width="100%" height="12" viewBox="0 0 100 12" preserveAspectRatio="none" role="img" aria-label="${width}%"><rect class="track" width="100" height="12"/><rect class="${complete ? 'complete' : 'bar'}" width="${width}" height="12"/></svg>`;
}

/** Note text is the student's: it is shown, never interpreted as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
