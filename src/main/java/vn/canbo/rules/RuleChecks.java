package vn.canbo.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.canbo.catalog.Rank;
import vn.canbo.people.Discipline;
import vn.canbo.shared.web.Formats;

/**
 * The rule checks of career decisions, with the parameters in force on the decision's
 * date. Each answer names the rule, its mode and legal basis; messages are Vietnamese.
 */
@Service
public class RuleChecks {

	private final RuleParameters params;

	RuleChecks(RuleParameters params) {
		this.params = params;
	}

	public RuleParameters parameters() {
		return params;
	}

	private RuleResult result(String key, LocalDate on, boolean passed, String message, Long personId) {
		RuleParameter p = params.get(key, on);
		String text = "[" + p.ruleId() + "] " + message + " — Căn cứ: " + p.legalBasis();
		return new RuleResult(p.ruleId(), key, p.mode(), passed, text, p.legalBasis(), personId);
	}

	static String d(LocalDate x) {
		return x == null ? "" : Formats.date(x);
	}

	public Retirement retirement(SubjectFacts f, LocalDate on) {
		return Retirement.of(f.gender(), f.birth(), params.intValue("retire.notice_months", on),
				params.intValue("retire.decision_months", on));
	}

	/**
	 * APP-04: at least N months of working time left at the reference date (first /
	 * higher appointment, first candidacy).
	 */
	public RuleResult ageGate(SubjectFacts f, LocalDate reference) {
		String key = "appoint.min_remaining_months_first_or_higher";
		int min = params.intValue(key, reference);
		long left = Retirement.remainingMonths(f.gender(), f.birth(), reference);
		Retirement r = retirement(f, reference);
		boolean ok = left >= min;
		return result(key, reference, ok,
				(ok ? "Đủ tuổi" : "Không đủ tuổi") + " bổ nhiệm lần đầu, bổ nhiệm chức vụ cao hơn hoặc"
						+ " giới thiệu ứng cử lần đầu: " + f.fullName() + " còn " + left
						+ " tháng công tác tại thời điểm " + d(reference) + " (tối thiểu " + min
						+ " tháng; tuổi nghỉ hưu " + Retirement.formatAge(r.ageMonths()) + ", nghỉ hưu từ "
						+ d(r.retirementDate()) + ")",
				f.personId());
	}

	/**
	 * APP-09: no appointment to a higher post until 24/36/60 months after khiển trách /
	 * cảnh cáo / cách chức.
	 */
	public List<RuleResult> disciplineWait(SubjectFacts f, LocalDate effective) {
		List<RuleResult> out = new ArrayList<>();
		for (Discipline x : f.disciplines()) {
			String suffix = switch (x.formCode() == null ? "" : x.formCode()) {
				case "KHIEN_TRACH" -> "khien_trach";
				case "CANH_CAO" -> "canh_cao";
				case "CACH_CHUC" -> "cach_chuc";
				default -> null;
			};
			if (suffix == null || x.decidedOn() == null || x.decidedOn().isAfter(effective)) {
				continue;
			}
			String key = "appoint.after_discipline_months." + suffix;
			int months = params.intValue(key, effective);
			LocalDate until = x.decidedOn().plusMonths(months);
			if (effective.isBefore(until)) {
				out.add(result(key, effective, false,
						f.fullName() + " bị kỷ luật " + label(x.formCode()) + " ngày " + d(x.decidedOn())
								+ ": chưa được bổ nhiệm chức vụ cao hơn trước ngày " + d(until) + " (" + months
								+ " tháng)",
						f.personId()));
			}
		}
		if (out.isEmpty()) {
			out.add(result("appoint.after_discipline_months.khien_trach", effective, true,
					f.fullName() + ": không có kỷ luật trong thời gian chờ bổ nhiệm chức vụ cao hơn", f.personId()));
		}
		return out;
	}

	static String label(String form) {
		return switch (form) {
			case "KHIEN_TRACH" -> "khiển trách";
			case "CANH_CAO" -> "cảnh cáo";
			case "CACH_CHUC" -> "cách chức";
			case "GIANG_CHUC" -> "giáng chức";
			default -> form;
		};
	}

	/** ROT-01: the rotation lasts at least 36 months. */
	public RuleResult rotationDuration(SubjectFacts f, LocalDate from, LocalDate to) {
		String key = "rotation.min_months";
		int min = params.intValue(key, from);
		boolean ok = to != null && !to.isBefore(from.plusMonths(min));
		return result(key, from, ok,
				ok ? "Thời gian luân chuyển từ " + d(from) + " đến " + d(to) + " đạt tối thiểu " + min + " tháng"
						: "Thời gian luân chuyển "
								+ (to == null ? "chưa có ngày kết thúc" : "từ " + d(from) + " đến " + d(to)) + " dưới "
								+ min + " tháng",
				f.personId());
	}

