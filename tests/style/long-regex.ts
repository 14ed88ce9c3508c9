/**
 * Finds the regular expressions of a TypeScript source whose written pattern is longer than a limit: regex literals,
 * and the patterns given to `RegExp(...)` as a string or a template, counting only the template's own text (the named
 * parts it interpolates are counted where they are written). The TypeScript parser, not a line pattern, decides what
 * a pattern is, so a division or a URL in a string is never counted.
 */
import ts from 'typescript';

export interface LongRegex {
  line: number;
  length: number;
}

/** The characters written in a pattern argument: a string, or a template's text between its interpolations. */
function writtenLength(arg: ts.Expression | undefined): number {
  if (!arg) return 0;
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text.length;
  if (ts.isTaggedTemplateExpression(arg)) return writtenLength(arg.template);
  if (ts.isTemplateExpression(arg)) return arg.head.text.length + arg.templateSpans.reduce((n, span) => n + span.literal.text.length, 0);
  return 0;
}

function patternLength(node: ts.Node): number {
  if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) return (node as ts.RegularExpressionLiteral).text.length;
  const built = (ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp';
  return built ? writtenLength(node.arguments?.[0]) : 0;
}

export function longRegexLiterals(file: string, text: string, limit: number): LongRegex[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: LongRegex[] = [];
  const visit = (node: ts.Node): void => {
    const length = patternLength(node);
    if (length > limit) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, length });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
