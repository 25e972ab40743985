/**
 * Content files in, register records out: the seed plans at first start and any file staff import
 * later. An import is all-or-nothing, reports a mistake by file and line, matches records by their
 * keys so importing twice changes nothing, and never deletes.
 */
package vn.loaxanh.imports;
