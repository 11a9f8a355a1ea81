// Folders depend one way. Specs and the test harness are left out: a spec may start the whole platform,
// which is not a seam of the product.
const base = require('./.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment: 'A cycle between folders means a seam in the wrong place.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
  options: { ...base.options, exclude: { path: ['(^|/)dist/', '\\.spec\\.ts$', '(^|/)[^/]+\\.fixtures\\.ts$', '^test/'] } },
};
