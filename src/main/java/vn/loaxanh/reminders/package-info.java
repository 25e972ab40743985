/**
 * Reminders by e-mail: to an activity's lead and partner agencies some days before it starts, and
 * to a plan's agencies before each reporting deadline. Each reminder goes into the mail outbox
 * once, keyed by what caused it, however often the reminder run repeats.
 */
package vn.loaxanh.reminders;
