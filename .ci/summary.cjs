// Prints vitest's JSON report as the one line CI reads: "N passed, N failed[, N skipped]".
const report = require(process.argv[2]);
const failed = report.numFailedTests > 0 ? report.numFailedTests : report.numFailedTestSuites;
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
