package vn.canbo.planning;

import java.time.LocalDate;

/**
 * The result of one step of the planning workflow for a candidate (a code of
 * {@code planning.workflow_steps}): the day, the number of voters and the votes for and
 * against (null when the step has no vote, e.g. the proposal).
 */
@org.springframework.modulith.NamedInterface("api")
public record Vote(String step, LocalDate heldOn, Integer voters, Integer votesFor, Integer votesAgainst, String note) {
}
