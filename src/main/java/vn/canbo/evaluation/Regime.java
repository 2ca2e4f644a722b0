package vn.canbo.evaluation;

import vn.canbo.shared.Messages;

/**
 * The regulation a subject is evaluated under, chosen by person category and date (rule
 * parameters {@code eval.regime.*}): NĐ 335/2025 (công chức from 1/1/2026; score = common
 * criteria 0–30 + task results 0–70), NĐ 90/2020 as amended by NĐ 48/2023 (cán bộ, viên
 * chức; công chức before 2026), QĐ 366-QĐ/TW (party members and collectives).
 */
@org.springframework.modulith.NamedInterface("api")
public enum Regime {

	ND_335_2025, ND_90_2020, QD_366_2025;

	/** True when the score is made of common criteria (0–30) and task results (0–70). */
	public boolean splitScore() {
		return this == ND_335_2025;
	}

	public String label() {
		return Messages.text("evaluation.regime." + name());
	}

}
