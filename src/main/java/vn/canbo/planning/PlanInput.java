package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;

/** A new plan: unit, term code, kind, the approving decision and the titles planned. */
@org.springframework.modulith.NamedInterface("api")
public record PlanInput(Long unitId, String termCode, PlanKind kind, String decisionNumber, LocalDate decidedOn,
		String issuer, String note, List<String> titleCodes) {
}
