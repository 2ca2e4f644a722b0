package vn.canbo.people;

import java.time.LocalDate;

/**
 * Kỷ luật (item 22/35.2): Party, administrative or mass-organisation; in force over
 * [validFrom, validTo). A revoked decision ({@code revocation}, issue 15) stays in the
 * history but has no effect from the revocation date: see {@link #revokedBy}.
 */
@org.springframework.modulith.NamedInterface("api")
public record Discipline(Long id, DisciplineKind kind, String formCode, LocalDate decidedOn, LocalDate validFrom,
		LocalDate validTo, String authority, String violation, String decisionNumber, Revocation revocation) {

	/** A discipline without revocation. */
	public Discipline(Long id, DisciplineKind kind, String formCode, LocalDate decidedOn, LocalDate validFrom,
			LocalDate validTo, String authority, String violation, String decisionNumber) {
		this(id, kind, formCode, decidedOn, validFrom, validTo, authority, violation, decisionNumber, null);
	}

	/**
	 * The decision revoking a discipline (quyết định hủy bỏ quyết định kỷ luật): number,
	 * date (from which the discipline has no effect), issuer and reason.
	 */
	@org.springframework.modulith.NamedInterface("api")
	public record Revocation(String decisionNumber, LocalDate revokedOn, String issuer, String reason) {
	}

	/** Whether the discipline was revoked on or before {@code day} (no effect then). */
	public boolean revokedBy(LocalDate day) {
		return revocation != null && revocation.revokedOn() != null && day != null
				&& !revocation.revokedOn().isAfter(day);
	}

	/** The same discipline with another revocation (null: none). */
	Discipline revoked(Revocation r) {
		return new Discipline(id, kind, formCode, decidedOn, validFrom, validTo, authority, violation, decisionNumber,
				r);
	}

	/** The same discipline with other dates of effect (the revocation kept). */
	Discipline withPeriod(LocalDate from, LocalDate to) {
		return new Discipline(id, kind, formCode, decidedOn, from, to, authority, violation, decisionNumber,
				revocation);
	}

}
