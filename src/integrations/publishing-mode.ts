import type { AstroIntegration } from 'astro';

/**
 * Drafts and scheduled stories show only on the dev server. The switch comes from the Astro
 * command, not from `import.meta.env.DEV`: that follows NODE_ENV, and a build run with
 * NODE_ENV=test or development (CI, test runners) would otherwise ship every draft.
 */
export function publishingMode(): AstroIntegration {
  return {
    name: 'souveraen:publishing-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.SHOW_UNPUBLISHED': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
