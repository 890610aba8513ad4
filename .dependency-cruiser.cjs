/**
 * The architecture's layering as rules (docs/architecture.md): `npm run lint` fails when an
 * import breaks one. Paths are relative to the repository root.
 */

/** Modules a feature offers to other features; everything else in a feature is its own business. */
const SHARED = [
  'audit/repository',
  'auth/(repository|service|session-cache)',
  'benchmark/(repository|window|kept-windows|deltas)',
  'hospitals/(repository|codes)',
  'invitations/(service|reminder-routes)',
  'mail/repository',
  'organisations/repository',
  'report/(service|authoring-repository|revisions|rubric|suggestions|export)',
  'respondents/(repository|rows|table-file)',
  'reviews/(service|repository|guard)',
  // The hospital-level review judges on the checklist's table and keeps its interview notes with the visit's.
  'site-visit/(checklist|action-plan|visit|repository)',
  'documents/service',
  'coverage/(service|rules)',
  // A hospital-level report's text rules, which the report's writing reads by kind.
  'hospital-review/report-content',
  'surveys/(compiler|repository|service|surveyjs)',
  'targets/(service|compare)',
].map((module) => `^server/features/${module}\\.ts$`);

/** Pure computations: they take figures and return figures, so tests need no database. */
const PURE = [
  '^server/statistics\\.ts$',
  '^server/features/report/(suppression|scope|rubric|agreement)\\.ts$',
  '^server/features/benchmark/window\\.ts$',
  '^server/features/targets/compare\\.ts$',
  '^server/features/coverage/rules\\.ts$',
  '^server/features/hospital-review/synthesis\\.ts$',
  '^contract/',
  '^surveys/',
];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other in a circle cannot be understood, tested or moved one at a time.',
      from: { path: '^(server|client/src|contract|surveys)/' },
      to: { circular: true },
    },
    {
      name: 'no-feature-cycles',
      severity: 'error',
      scope: 'folder',
      comment: 'Server features may depend on one another one way only.',
      from: { path: '^server/features/[^/]+$' },
      to: { path: '^server/features/[^/]+$', circular: true },
    },
    {
      name: 'features-through-shared-modules',
      severity: 'error',
      comment: 'A feature uses another feature only through the modules that feature offers (SHARED above): never its routes or internals.',
      from: { path: '^server/features/([^/]+)/' },
      to: { path: '^server/features/[^/]+/', pathNot: ['^server/features/$1/', ...SHARED] },
    },
    {
      name: 'statistics-are-pure',
      severity: 'error',
      comment: 'Statistics and other pure computations do no I/O: no database, no HTTP, no files.',
      from: { path: PURE },
      to: { path: ['^server/db/', 'node_modules/(kysely|pg|@electric-sql|fastify|@fastify)/', '^(node:)?(fs|net|http|child_process)$'] },
    },
    {
      name: 'client-features-through-ui-and-core',
      severity: 'error',
      comment: 'A client feature (console, report, visit, respond) uses another only through ui/ and the core (api/, i18n/): never its pages, parts or texts.',
      from: { path: '^client/src/features/([^/]+)/' },
      to: { path: '^client/src/features/', pathNot: '^client/src/features/$1/' },
    },
    {
      name: 'client-ui-imports-no-feature',
      severity: 'error',
      comment: 'ui/ holds what the features share, so it depends on none of them.',
      from: { path: '^client/src/ui/' },
      to: { path: '^client/src/features/' },
    },
    {
      name: 'client-imports-no-server',
      severity: 'error',
      comment: 'The client shares only contract/ and surveys/ with the server.',
      from: { path: '^client/' },
      to: { path: '^(server|bench|tests)/' },
    },
    {
      name: 'shared-code-imports-no-app',
      severity: 'error',
      comment: 'contract/ and surveys/ are read by server and client alike, so they import neither.',
      from: { path: '^(contract|surveys)/' },
      to: { path: '^(server|client)/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve is a typo or a missing package.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|coverage|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
