/**
 * A node:test reporter that ends the run with the plain line `N passed, N failed, N skipped`
 * (tests only, not suites), which CI reads. Plain JavaScript: node loads reporters before tsx's
 * hooks are in place.
 * @param {AsyncIterable<{ type: string, data: { details: { type?: string }, skip?: unknown, todo?: unknown } }>} source
 */
export default async function* summaryReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details.type === 'suite') continue;
    if (event.data.skip !== undefined || event.data.todo !== undefined) skipped += 1;
    else if (event.type === 'test:pass') passed += 1;
    else failed += 1;
  }
  yield `\n${passed} passed, ${failed} failed, ${skipped} skipped\n`;
}
