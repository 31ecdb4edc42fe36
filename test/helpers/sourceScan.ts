/**
 * Reads a TypeScript source with the compiler's parser (not regular expressions, so comments and
 * strings never count): its import specifiers, and its uses of globals a pure engine must not touch.
 */
import ts from 'typescript';

export interface ImportRef {
  readonly specifier: string;
  /** `import type …`, `export type … from`, or every named binding marked `type`. */
  readonly typeOnly: boolean;
  readonly kind: 'import' | 'export' | 'dynamic' | 'require' | 'type-import';
  /** 1-based line. */
  readonly line: number;
}

export interface GlobalUse {
  readonly name: string;
  readonly line: number;
}

function parse(fileName: string, text: string): ts.SourceFile {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

function importIsTypeOnly(clause: ts.ImportClause | undefined): boolean {
  if (clause === undefined) return false; // side-effect import
  if (clause.isTypeOnly) return true;
  if (clause.name !== undefined) return false; // default import of a value
  const bindings = clause.namedBindings;
  if (bindings === undefined || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function exportIsTypeOnly(declaration: ts.ExportDeclaration): boolean {
  if (declaration.isTypeOnly) return true;
  const clause = declaration.exportClause;
  if (clause === undefined || ts.isNamespaceExport(clause)) return false;
  return clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly);
}

/** Every module specifier of a file: static and side-effect imports, re-exports, import(), require(), import('x').T types. */
export function importsOf(fileName: string, text: string): ImportRef[] {
  const source = parse(fileName, text);
  const found: ImportRef[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({
        specifier: node.moduleSpecifier.text,
        typeOnly: importIsTypeOnly(node.importClause),
        kind: 'import',
        line: lineOf(source, node),
      });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({
        specifier: node.moduleSpecifier.text,
        typeOnly: exportIsTypeOnly(node),
        kind: 'export',
        line: lineOf(source, node),
      });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) {
        found.push({
          specifier: expression.text,
          typeOnly: node.isTypeOnly,
          kind: 'require',
          line: lineOf(source, node),
        });
      }
    } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const [first] = node.arguments;
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isDynamicImport || isRequire) && ts.isStringLiteralLike(first)) {
        found.push({
          specifier: first.text,
          typeOnly: false,
          kind: isDynamicImport ? 'dynamic' : 'require',
          line: lineOf(source, node),
        });
      }
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)) {
        found.push({
          specifier: argument.literal.text,
          typeOnly: true,
          kind: 'type-import',
          line: lineOf(source, node),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** True when `node` is only a property or member name (`x.Date`, `{ Date: 1 }`), not a reference. */
function isMemberName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return true;
  if (ts.isQualifiedName(parent) && parent.right === node) return true;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isEnumMember(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent)) &&
    parent.name === node
  ) {
    return true;
  }
  return false;
}

/**
 * References to any of `globals` (as identifiers, in value or type position) and calls through
 * `Math.random` / `Math['random']`.
 */
export function globalUsesOf(fileName: string, text: string, globals: ReadonlySet<string>): GlobalUse[] {
  const source = parse(fileName, text);
  const found: GlobalUse[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && globals.has(node.text) && !isMemberName(node)) {
      found.push({ name: node.text, line: lineOf(source, node) });
    } else if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Math' &&
      node.name.text === 'random'
    ) {
      found.push({ name: 'Math.random', line: lineOf(source, node) });
    } else if (
      ts.isElementAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Math' &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      node.argumentExpression.text === 'random'
    ) {
      found.push({ name: 'Math.random', line: lineOf(source, node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Math functions whose results ECMAScript leaves to each engine (all but abs, sqrt, rounding, min/max, …). */
export const ENGINE_DEPENDENT_MATH: ReadonlySet<string> = new Set([
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'pow',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
  'cbrt',
  'hypot',
]);

/**
 * Uses of engine-dependent arithmetic: `Math.exp` … (ENGINE_DEPENDENT_MATH, also as `Math['exp']`)
 * and the `**` and `**=` operators, whose results the engine approximates in its own way.
 */
export function engineDependentMathOf(fileName: string, text: string): GlobalUse[] {
  const source = parse(fileName, text);
  const found: GlobalUse[] = [];
  const isMath = (node: ts.Expression) => ts.isIdentifier(node) && node.text === 'Math';
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAccessExpression(node) &&
      isMath(node.expression) &&
      ENGINE_DEPENDENT_MATH.has(node.name.text)
    ) {
      found.push({ name: `Math.${node.name.text}`, line: lineOf(source, node) });
    } else if (
      ts.isElementAccessExpression(node) &&
      isMath(node.expression) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      ENGINE_DEPENDENT_MATH.has(node.argumentExpression.text)
    ) {
      found.push({ name: `Math.${node.argumentExpression.text}`, line: lineOf(source, node) });
    } else if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskToken ||
        node.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskEqualsToken)
    ) {
      found.push({ name: node.operatorToken.getText(source), line: lineOf(source, node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
