package vn.canbo.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The tags a decision template may contain ({@code {{personName}}}…) and the decision
 * types of the default templates. Callers (the career module) fill a
 * {@code Map<String, Object>} with these keys; missing keys print empty. {@link #BASES}
 * and {@link #RECIPIENTS} are lists (of strings, or of maps with key {@code text})
 * repeated by the sections {@code {{?bases}}{{text}}{{/bases}}} and
 * {@code {{?recipients}}- {{text}};{{/recipients}}}.
 */
public final class DecisionPlaceholders {

	// decision types of the default templates (match the career module's decision kinds
	// by name)
	public static final String APPOINTMENT = "APPOINTMENT";

	public static final String TRANSFER = "TRANSFER";

	public static final String ROTATION = "ROTATION";

	public static final String SALARY_RAISE = "SALARY_RAISE";

	public static final String RETIREMENT = "RETIREMENT";

	public static final String BASES = "bases";

	public static final String RECIPIENTS = "recipients";

	/** Inside the list sections: one basis / one recipient. */
	public static final String TEXT = "text";

	/** Every known tag with its meaning (shown on the template admin page). */
	public static final Map<String, String> KNOWN;

	static {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("issuingBodyParent", "Cơ quan chủ quản (dòng trên, chữ in hoa), ví dụ UBND TỈNH BÌNH GIANG");
		m.put("issuingBody", "Cơ quan ban hành (in hoa, đậm), ví dụ SỞ NỘI VỤ");
		m.put("decisionNumber", "Số, ký hiệu quyết định, ví dụ 123/QĐ-UBND");
		m.put("place", "Địa danh, ví dụ Bình Giang");
		m.put("day", "Ngày ký (số)");
		m.put("month", "Tháng ký (số)");
		m.put("year", "Năm ký (số)");
		m.put("signerAuthority", "Thẩm quyền ban hành (in hoa), ví dụ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH GIANG");
		m.put(BASES, "Danh sách căn cứ (mỗi dòng một căn cứ)");
		m.put("proposer", "Xét đề nghị của …");
		m.put("personName", "Họ và tên cán bộ");
		m.put("personBirthDate", "Ngày sinh (dd/MM/yyyy)");
		m.put("currentTitle", "Chức vụ, chức danh hiện tại");
		m.put("currentUnit", "Đơn vị công tác hiện tại");
		m.put("newTitle", "Chức vụ, chức danh mới");
		m.put("newUnit", "Đơn vị mới");
		m.put("termYears", "Thời hạn (năm)");
		m.put("effectiveDate", "Ngày có hiệu lực (dd/MM/yyyy)");
		m.put("positionAllowance", "Hệ số phụ cấp chức vụ");
		m.put("rankName", "Tên ngạch");
		m.put("rankCode", "Mã ngạch");
		m.put("step", "Bậc lương hiện hưởng");
		m.put("coefficient", "Hệ số lương hiện hưởng");
		m.put("oldStep", "Bậc lương cũ");
		m.put("oldCoefficient", "Hệ số lương cũ");
		m.put("newStep", "Bậc lương mới");
		m.put("newCoefficient", "Hệ số lương mới");
		m.put("salaryFrom", "Ngày hưởng bậc mới (dd/MM/yyyy)");
		m.put("nextRaiseFrom", "Ngày tính nâng lương lần sau (dd/MM/yyyy)");
		m.put("retirementDate", "Ngày nghỉ hưu (dd/MM/yyyy)");
		m.put("socialInsuranceNo", "Số sổ BHXH");
		m.put("socialInsuranceAgency", "Cơ quan BHXH giải quyết chế độ");
		m.put("executors", "Các cơ quan, đơn vị thi hành (Điều 3)");
		m.put(RECIPIENTS, "Danh sách nơi nhận");
		m.put("archiveCode", "Ký hiệu lưu (Lưu: VT, …)");
		m.put("signerTitle", "Quyền hạn, chức vụ người ký, ví dụ KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
		m.put("signerName", "Họ và tên người ký");
		m.put(TEXT, "Trong danh sách căn cứ / nơi nhận: nội dung một dòng");
		KNOWN = java.util.Collections.unmodifiableMap(m);
	}

	private DecisionPlaceholders() {
	}

	public static Set<String> names() {
		return KNOWN.keySet();
	}

}
