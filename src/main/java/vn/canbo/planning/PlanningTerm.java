package vn.canbo.planning;

import java.time.LocalDate;

/**
 * A planning term (nhiệm kỳ): code, label (2025–2030), body (PARTY: Party congress terms;
 * STATE: HĐND, UBND terms), first and last day.
 */
@org.springframework.modulith.NamedInterface("api")
public record PlanningTerm(String code, String label, String body, LocalDate startsOn, LocalDate endsOn) {
}
