/**
 * Ngày, tuần, tháng môi trường: the recurring observances plans schedule around (World Environment
 * Day, Clean Up the World, Earth Hour …), each year's theme where known, and the one step that puts
 * a year's activities for an observance into a plan.
 */
package vn.loaxanh.observances;
