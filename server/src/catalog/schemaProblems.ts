import type { ErrorObject } from 'ajv';

/** A JSON schema as far as its messages need it: the keys each object allows. */
interface SchemaNode {
  properties?: Record<string, unknown>;
  items?: unknown;
  definitions?: Record<string, unknown>;
  $ref?: string;
}

/**
 * What Ajv found wrong with a file, one line per mistake named by its dotted path
 * (`rounds[0].requires[1].areas: must be at least 1 (got 0)`), so a typo is never silently
 * ignored. `root` names the whole file ("settings"); `suggested` tells which keys of the schema an
 * unknown key's message lists.
 */
export function schemaProblems(errors: readonly ErrorObject[] | null | undefined, schema: object, { root, suggested = () => true }: MessageOptions): string[] {
  return [...new Set((errors ?? []).filter(isLeaf).map((error) => describe(error, schema as SchemaNode, { root, suggested })))];
}

interface MessageOptions {
  root: string;
  suggested?: (key: string) => boolean;
}

// "anyOf"/"oneOf" summaries repeat what their branches said; the schemas have none today, but Ajv adds them.
function isLeaf(error: ErrorObject): boolean {
  return error.keyword !== 'anyOf' && error.keyword !== 'oneOf' && error.keyword !== 'if';
}

function describe(error: ErrorObject, schema: SchemaNode, { root, suggested }: Required<MessageOptions>): string {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = parts.join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      return `${where ? `${where}.` : ''}${key}: unknown key (known: ${knownKeys(schema, parts).filter(suggested).join(', ')})`;
    }
    case 'required':
      return `${where ? `${where}.` : ''}${(error.params as { missingProperty: string }).missingProperty} is missing`;
    case 'enum':
      return `${where}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')} (got ${JSON.stringify(error.data)})`;
    case 'type':
      return `${where || root}: must be ${[(error.params as { type: string | string[] }).type].flat().flatMap((type) => type.split(',')).map(article).join(' or ')} (got ${JSON.stringify(error.data)})`;
    case 'minLength':
      return `${where}: must not be empty`;
    case 'minItems':
      return `${where}: must list at least ${(error.params as { limit: number }).limit}`;
    case 'maximum':
    case 'minimum':
      return `${where}: must be at ${error.keyword === 'maximum' ? 'most' : 'least'} ${(error.params as { limit: number }).limit} (got ${JSON.stringify(error.data)})`;
    default:
      return `${where || root}: ${error.message ?? 'is not valid'} (got ${JSON.stringify(error.data)})`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** The keys allowed at a path of the schema: through objects' properties, lists' items and local $refs. */
function knownKeys(schema: SchemaNode, parts: readonly string[]): string[] {
  const resolve = (node: SchemaNode): SchemaNode => (node.$ref?.startsWith('#/definitions/') ? ((schema.definitions?.[node.$ref.slice('#/definitions/'.length)] ?? {}) as SchemaNode) : node);
  let level = resolve(schema);
  for (const part of parts) level = resolve(((/^\d+$/.test(part) ? level.items : level.properties?.[part]) ?? {}) as SchemaNode);
  return Object.keys(level.properties ?? {}).filter((key) => key !== '$schema');
}
