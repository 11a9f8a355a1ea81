// Layering that keeps the bounded contexts apart. `npm run lint` enforces it.
const contexts = [
  'focal-point',
  'secretary-general',
  'accountability',
  'regional-bodies',
  'security-council',
  'member-states',
  'other-organs',
  'general-assembly',
  'subscription-gateway',
].join('|');

// The platform a context may build on: the kernel, the ports of the event store and the event log,
// the HTTP edge and identity, plus the one write path (commands), the projection runner (read-model)
// the rate-limit decorators of the HTTP edge and the validated settings (config).
const platform = 'kernel|event-store|event-log|http|identity|commands|read-model|rate-limits|config';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'context-builds-on-platform-only',
      comment: 'A bounded context meets other contexts only through the event log and its published contracts.',
      severity: 'error',
      from: { path: `^libs/(${contexts})/`, pathNot: '\\.spec\\.ts$' },
      to: { path: '^(libs|apps)/', pathNot: [`^libs/(${platform})/src/`, '^libs/$1/'] },
    },
    {
      name: 'context-specs-use-the-platform-and-the-service-host',
      comment: 'A spec may also start its context on the service host, as a deployment does.',
      severity: 'error',
      from: { path: `^libs/(${contexts})/.+\\.spec\\.ts$` },
      to: { path: '^(libs|apps)/', pathNot: [`^libs/(${platform}|service-host)/src/`, '^libs/$1/'] },
    },
    {
      name: 'libraries-meet-through-their-index',
      comment: 'Another library is reached through its package index (@rtop/*), never through its internals.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/([^/]+)/src/.+', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'apps-import-package-indexes',
      comment: 'An app composes libraries through their package indexes (@rtop/*).',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'no-library-imports-an-app',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
