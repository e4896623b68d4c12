// The public API of TypeScript sources, as flat entries: read by ts_client.py.
// stdin: {"old": {"<file>": "<source>", ...}, "new": {...}}
// stdout: {"old": [[["<file>", "name", "member", ...], {"type": "...", "optional": bool}], ...], "new": [...]}
// Parsed with the TypeScript compiler API (no type checking: the entries are the declared
// types as written, which is what a consumer's code is compiled against).
import { readFileSync } from "node:fs";
import ts from "typescript";

const text = (node, file) => node.getText(file).replace(/\s+/g, " ").trim();

const name = (node, file) => {
  if (!node.name) return text(node, file);
  if (ts.isIdentifier(node.name) || ts.isPrivateIdentifier(node.name)) return node.name.text;
  if (ts.isStringLiteral(node.name) || ts.isNumericLiteral(node.name)) return node.name.text;
  return text(node.name, file);
};

// A type literal ({ ... }) becomes "{…}" and its members entries of their own; an intersection
// or union keeps its other parts' text, so `A & { data: B }` is `A & {…}` plus `.data`.
function summary(type, file) {
  if (!type) return "";
  if (ts.isTypeLiteralNode(type)) return "{…}";
  if (ts.isIntersectionTypeNode(type) || ts.isUnionTypeNode(type)) {
    const sep = ts.isIntersectionTypeNode(type) ? " & " : " | ";
    return type.types.map((part) => summary(part, file)).join(sep);
  }
  if (ts.isParenthesizedTypeNode(type)) return `(${summary(type.type, file)})`;
  return text(type, file);
}

function literals(type) {
  if (!type) return [];
  if (ts.isTypeLiteralNode(type)) return [type];
  if (ts.isIntersectionTypeNode(type) || ts.isUnionTypeNode(type)) return type.types.flatMap(literals);
  if (ts.isParenthesizedTypeNode(type)) return literals(type.type);
  return [];
}

function members(list, key, file, out) {
  for (const member of list) {
    const at = [...key, name(member, file)];
    if (ts.isPropertySignature(member) || ts.isPropertyDeclaration(member)) {
      out.push([at, { type: summary(member.type, file), optional: Boolean(member.questionToken) }]);
      for (const literal of literals(member.type)) members(literal.members, at, file, out);
    } else if (ts.isIndexSignatureDeclaration(member)) {
      out.push([[...key, `[${text(member.parameters[0], file)}]`], { type: summary(member.type, file), optional: false }]);
    } else if (ts.isMethodSignature(member) || ts.isMethodDeclaration(member) || ts.isFunctionLike(member)) {
      signature(member, at, file, out);
    }
  }
}

function signature(node, key, file, out) {
  out.push([key, { type: `(${node.parameters.length} parameters) => ${text(node.type ?? node, file)}`, optional: Boolean(node.questionToken) }]);
  for (const parameter of node.parameters) {
    const at = [...key, `(${name(parameter, file)})`];
    const optional = Boolean(parameter.questionToken || parameter.initializer);
    out.push([at, { type: summary(parameter.type, file), optional }]);
    for (const literal of literals(parameter.type)) members(literal.members, at, file, out);
  }
}

const exported = (node) =>
  (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0 || ts.isExportDeclaration(node);

function surface(fileName, source) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const out = [];
  for (const node of file.statements) {
    if (ts.isExportDeclaration(node)) {
      // Re-exports: the names a consumer imports from this file.
      for (const element of node.exportClause?.elements ?? []) {
        out.push([[fileName, element.name.text], { type: `export from ${text(node.moduleSpecifier, file)}`, optional: false }]);
      }
      continue;
    }
    if (!exported(node)) continue;
    if (ts.isInterfaceDeclaration(node)) {
      const heritage = (node.heritageClauses ?? []).map((h) => text(h, file)).join(" ");
      out.push([[fileName, name(node, file)], { type: `interface${heritage ? " " + heritage : ""}`, optional: false }]);
      members(node.members, [fileName, name(node, file)], file, out);
    } else if (ts.isTypeAliasDeclaration(node)) {
      const key = [fileName, name(node, file)];
      out.push([key, { type: summary(node.type, file), optional: false }]);
      for (const literal of literals(node.type)) members(literal.members, key, file, out);
    } else if (ts.isFunctionDeclaration(node)) {
      signature(node, [fileName, name(node, file)], file, out);
    } else if (ts.isClassDeclaration(node)) {
      out.push([[fileName, name(node, file)], { type: "class", optional: false }]);
      members(node.members, [fileName, name(node, file)], file, out);
    } else if (ts.isVariableStatement(node)) {
      for (const declaration of node.declarationList.declarations) {
        out.push([[fileName, name(declaration, file)], { type: declaration.type ? summary(declaration.type, file) : "const", optional: false }]);
      }
    }
  }
  return out;
}

const input = JSON.parse(readFileSync(0, "utf8"));
const result = {};
for (const [side, files] of Object.entries(input)) {
  result[side] = Object.entries(files).flatMap(([fileName, source]) => surface(fileName, source));
}
process.stdout.write(JSON.stringify(result));
