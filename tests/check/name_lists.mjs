// The string literals of JavaScript and TypeScript files that name what the spec's marks say:
// each in a list (an array literal), in a switch's case, or compared with ===/!==, with where it
// is. Parsed with the TypeScript compiler API. Read by tests/check/test_no_name_lists.py.
// stdin: {"files": ["<path>", ...]}   stdout: [{"file", "line", "text", "where"}, ...]
import { readFileSync } from "node:fs";
import ts from "typescript";

const { files } = JSON.parse(readFileSync(0, "utf8"));
const found = [];
for (const path of files) {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const parent = node.parent;
      let where = null;
      if (ts.isArrayLiteralExpression(parent)) where = "list";
      else if (ts.isCaseClause(parent)) where = "case";
      else if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken].includes(parent.operatorToken.kind)) where = "comparison";
      else where = "other";
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ file: path, line, text: node.text, where });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
process.stdout.write(JSON.stringify(found));