	/** ROT-03: at least 10 years of working time left at the rotation date. */
	public RuleResult rotationRemaining(SubjectFacts f, LocalDate from) {
		String key = "rotation.min_remaining_years";
		int years = params.intValue(key, from);
		long left = Retirement.remainingMonths(f.gender(), f.birth(), from);
		boolean ok = left >= years * 12L;
		return result(key, from, ok, f.fullName() + " còn " + left + " tháng công tác tại ngày luân chuyển " + d(from)
				+ (ok ? " (đạt" : " (dưới") + " tối thiểu " + years + " năm)", f.personId());
	}

	/**
	 * APP-08 for a reappointment: below the threshold at the term's end, extend to
	 * retirement instead.
	 */
	public RuleResult reappointment(SubjectFacts f, LocalDate effective, LocalDate termEnd) {
		String key = "reappoint.extend_to_retirement_if_remaining_lt";
		int months = params.intValue(key, effective);
		Retirement r = retirement(f, effective);
		boolean extend = Terms.extendToRetirement(termEnd, r.retirementDate(), months)
				|| r.retirementDate().isBefore(termEnd);
		return result(key, effective, !extend,
				extend ? f.fullName() + " nghỉ hưu từ " + d(r.retirementDate()) + ", còn dưới " + months
						+ " tháng khi hết thời hạn bổ nhiệm (" + d(termEnd)
						+ "): xem xét kéo dài thời gian giữ chức vụ đến tuổi nghỉ hưu thay vì bổ nhiệm lại"
						: f.fullName() + " đủ thời gian công tác cho thời hạn bổ nhiệm lại đến " + d(termEnd),
				f.personId());
	}

	/**
	 * APP-08 for an extension to retirement: only when less than the threshold remains at
	 * the term's end.
	 */
	public RuleResult extension(SubjectFacts f, LocalDate effective, LocalDate termEnd) {
		String key = "reappoint.extend_to_retirement_if_remaining_lt";
		int months = params.intValue(key, effective);
		Retirement r = retirement(f, effective);
		boolean ok = Terms.extendToRetirement(termEnd, r.retirementDate(), months);
		return result(key, effective, ok,
				ok ? f.fullName() + " còn dưới " + months + " tháng công tác khi hết thời hạn (" + d(termEnd)
						+ "): kéo dài đến ngày nghỉ hưu " + d(r.retirementDate())
						: f.fullName() + " còn từ " + months + " tháng công tác trở lên khi hết thời hạn (" + d(termEnd)
								+ ", nghỉ hưu từ " + d(r.retirementDate()) + "): phải bổ nhiệm lại, không kéo dài",
				f.personId());
	}

	/**
	 * RET-00: a retirement takes effect on the statutory retirement date (1st day of the
	 * month after the age).
	 */
	public RuleResult retirementDate(SubjectFacts f, LocalDate effective) {
		Retirement r = retirement(f, effective);
		boolean ok = effective.equals(r.retirementDate());
		return result("retire.roadmap", effective, ok,
				f.fullName() + ": tuổi nghỉ hưu " + Retirement.formatAge(r.ageMonths()) + " (đủ tuổi trong tháng "
						+ String.format("%02d/%d", r.reachedIn().getMonthValue(), r.reachedIn().getYear())
						+ "), ngày nghỉ hưu " + d(r.retirementDate())
						+ (ok ? "" : "; quyết định ghi ngày hiệu lực " + d(effective)),
				f.personId());
	}

	/**
	 * RET-01/RET-02: the retirement decision is signed at least 3 months (notice: 6
	 * months) before the date.
	 */
	public List<RuleResult> retirementTiming(SubjectFacts f, LocalDate effective, LocalDate signedOn) {
		Retirement r = retirement(f, effective);
		List<RuleResult> out = new ArrayList<>();
		if (signedOn != null) {
			boolean ok = !signedOn.isAfter(r.decisionBy());
			out.add(result("retire.decision_months", effective, ok,
					"Quyết định nghỉ hưu của " + f.fullName() + " phải ban hành chậm nhất ngày " + d(r.decisionBy())
							+ (ok ? "" : "; ngày ký " + d(signedOn) + " là muộn"),
					f.personId()));
		}
		return out;
	}

