/**
 * Who and where: the agencies a plan gives duties to (departments, district People's Committees,
 * press, mass organisations) and the administrative units they work in (province or city, district,
 * commune). Codes are stable keys that content files use.
 */
package vn.loaxanh.agencies;
