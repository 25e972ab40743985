package vn.loaxanh.plans.boundary;

import java.util.List;
import vn.loaxanh.plans.entity.Task;

public record TaskView(
    long id,
    long planId,
    String clause,
    String title,
    String description,
    AgencyRef lead,
    List<AgencyRef> partners,
    long version) {

  public static TaskView of(Task task) {
    return new TaskView(
        task.id(),
        task.plan().id(),
        task.clause(),
        task.title(),
        task.description(),
        AgencyRef.of(task.lead()),
        task.partners().stream().map(AgencyRef::of).toList(),
        task.version());
  }
}
