package vn.canbo.career;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;

/**
 * The wording of a decision document's articles for each {@link DecisionType}: the
 * abstract ("Về việc …"), the substance of Điều 1 and the sentences that follow it (term,
 * allowance, salary kept, time of a rotation). Only what the decision records is written:
 * a clause without its value is left out, never printed empty.
 */
final class DecisionArticles {

	/**
	 * What the wording needs: the person ({@code who}: "bà Trần Thị Hằng", {@code intro}:
	 * who with birth date and current post), the post concerned or taken, the dates and
	 * the salary figures, and for a revocation or an amendment the decision concerned.
	 */
	record Facts(DecisionType type, String who, String intro, String newTitle, String newUnit, String oldPost,
			String effective, String until, Integer probationMonths, BigDecimal allowance, boolean term,
			String rankName, String rankCode, Integer oldStep, BigDecimal oldCoefficient, String newRankName,
			String newRankCode, Integer newStep, BigDecimal newCoefficient, String socialInsuranceNo, String target,
			DecisionType targetType) {
	}

	private DecisionArticles() {
	}

	/** Trích yếu: "Về việc bổ nhiệm cán bộ". */
	static String abstractLine(Facts f) {
		return switch (f.type()) {
			case SALARY_STEP_REGULAR, SALARY_STEP_EARLY, RANK_CHANGE, EXTENSION_TO_RETIREMENT ->
				"Về việc " + f.type().label();
			case RETIREMENT -> "Về việc nghỉ hưu để hưởng chế độ bảo hiểm xã hội";
			case RESIGNATION -> "Về việc cho thôi việc";
			case STAFF_REDUCTION -> "Về việc tinh giản biên chế";
			case DEATH -> "Về việc xóa tên cán bộ từ trần khỏi danh sách";
			case REVOCATION -> "Về việc thu hồi, hủy bỏ " + f.target();
			case AMENDMENT -> "Về việc sửa đổi " + f.target();
			default -> "Về việc " + f.type().label() + " cán bộ";
		};
	}

	/** Điều 1, its first sentence. */
	static String article1(Facts f) {
		return switch (f.type()) {
			case REVOCATION -> "Thu hồi, hủy bỏ " + f.target() + " đối với " + f.who() + ".";
			case AMENDMENT -> "Sửa đổi " + f.target() + " đối với " + f.who() + " như sau: "
					+ lower(substance(f, f.targetType() == null ? DecisionType.TRANSFER : f.targetType()));
			default -> substance(f, f.type());
		};
	}

