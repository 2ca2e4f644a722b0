package vn.canbo.people;

import java.util.List;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * Retirement categories (BLLĐ 2019 Art. 169.3–4): retirement at a lower age (NĐ 135/2020
 * Art. 5, Phụ lục II) or at a higher age (Art. 6). The most months a category may move
 * the statutory age is the rule parameter {@link #maxMonthsKey()} (5 years when seeded);
 * the months of a person are recorded per fact, within it.
 */
@org.springframework.modulith.NamedInterface("api")
public enum RetirementCategory {

	/** Heavy, hazardous or dangerous work, ≥ 15 years (Art. 5.1.a). */
	HEAVY_HAZARDOUS(false, "Nghị định 135/2020/NĐ-CP Điều 5 khoản 1 điểm a, Phụ lục II"),
	/** Especially difficult socio-economic areas, ≥ 15 years (Art. 5.1.b). */
	DIFFICULT_AREA(false, "Nghị định 135/2020/NĐ-CP Điều 5 khoản 1 điểm b, Phụ lục II"),
	/** Working capacity reduced by 61 % or more (Art. 5.1.c). */
	REDUCED_CAPACITY(false, "Nghị định 135/2020/NĐ-CP Điều 5 khoản 1 điểm c; Luật BHXH 2014 Điều 55"),
	/** Highly qualified experts (Art. 6). */
	HIGH_EXPERT(true, "Nghị định 135/2020/NĐ-CP Điều 6"),
	/** Women in the leadership posts listed by NĐ 53/2015 as amended by NĐ 83/2022. */
	WOMAN_LEADER(true,
			"Nghị định 135/2020/NĐ-CP Điều 6; Nghị định 53/2015/NĐ-CP (sửa đổi bởi Nghị định 83/2022/NĐ-CP)"),
	/** Public employees of NĐ 50/2022 (doctors of science, professors…). */
	PUBLIC_EMPLOYEE_ND50(true, "Nghị định 135/2020/NĐ-CP Điều 6; Nghị định 50/2022/NĐ-CP");

	private final boolean later;

	private final String legalBasis;

	RetirementCategory(boolean later, String legalBasis) {
		this.later = later;
		this.legalBasis = legalBasis;
	}

	/** Later retirement (Art. 6); false = earlier (Art. 5). */
	public boolean later() {
		return this.later;
	}

	public String legalBasis() {
		return this.legalBasis;
	}

	/** The rule parameter holding the most months this category may move the age. */
	public String maxMonthsKey() {
		return this.later ? "retire.later_max_months" : "retire.earlier_max_months";
	}

	public String label() {
		return Messages.text("people.enum.RetirementCategory." + name());
	}

	/**
	 * The signed adjustment of the statutory age for {@code months} of this category: −
	 * earlier, + later.
	 */
	public int adjustMonths(int months) {
		return this.later ? months : -months;
	}

	/**
	 * Refuses months outside 1..max (the parameter {@link #maxMonthsKey()} in force).
	 */
	public void check(int months, int maxMonths) {
		if (months < 1 || months > maxMonths) {
			throw new ValidationException(List.of(new FieldError("months",
					Messages.text("people.history.retirementMonths", String.valueOf(maxMonths)), months)));
		}
	}

}
