/**
 * What a province sets out to do: the directives it implements, its communication plans with their
 * themes, channels and reporting deadlines, and the tasks each plan gives an agency. A plan is the
 * root the activities of {@code vn.loaxanh.activities} hang from.
 */
package vn.loaxanh.plans;
