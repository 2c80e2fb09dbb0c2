// Bundles the server (with @tandem/shared, which ships as TypeScript) into dist/.
// npm packages stay external and load from node_modules at run time.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/main.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  packages: 'external',
  alias: { '@tandem/shared': '../../packages/shared/src/index.ts' },
  logLevel: 'warning',
});
