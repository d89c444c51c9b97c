// Final touches on the generated OpenAPI document that the route schemas cannot express.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const pagingHeaders = {
  Link: {
    description: 'RFC 8288 link to the next page (`rel="next"`), when there is one.',
    schema: { type: 'string' },
  },
  'X-Next-Cursor': {
    description: 'The cursor of the next page (same as `page.nextCursor`), when there is one.',
    schema: { type: 'string' },
  },
  'X-Total-Count': {
    description: 'Number of rows matching the filters (same as `page.total`).',
    schema: { type: 'integer' },
  },
};

function collectRefs(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collectRefs(v, into));
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') into.add(child.replace('#/components/schemas/', ''));
      else collectRefs(child, into);
    }
  }
}

const locationHeader = {
  Location: {
    description: 'Path of the resource created.',
    schema: { type: 'string' },
  },
};

const movedHeader = {
  Location: {
    description: 'Path of the resource under its current id, with the query string of the request.',
    schema: { type: 'string' },
  },
};

/**
 * Drops component schemas nothing refers to (the zod provider emits an input twin of every
 * registered schema), documents the paging headers of every list answer and the Location of
 * every 201.
 */
export function finishDocument<T>(document: T): T {
  const doc = document as Json;
  const paths = isObject(doc['paths']) ? doc['paths'] : {};
  for (const item of Object.values(paths)) {
    if (!isObject(item)) continue;
    for (const operation of Object.values(item)) {
      const created =
        isObject(operation) && isObject(operation['responses']) ? operation['responses']['201'] : undefined;
      if (isObject(created)) created['headers'] = locationHeader;
      const moved = isObject(operation) && isObject(operation['responses']) ? operation['responses']['308'] : undefined;
      if (isObject(moved)) moved['headers'] = movedHeader;
      const ok = isObject(operation) && isObject(operation['responses']) ? operation['responses']['200'] : undefined;
      if (isObject(ok) && isObject(ok['content']) && isObject(ok['content']['application/json'])) {
        const schema = ok['content']['application/json']['schema'];
        if (isObject(schema) && typeof schema['$ref'] === 'string' && schema['$ref'].endsWith('Page')) {
          ok['headers'] = pagingHeaders;
        }
      }
    }
  }

  const components = isObject(doc['components']) ? doc['components'] : undefined;
  const schemas = components && isObject(components['schemas']) ? components['schemas'] : undefined;
  if (components && schemas) {
    // Keep what paths use, then what kept schemas use, until nothing new turns up.
    const used = new Set<string>();
    collectRefs(paths, used);
    let size = -1;
    while (used.size !== size) {
      size = used.size;
      for (const name of [...used]) collectRefs(schemas[name], used);
    }
    components['schemas'] = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  }
  return document;
}
