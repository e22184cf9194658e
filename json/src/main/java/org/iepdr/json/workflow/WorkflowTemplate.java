package org.iepdr.json.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.conformance.InvalidWorkflowException;
import org.iepdr.core.conformance.Step;
import org.iepdr.core.conformance.Workflow;
import org.iepdr.core.conformance.WorkflowProblem;
import org.iepdr.json.casefile.CaseFileProblem;

/**
 * A workflow template read from a file: the workflow, the state it names, and where each of its values
 * stands in the file, so that a problem found later (a step that falls outside the calendar's years
 * for the dates of a run) is reported with its line and JSON path.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class WorkflowTemplate {

  private final String source;
  private final Workflow workflow;
  private final Optional<String> state;
  private final Optional<String> description;
  private final Map<String, int[]> locations;

  WorkflowTemplate(String source, Workflow workflow, Optional<String> state, Optional<String> description,
      Map<String, int[]> locations) {
    this.source = source;
    this.workflow = workflow;
    this.state = state;
    this.description = description;
    this.locations = locations;
  }

  /**
   * Returns the name of the input the template was read from.
   *
   * @return the file name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the workflow.
   *
   * @return the workflow
   */
  public Workflow workflow() {
    return workflow;
  }

  /**
   * Returns the state the template names, if it names one.
   *
   * @return the jurisdiction code
   */
  public Optional<String> state() {
    return state;
  }

  /**
   * Returns the template's description, if it has one.
   *
   * @return the description
   */
  public Optional<String> description() {
    return description;
  }

  /**
   * Maps the problems of a workflow exception (thrown by a run of this template's workflow) to the
   * file, line and JSON path of the values at fault.
   *
   * @param e the exception
   * @return the problems located in the file
   */
  public List<CaseFileProblem> locate(InvalidWorkflowException e) {
    Objects.requireNonNull(e, "e");
    List<CaseFileProblem> out = new ArrayList<>();
    for (WorkflowProblem p : e.problems()) {
      String path = WorkflowReader.pathOf(p, p.step() >= 0 && p.step() < workflow.steps().size()
          ? workflow.steps().get(p.step()).part() : Step.Part.EVENT);
      int[] lc = WorkflowReader.find(locations, path);
      out.add(new CaseFileProblem(source, lc[0], lc[1], path, p.message()));
    }
    return out;
  }
}
