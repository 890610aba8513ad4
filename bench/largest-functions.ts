import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ts from 'typescript';

/**
 * npx tsx bench/largest-functions.ts [--most 15] [folders or files; server and client/src by default]
 * Lists the longest functions and components by line count, the measure the style guide's
 * "a function passes ~40 lines, look for the second job" rule is about. A function nested in a
 * longer one is counted on its own too, so a component's handlers show up beside it.
 */
const { values, positionals } = parseArgs({ options: { most: { type: 'string' } }, allowPositionals: true });
const most = Number(values.most ?? 15);
const roots = positionals.length > 0 ? positionals : ['server', 'client/src'];

interface Sized {
  file: string;
  name: string;
  line: number;
  lines: number;
}

function sourceFiles(dir: string): string[] {
  if (fs.statSync(dir).isFile()) return [dir];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The name a reader would search for: the declaration's own, or the variable, property or
 * method it is assigned to; an anonymous callback is named after the call it is passed to. */
function nameOf(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText(source);
  }
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(source).replace(/\s+/g, '').slice(0, 40)})`;
  return '(anonymous)';
}

function functionsIn(file: string): Sized[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Sized[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ file, name: nameOf(node, source), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const all = roots.flatMap(sourceFiles).flatMap(functionsIn);
all.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
for (const f of all.slice(0, most)) {
  console.log(`${String(f.lines).padStart(5)}  ${f.name}  ${f.file}:${f.line}`);
}
const overForty = all.filter((f) => f.lines > 40).length;
console.log(`\n${all.length} functions; ${overForty} over 40 lines`);
