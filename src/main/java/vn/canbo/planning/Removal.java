package vn.canbo.planning;

import java.time.LocalDate;

/** Đưa ra khỏi quy hoạch: the day, the reason and the decision (number, date). */
@org.springframework.modulith.NamedInterface("api")
public record Removal(LocalDate removedOn, String reason, String decisionNumber, LocalDate decidedOn) {
}
