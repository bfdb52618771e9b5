import { writeFileSync } from 'node:fs';
import { startTestServer } from '../src/test-support/running-server.js';
import { generatedTypesPath, renderOpenApiTypes } from './openapi-types.js';

/** Writes src/v1/generated/openapi.d.ts from the document a real server serves. */
const server = await startTestServer();
try {
  const document: unknown = await (await server.request('/v1/openapi.json')).json();
  writeFileSync(generatedTypesPath, await renderOpenApiTypes(document));
  console.log(`wrote ${generatedTypesPath.pathname}`);
} finally {
  await server.close();
}
