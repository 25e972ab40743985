package vn.loaxanh.platform.pages;

/** One choice of a select box: the value sent and the label shown. */
public record Option(String value, String label) {}
