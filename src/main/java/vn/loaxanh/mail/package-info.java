/**
 * Thư điện tử: every mail the register sends. A mail is first written to the outbox in the same
 * transaction as the change that caused it, so it exists exactly when the change does; one cause
 * (its dedup key) gives at most one mail. A scheduled sender delivers due mails over SMTP, retrying
 * with growing back-off, so a mail server that is down loses nothing; each mail is claimed by one
 * sender at a time, so instances sharing a database never both send it. Staff see what is pending
 * and what failed. Without an SMTP server configured, mails simply stay in the outbox.
 */
package vn.loaxanh.mail;
