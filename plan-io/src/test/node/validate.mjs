// Validates every *.json file of a directory against a JSON Schema with Ajv2020 and ajv-formats,
// the way a JavaScript integrator would, and prints one verdict a line:
//   FILE<TAB>valid | FILE<TAB>invalid<TAB>first error | FILE<TAB>unparsable<TAB>reason
// Usage: node validate.mjs SCHEMA.json DIRECTORY
// Run by PortableSchemaTest (plan-io), which compares these verdicts with the plan reader's.
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

// UTF-8, or UTF-16 after its byte order mark, as the plan reader decodes; a leading byte order mark
// is not part of the JSON text (RFC 8259 section 8.1 lets a parser ignore it).
function decode(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return bytes.subarray(2).toString('utf16le');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

const [schemaFile, directory] = process.argv.slice(2);
// Ajv's default strict mode, as an integrator gets it: it refuses unknown keywords, so the schema
// must describe enum values with standard keywords (anyOf of const), not VS Code's enumDescriptions.
const ajv = new Ajv2020({ allErrors: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
const lines = [];
for (const name of fs.readdirSync(directory).filter((f) => f.endsWith('.json')).sort()) {
  const text = decode(fs.readFileSync(path.join(directory, name)));
  let document;
  try {
    document = JSON.parse(text);
  } catch (e) {
    lines.push(`${name}\tunparsable\t${String(e.message).replace(/\s+/g, ' ')}`);
    continue;
  }
  if (validate(document)) {
    lines.push(`${name}\tvalid`);
  } else {
    const error = validate.errors[0];
    lines.push(`${name}\tinvalid\t${`${error.instancePath} ${error.message}`.replace(/\s+/g, ' ')}`);
  }
}
process.stdout.write(lines.join('\n') + '\n');
