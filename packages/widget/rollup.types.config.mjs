import { dts } from 'rollup-plugin-dts';
import ts from 'typescript';

/**
 * The published types: one self-contained .d.ts per entry, next to its bundle. tsc's output
 * (dist/types) imports the workspace's unpublished packages (`@collab/contracts`) and the
 * libraries the bundles carry inside; these files have them inlined, so a host's `tsc` needs
 * only React's types (README "Install"). rollup-plugin-dts was chosen because it is the
 * maintained .d.ts bundler that runs on rollup, which the repo's Vite build is modelled on.
 */
const external = [/^react($|\/)/, /^react-dom($|\/)/];

export default ['index', 'pure'].map((entry) => ({
  input: `dist/types/${entry}.d.ts`,
  output: {
    file: entry === 'index' ? 'dist/collab-widget.d.ts' : 'dist/collab-widget.pure.d.ts',
    format: 'es',
  },
  external,
  plugins: [
    dts({
      respectExternal: true,
      // The built declarations of the workspace's packages (their `types` export), not their
      // sources (`@collab/source`), which this plugin cannot turn into declarations.
      compilerOptions: {
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        customConditions: [],
      },
    }),
  ],
}));
