// pnpm hooks (https://pnpm.io/pnpmfile). `beforePacking` shapes the package.json that
// `pnpm pack` / `pnpm publish` put into the tarball, without changing the one in the repo.
module.exports = {
  hooks: {
    beforePacking(pkg) {
      // @collab/widget is published (packages/widget/README.md, "Install"). Its build bundles
      // every library but React, so an installer needs only the React peers: the dev
      // dependencies name workspace packages that are never published, the scripts run the
      // repo's build and tests, and the `src/` entries of `sideEffects` are for the workspace's
      // own `@collab/source` imports (the tarball has no src/).
      if (pkg.name === '@collab/widget') {
        delete pkg.devDependencies;
        delete pkg.scripts;
        pkg.sideEffects = pkg.sideEffects.filter((file) => file.startsWith('./dist/'));
      }
      return pkg;
    },
  },
};
