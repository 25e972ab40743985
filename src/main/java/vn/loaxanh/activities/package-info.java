/**
 * Hoạt động: the scheduled, countable things that carry out a plan's tasks — rallies, launches,
 * campaigns, contests, visual items, media items, seminars, movements. Every activity belongs to a
 * plan, has one lead agency and a time span stored as instants. The calendar feeds publish them as
 * iCalendar: one UID per activity for good, and a SEQUENCE that grows with every edit.
 */
package vn.loaxanh.activities;
