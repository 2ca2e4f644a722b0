package vn.canbo.evaluation;

import vn.canbo.shared.Messages;

/** Kỳ đánh giá: năm, quý, nhiệm kỳ, đột xuất (QĐ 366-QĐ/TW; NĐ 335/2025). */
@org.springframework.modulith.NamedInterface("api")
public enum PeriodKind {

	YEAR, QUARTER, TERM, AD_HOC;

	public String label() {
		return Messages.text("evaluation.period." + name());
	}

}