	private static String substance(Facts f, DecisionType t) {
		// the person with the apposition (birth date, post) closed by a comma
		String p = f.intro() + (f.intro().equals(f.who()) ? "" : ",");
		String old = f.oldPost();
		return switch (t) {
			case RECRUITMENT ->
				"Tuyển dụng " + p + " vào làm việc" + at(f) + probation(f) + ", kể từ ngày " + f.effective() + ".";
			case INTAKE -> "Tiếp nhận " + p + " về công tác" + at(f) + ", kể từ ngày " + f.effective() + ".";
			case TRANSFER -> "Điều động " + p + " đến nhận công tác" + at(f) + ", kể từ ngày " + f.effective() + ".";
			case ASSIGNMENT -> "Phân công " + p + " đến công tác" + at(f) + ", kể từ ngày " + f.effective() + ".";
			case REASSIGNMENT -> "Thuyên chuyển " + p + " đến công tác" + at(f) + ", kể từ ngày " + f.effective() + ".";
			case ROTATION -> "Luân chuyển " + p + " đến" + holding(f) + ", kể từ ngày " + f.effective() + ".";
			case SECONDMENT -> "Biệt phái " + p + " đến công tác" + at(f) + ", kể từ ngày " + f.effective() + ".";
			case APPOINTMENT -> "Bổ nhiệm " + p + holding(f) + ".";
			case REAPPOINTMENT -> "Bổ nhiệm lại " + p + (old.isEmpty() ? holding(f) : " giữ chức vụ " + old) + ".";
			case EXTENSION_TO_RETIREMENT -> "Kéo dài thời gian giữ chức vụ" + (old.isEmpty() ? "" : " " + old)
					+ " đối với " + p + " đến khi đủ tuổi nghỉ hưu theo quy định.";
			case PROMOTION -> "Đề bạt " + p + holding(f) + ".";
			case NOMINATION ->
				"Giới thiệu " + p + " ứng cử" + (f.newTitle().isEmpty() ? "" : " chức danh " + post(f)) + ".";
			case ELECTION -> "Công nhận " + p + " được bầu" + holding(f) + ".";
			case DESIGNATION -> "Chỉ định " + p + holding(f) + ".";
			case ENDORSEMENT -> "Chuẩn y " + p + holding(f) + ".";
			case RATIFICATION -> "Phê chuẩn kết quả bầu " + p + holding(f) + ".";
			case CONCURRENT_ASSIGNMENT -> "Giao " + p + " kiêm nhiệm"
					+ (f.newTitle().isEmpty() ? "" : " chức vụ " + post(f)) + ", kể từ ngày " + f.effective() + ".";
			case CONCURRENT_END -> "Cho " + p + " thôi kiêm nhiệm" + (old.isEmpty() ? "" : " chức vụ " + old)
					+ ", kể từ ngày " + f.effective() + ".";
			case DISMISSAL -> "Miễn nhiệm" + (old.isEmpty() ? "" : " chức vụ " + old) + " đối với " + p + " kể từ ngày "
					+ f.effective() + ".";
			case RELIEF -> "Cho " + p + " thôi giữ chức vụ" + (old.isEmpty() ? "" : " " + old) + ", kể từ ngày "
					+ f.effective() + ".";
			case REMOVAL ->
				"Cách chức" + (old.isEmpty() ? "" : " " + old) + " đối với " + p + " kể từ ngày " + f.effective() + ".";
			case SALARY_STEP_REGULAR,
					SALARY_STEP_EARLY ->
				capital(t.label()) + " đối với " + f.intro() + ": " + rank(f) + "từ bậc " + f.oldStep() + ", hệ số "
						+ coefficient(f.oldCoefficient()) + " lên bậc " + f.newStep() + ", hệ số "
						+ coefficient(f.newCoefficient()) + ", kể từ ngày " + f.effective() + ".";
			case RANK_CHANGE -> "Chuyển " + p + " từ " + rank(f).replaceFirst(",\\s*$", "") + " sang ngạch "
					+ f.newRankName() + " (mã ngạch " + f.newRankCode() + "), bậc " + f.newStep() + ", hệ số "
					+ coefficient(f.newCoefficient()) + ", kể từ ngày " + f.effective() + ".";
			case RETIREMENT ->
				"Cho " + p + " được nghỉ công tác để hưởng chế độ hưu trí kể từ ngày " + f.effective() + ".";
			case RESIGNATION -> "Cho " + p + " thôi việc kể từ ngày " + f.effective() + ".";
			case STAFF_REDUCTION -> "Giải quyết tinh giản biên chế đối với " + p + " kể từ ngày " + f.effective() + ".";
			case DEATH ->
				"Xóa tên " + p + " khỏi danh sách cán bộ, công chức của cơ quan, đơn vị do từ trần, kể từ ngày "
						+ f.effective() + ".";
			case REVOCATION, AMENDMENT -> "";
		};
	}

