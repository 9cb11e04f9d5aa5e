import type { Plugin } from 'vite';
import { formatProblem, validateContent } from './validate-content.ts';

/** Fails `vite build` (and warns in `vite dev`) when any content file is malformed. */
export function contentValidation(): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'plainly-content-validation',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    buildStart() {
      const { problems } = validateContent(root);
      if (problems.length === 0) return;
      const message = `Content is malformed:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
      if (command === 'build') this.error(message);
      else this.warn(message);
    },
  };
}
