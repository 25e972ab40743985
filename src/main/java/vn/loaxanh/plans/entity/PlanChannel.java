package vn.loaxanh.plans.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A channel a plan uses, with how it uses it. */
@Embeddable
public class PlanChannel {
  @Enumerated(EnumType.STRING)
  private Channel channel;

  private String note;

  protected PlanChannel() {}

  public PlanChannel(Channel channel, String note) {
    this.channel = Objects.requireNonNull(channel);
    this.note = note;
  }

  public Channel channel() {
    return channel;
  }

  public String note() {
    return note;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlanChannel that
        && channel == that.channel
        && Objects.equals(note, that.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, note);
  }
}