	/** The sentences after the first of Điều 1 (each a paragraph). */
	static List<String> details(Facts f) {
		DecisionType t = f.type() == DecisionType.AMENDMENT && f.targetType() != null ? f.targetType() : f.type();
		List<String> out = new ArrayList<>();
		String who = capital(f.who());
		if (f.term() && t.startsTerm()) {
			out.add("Thời hạn giữ chức vụ là 05 năm, kể từ ngày " + f.effective() + ".");
		}
		if ((t == DecisionType.ROTATION || t == DecisionType.SECONDMENT) && !f.until().isEmpty()) {
			out.add("Thời gian " + t.label() + " từ ngày " + f.effective() + " đến ngày " + f.until() + ".");
		}
		if (f.allowance() != null && f.allowance().signum() > 0 && t.effect() == DecisionType.Effect.OPEN) {
			out.add(who + " được hưởng phụ cấp chức vụ hệ số " + coefficient(f.allowance())
					+ " theo quy định hiện hành.");
		}
		if ((t == DecisionType.TRANSFER || t == DecisionType.ASSIGNMENT || t == DecisionType.REASSIGNMENT)
				&& f.rankCode() != null && f.oldStep() != null && f.oldCoefficient() != null) {
			out.add(who + " được giữ nguyên " + rank(f) + "bậc " + f.oldStep() + ", hệ số lương "
					+ coefficient(f.oldCoefficient()) + " và các chế độ hiện hưởng.");
		}
		if (t == DecisionType.ROTATION || t == DecisionType.SECONDMENT) {
			out.add("Trong thời gian " + t.label() + ", " + f.who()
					+ " được hưởng các chế độ, chính sách theo quy định hiện hành.");
		}
		if (t == DecisionType.SALARY_STEP_REGULAR || t == DecisionType.SALARY_STEP_EARLY) {
			out.add("Thời gian xét nâng bậc lương lần sau được tính kể từ ngày " + f.effective() + ".");
		}
		if (t == DecisionType.RETIREMENT) {
			out.add(who
					+ (f.socialInsuranceNo() == null || f.socialInsuranceNo().isBlank() ? ""
							: " (số sổ bảo hiểm xã hội " + f.socialInsuranceNo() + ")")
					+ " được hưởng chế độ bảo hiểm xã hội theo quy định của pháp luật.");
		}
		return out;
	}

	/** A coefficient with two decimals and a decimal comma: 0,50; 3,33. */
	static String coefficient(BigDecimal c) {
		if (c == null) {
			return "";
		}
		DecimalFormatSymbols vi = new DecimalFormatSymbols();
		vi.setGroupingSeparator('.');
		vi.setDecimalSeparator(',');
		return new DecimalFormat("#,##0.00", vi).format(c.setScale(2, RoundingMode.HALF_UP));
	}

	private static String rank(Facts f) {
		if (f.rankCode() == null) {
			return "";
		}
		return "ngạch " + (f.rankName() == null || f.rankName().isBlank() ? "" : f.rankName() + " ") + "(mã ngạch "
				+ f.rankCode() + "), ";
	}

	/** "Chủ tịch UBND, UBND xã An". */
	private static String post(Facts f) {
		return f.newTitle() + (f.newUnit().isEmpty() ? "" : ", " + f.newUnit());
	}

	/** " tại UBND xã An, giữ chức vụ Chuyên viên". */
	private static String at(Facts f) {
		return (f.newUnit().isEmpty() ? "" : " tại " + f.newUnit())
				+ (f.newTitle().isEmpty() ? "" : ", giữ chức vụ " + f.newTitle());
	}

	/** " giữ chức vụ Chủ tịch UBND, UBND xã An". */
	private static String holding(Facts f) {
		if (f.newTitle().isEmpty()) {
			return f.newUnit().isEmpty() ? "" : " công tác tại " + f.newUnit();
		}
		return " giữ chức vụ " + post(f);
	}

	private static String probation(Facts f) {
		return f.probationMonths() == null || f.probationMonths() <= 0 ? ""
				: ", thời gian tập sự " + f.probationMonths() + " tháng";
	}

	static String capital(String s) {
		return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private static String lower(String s) {
		return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
	}

}
