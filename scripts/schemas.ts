/**
 * `npm run schemas`: writes the editor schemas (schemas/*.schema.json) and the VS Code mapping
 * of them onto content/ (.vscode/settings.json). Run it after changing a zod schema; a unit test
 * fails while the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_SCHEMAS, editorSchemas } from './lib/json-schemas.ts';

const root = process.cwd();
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [file, text] of Object.entries(editorSchemas(root)))
  writeFileSync(join(root, 'schemas', file), text);
console.log(`Wrote ${Object.keys(EDITOR_SCHEMAS).length} schemas to schemas/.`);
