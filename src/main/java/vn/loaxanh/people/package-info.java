/**
 * Người dùng: the staff accounts as an administrator manages them (role, agency, contact e-mail,
 * disabled or not), each staff member's own password, and password-reset links sent by mail. The
 * accounts themselves, their hashes and login cookies are the platform's security package; this
 * feature is the pages and the reset links built on it.
 */
package vn.loaxanh.people;
