/**
 * Finds the regular-expression literals of a TypeScript source longer than a limit. The TypeScript scanner, not a
 * line pattern, decides what is a regex literal, so a division or a URL in a string is never counted.
 */
import ts from 'typescript';

export interface LongRegex {
  line: number;
  length: number;
}

export function longRegexLiterals(file: string, text: string, limit: number): LongRegex[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: LongRegex[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      if (literal.length > limit) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, length: literal.length });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
