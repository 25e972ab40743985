/**
 * The thin shared base every feature stands on: configuration, the database and its migrations,
 * staff accounts and roles, and the problem documents every error becomes. Nothing here knows about
 * plans or activities.
 */
package vn.loaxanh.platform;
