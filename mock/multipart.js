// Multipart bodies, re-encoded in the one form Prism 5.16's parser (parse-multipart-data) reads
// right. That parser splits Content-Disposition on ';' and '=' and URI-decodes names, so a name
// holding '%' or ';' (or a file name holding ';' or '=') threw, and one bad extra part lost the
// whole body; it also took a plain field sent under a file field's name for a file. busboy
// reads the body as RFC 7578 says; we pass Prism the same parts with names it can parse.
'use strict';

const crypto = require('node:crypto');
const busboy = require('busboy');

// busboy, as RFC 9110 says, refuses a control character in a part's header ("Malformed part
// header") and so loses the whole body; but such a name is just an extra field the API ignores.
// Percent-encoding them in Content-Disposition lines (bytes kept 1:1 through latin1) only ever
// renames a field nobody reads.
const DISPOSITION = /^(content-disposition:)([^\r\n]*)$/gim;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
const percent = c => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;

function withoutControlCharacters(raw) {
  const text = raw.toString('latin1');
  const fixed = text.replace(DISPOSITION, (_, head, value) => head + value.replace(CONTROL, percent));
  return fixed === text ? raw : Buffer.from(fixed, 'latin1');
}

function readParts(raw, contentType) {
  return new Promise((resolve, reject) => {
    const parts = [];
    let parser;
    try {
      parser = busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8' });
    } catch (e) {
      return reject(e); // not multipart, or no boundary
    }
    parser.on('field', (name, value) => parts.push({ name, data: Buffer.from(value) }));
    parser.on('file', (name, stream, { filename, mimeType }) => {
      // busboy takes an application/octet-stream part without a filename for a file; PHP, and
      // so the API, takes only a part with a filename for one: the others are plain fields.
      const part = { name, file: filename !== undefined, mimeType, data: null };
      parts.push(part);
      const chunks = [];
      stream.on('data', chunk => chunks.push(chunk));
      stream.on('end', () => (part.data = Buffer.concat(chunks)));
      stream.on('error', reject); // a body cut short in a file: an unheard error would kill us
    });
    parser.on('close', () => resolve(parts));
    parser.on('error', reject);
    parser.end(withoutControlCharacters(raw));
  });
}

// The fields of a multipart body that take files (`format: binary`, or items that are).
function fileFieldsOf(schema) {
  const isFile = s => !!s && (s.format === 'binary' || s.contentMediaType !== undefined);
  return new Set(
    Object.entries(schema?.properties || {})
      .filter(([, s]) => isFile(s) || isFile(s?.items))
      .map(([name]) => name),
  );
}

// The body as parts Prism can read, and notes on what was left out. Names are
// percent-encoded, which Prism decodes back, so every name arrives as it was sent.
async function canonicalMultipart(raw, contentType, schema) {
  const parts = await readParts(raw, contentType);
  const fileFields = fileFieldsOf(schema);
  const notes = [];
  const kept = parts.filter(part => {
    if (fileFields.has(part.name) && !part.file) {
      notes.push({ code: 'multipart', message: `Part '${part.name}' is a plain field, not a file; ignored` });
      return false;
    }
    return true;
  });
  // Prism validates only the last part of a repeated field (`files[]`); an empty file goes last,
  // so that its verdict covers every file.
  const emptyFile = part => (part.file && part.data.length === 0 ? 1 : 0);
  kept.sort((a, b) => emptyFile(a) - emptyFile(b));
  const boundary = `ippanel-mock-${crypto.randomBytes(12).toString('hex')}`;
  const chunks = [];
  for (const part of kept) {
    const disposition = `form-data; name="${encodeURIComponent(part.name)}"${part.file ? '; filename="upload"' : ''}`;
    const mimeType = /^[\w.+-]+\/[\w.+-]+$/.test(part.mimeType || '') ? part.mimeType : 'application/octet-stream';
    const type = part.file ? `\r\nContent-Type: ${mimeType}` : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`), part.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}`, notes, fields: fieldsOf(kept, schema) };
}

// The body as an object, for naming the fields that failed (field-errors.js): a repeated part,
// or one whose property is an array, as a list; a file as 'file'. A field with an empty file
// is an empty list: missing, as the API (and Prism's verdict on the last part) has it.
function fieldsOf(parts, schema) {
  const properties = schema?.properties || {};
  const fields = {};
  const emptied = new Set();
  for (const part of parts) {
    if (part.file && !part.data.length) emptied.add(part.name);
    const value = part.file ? 'file' : part.data.toString('utf8');
    const isArray = properties[part.name]?.type === 'array';
    if (part.name in fields) fields[part.name] = [].concat(fields[part.name], value);
    else fields[part.name] = isArray ? [value] : value;
  }
  for (const name of emptied) fields[name] = [];
  return fields;
}

module.exports = { canonicalMultipart };
