package vn.loaxanh.outcomes.entity;

public enum TargetState {
  MET,
  NOT_MET,
  IN_PROGRESS
}
