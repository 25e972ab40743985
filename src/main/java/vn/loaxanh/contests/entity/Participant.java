package vn.loaxanh.contests.entity;

import jakarta.persistence.Embeddable;

/** A pupil or student taking part in an entry, with the grade or class they are in. */
@Embeddable
public class Participant {
  private String name;
  private String grade;

  protected Participant() {}

  public Participant(String name, String grade) {
    this.name = name;
    this.grade = grade;
  }

  public String name() {
    return name;
  }

  public String grade() {
    return grade;
  }
}
