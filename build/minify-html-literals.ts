import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Lit keeps `html\`…\`` templates as written, with their indentation. This drops the
 * indentation: every run of white space that holds a line break, in the static parts
 * of templates tagged `html` in our own source, becomes just its line breaks. What the
 * browser shows is the same (HTML collapses such white space; our templates have no
 * `<pre>`, and text areas get their text from an expression), the page downloads less,
 * and lines stay where they were, so the source maps still point at the right line.
 * Templates are found with the TypeScript parser, so strings, comments, regular
 * expressions and the expressions inside templates are never touched.
 */
export function minifyHtmlLiterals(): Plugin {
  return {
    name: 'eh-minify-html-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      return { code: foldHtmlTemplates(code, id), map: null };
    },
  };
}

/** Drops the indentation of html`…` templates (nested ones included), keeping their line breaks. */
export function foldHtmlTemplates(code: string, fileName = 'file.ts'): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const parts: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) parts.push(template);
      else parts.push(template.head, ...template.templateSpans.map((span) => span.literal));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const part of parts.sort((a, b) => b.getStart(source) - a.getStart(source))) {
    const start = part.getStart(source);
    const end = part.getEnd();
    const folded = out.slice(start, end).replace(/[ \t]*\n\s*/g, (space) => '\n'.repeat(space.split('\n').length - 1));
    out = out.slice(0, start) + folded + out.slice(end);
  }
  return out;
}