	/**
	 * SAL-01/02: a regular raise to the next step not before the due date (interval of
	 * the rank + delays).
	 * @param delays the delays of the period (see {@link SalaryRaises#delays})
	 */
	public RuleResult regularRaise(SubjectFacts f, Rank rank, int currentStep, LocalDate stepFrom, int newStep,
			LocalDate effective, List<SalaryRaises.Delay> delays) {
		int interval = interval(rank, effective);
		LocalDate due = SalaryRaises.regularDue(stepFrom, interval, delays);
		String key = "salary.step_months_" + (interval >= 36 ? "high" : "low");
		if (rank.isLastStep(currentStep)) {
			return result(key, effective, false, f.fullName() + " đang ở bậc cuối của ngạch " + rank.name()
					+ ": không nâng bậc, xét phụ cấp thâm niên vượt khung", f.personId());
		}
		if (newStep != currentStep + 1) {
			return result(key, effective, false,
					"Nâng bậc thường xuyên chỉ lên bậc " + (currentStep + 1) + " (đang bậc " + currentStep + ")",
					f.personId());
		}
		boolean ok = !effective.isBefore(due);
		return result(key, effective, ok,
				f.fullName() + ": bậc " + currentStep + " từ " + d(stepFrom) + ", chu kỳ " + interval + " tháng"
						+ (delays.isEmpty() ? "" : ", kéo dài " + SalaryRaises.total(delays) + " tháng")
						+ " → đủ điều kiện nâng bậc từ " + d(due)
						+ (ok ? "" : "; ngày hưởng " + d(effective) + " là trước hạn"),
				f.personId());
	}

	/**
	 * SAL-03: an early raise at most 12 months before the regular due date, assessed as
	 * of 31/12.
	 */
	public RuleResult earlyRaise(SubjectFacts f, Rank rank, int currentStep, LocalDate stepFrom, LocalDate effective,
			List<SalaryRaises.Delay> delays) {
		String key = "salary.early_raise_max_months";
		int max = params.intValue(key, effective);
		if (rank.isLastStep(currentStep)) {
			return result(key, effective, false, f.fullName() + " đang ở bậc cuối: không nâng bậc trước thời hạn",
					f.personId());
		}
		LocalDate due = SalaryRaises.regularDue(stepFrom, interval(rank, effective), delays);
		boolean ok = SalaryRaises.earlyAllowed(due, effective, max);
		return result(key, effective, ok,
				f.fullName() + ": hạn nâng bậc thường xuyên " + d(due) + "; nâng trước thời hạn tối đa " + max
						+ " tháng (sớm nhất " + d(SalaryRaises.earliestEarly(due, max)) + ")"
						+ (ok ? "" : "; ngày hưởng " + d(effective) + " không hợp lệ"),
				f.personId());
	}

	/**
	 * SAL-03 quota: early raises in a year at most {@code salary.early_raise_quota_pct}
	 * of the unit's staff (rounded down; TT 08/2013 Art. 3, the current rate is
	 * unconfirmed — a parameter, WARN by default).
	 */
	public RuleResult earlyRaiseQuota(String unitName, long raisesThisYear, long headcount, LocalDate on) {
		String key = "salary.early_raise_quota_pct";
		int pct = params.intValue(key, on);
		long allowed = headcount * pct / 100;
		boolean ok = raisesThisYear <= allowed;
		return result(key, on, ok,
				unitName + ": " + raisesThisYear + " lượt nâng bậc lương trước thời hạn năm " + on.getYear()
						+ " (kể cả quyết định này) trên " + headcount + " người; tối đa " + pct + "% = " + allowed,
				null);
	}

	/**
	 * The regular interval of a rank: its catalog raiseMonths, else the "high" parameter.
	 */
	public int interval(Rank rank, LocalDate on) {
		return rank.raiseMonths() > 0 ? rank.raiseMonths() : params.intValue("salary.step_months_high", on);
	}

	public SalaryRaises.DelayMonths delayMonths(LocalDate on) {
		return new SalaryRaises.DelayMonths(params.intValue("salary.delay_months.heavy", on),
				params.intValue("salary.delay_months.medium", on), params.intValue("salary.delay_months.light", on));
	}

	/**
	 * Seniority allowance (%) on the date for someone on the last step since the date
	 * given.
	 */
	public int seniorityPct(Rank rank, LocalDate lastStepFrom, LocalDate on, int delayMonths) {
		return SalaryRaises.seniorityPct(lastStepFrom, on, interval(rank, on), delayMonths,
				params.intValue("salary.seniority_first_pct", on), params.intValue("salary.seniority_yearly_pct", on));
	}

	public Optional<RuleParameter> parameter(String key, LocalDate on) {
		return params.find(key, on);
	}

}
