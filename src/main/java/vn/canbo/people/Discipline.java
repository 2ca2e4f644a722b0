package vn.canbo.people;

import java.time.LocalDate;

/**
 * Kỷ luật (item 22/35.2): Party, administrative or mass-organisation; in force over
 * [validFrom, validTo).
 */
@org.springframework.modulith.NamedInterface("api")
public record Discipline(Long id, DisciplineKind kind, String formCode, LocalDate decidedOn, LocalDate validFrom,
		LocalDate validTo, String authority, String violation, String decisionNumber) {
}
