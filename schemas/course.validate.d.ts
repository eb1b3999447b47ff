import type { ErrorObject } from 'ajv';

/** Ajv's validator of course.schema.json, compiled ahead by scripts/gen-schema.mjs. */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
