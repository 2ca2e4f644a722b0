package vn.canbo.people;

import java.time.LocalDate;
import java.util.List;

/**
 * A retirement category of the person (NĐ 135/2020 Art. 5 earlier, Art. 6 later), in
 * force over [validFrom, validTo), moving the statutory age by {@code months} (within the
 * maximum of the rules), with the document it rests on ({@code basis}: the decision or
 * confirmation; the category's own legal basis is {@link RetirementCategory#legalBasis}).
 */
@org.springframework.modulith.NamedInterface("api")
public record RetirementCategoryFact(Long id, RetirementCategory category, Integer months, LocalDate validFrom,
		LocalDate validTo, String basis, String note) {

	public boolean validOn(LocalDate d) {
		return validFrom != null && !validFrom.isAfter(d) && (validTo == null || validTo.isAfter(d));
	}

	/** The signed months (− earlier, + later) of this fact. */
	public int adjustMonths() {
		return category == null || months == null ? 0 : category.adjustMonths(months);
	}

	/**
	 * The adjustment of the statutory age in force on the date: that of the latest fact
	 * in force, 0 (normal working conditions) if none.
	 */
	public static int adjustMonthsOn(List<RetirementCategoryFact> facts, LocalDate on) {
		return facts == null ? 0
				: facts.stream()
					.filter(f -> f.validOn(on))
					.max(java.util.Comparator.comparing(RetirementCategoryFact::validFrom))
					.map(RetirementCategoryFact::adjustMonths)
					.orElse(0);
	}

}
