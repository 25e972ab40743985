/**
 * Outcomes and reports: the catalogue of measures, targets on plans, tasks and activities, the
 * actual counts per activity (typed by agencies with evidence, or counted by the platform from
 * published articles and contest entries), the agencies' reports against a plan's deadlines, the
 * roll-ups computed in the database, and the compiled annual report. Promises: an automatic count
 * is never typed over (a correction stands beside it with who and why), a submitted report does not
 * change until it is reopened, and every figure can be traced to the activities behind it.
 */
package vn.loaxanh.outcomes;
