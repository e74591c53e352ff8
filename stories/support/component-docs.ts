// The docs page of each story group: what the group shows, a snippet to copy, and the element's
// methods, which Storybook's tables (built from the manifest: attributes, properties, events,
// parts, custom properties) leave out.
import manifest from '../../packages/elements/custom-elements.json' with { type: 'json' };

interface ManifestMethod {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  parameters?: { name: string; optional?: boolean; type?: { text: string } }[];
  return?: { type?: { text: string } };
}

const element = manifest.modules
  .flatMap((m) => (m.declarations ?? []) as { tagName?: string; members?: ManifestMethod[] }[])
  .find((d) => d.tagName === 'syria-timeline');

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The public methods of `<syria-timeline>` as a Markdown table, from the manifest. */
export const methodsTable = (): string => {
  const methods = (element?.members ?? []).filter(
    (m) => m.kind === 'method' && (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('_'),
  );
  const rows = methods.map((m) => {
    const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ');
    return `| \`${m.name}(${cell(params)})\` | \`${cell(m.return?.type?.text ?? 'void')}\` | ${cell(m.description ?? '')} |`;
  });
  return ['| method | returns | what it does |', '| --- | --- | --- |', ...rows].join('\n');
};

/**
 * `parameters.docs` for a story group: its introduction, a snippet to copy, and the methods table,
 * above the tables Storybook builds from the manifest.
 */
export function componentDocs(intro: string, snippet: string, language = 'html') {
  return {
    description: {
      component: [intro, `\`\`\`${language}\n${snippet.trim()}\n\`\`\``, '### Methods', methodsTable()].join('\n\n'),
    },
    source: { type: 'dynamic' as const },
  };
}
