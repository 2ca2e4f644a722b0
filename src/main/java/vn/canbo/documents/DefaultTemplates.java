package vn.canbo.documents;

import java.util.List;

/**
 * The templates shipped under {@code classpath:documents/templates/} and seeded into
 * {@code document_template}.
 */
final class DefaultTemplates {

	record Default(String code, String name, List<String> decisionTypes) {

		String resource() {
			return "/documents/templates/" + code + ".docx";
		}
	}

	static final List<Default> ALL = List.of(
			new Default("QD_BO_NHIEM", "Quyết định bổ nhiệm", List.of(DecisionPlaceholders.APPOINTMENT)),
			new Default("QD_DIEU_DONG", "Quyết định điều động", List.of(DecisionPlaceholders.TRANSFER)),
			new Default("QD_LUAN_CHUYEN", "Quyết định luân chuyển", List.of(DecisionPlaceholders.ROTATION)),
			new Default("QD_NANG_LUONG", "Quyết định nâng bậc lương", List.of(DecisionPlaceholders.SALARY_RAISE)),
			new Default("QD_NGHI_HUU", "Quyết định nghỉ hưu", List.of(DecisionPlaceholders.RETIREMENT)),
			new Default("QD_CHUNG", "Quyết định về cán bộ (các loại khác)", List.of(DecisionPlaceholders.GENERAL)),
			// issue 15: the evaluation documents, filled by the evaluation module
			new Default("PHIEU_DANH_GIA", "Phiếu đánh giá và xếp loại chất lượng",
					List.of(DecisionPlaceholders.EVALUATION_FORM)),
			new Default("BIEN_BAN_DANH_GIA", "Biên bản tổng hợp kết quả đánh giá, xếp loại chất lượng",
					List.of(DecisionPlaceholders.EVALUATION_MINUTES)),
			// issue 17: the planning list, filled by the planning module
			new Default("DS_QUY_HOACH", "Danh sách quy hoạch cán bộ", List.of(DecisionPlaceholders.PLANNING_LIST)),
			// issue 18: the Phiếu đảng viên, filled by the party module
			new Default("PHIEU_DANG_VIEN", "Phiếu đảng viên", List.of(DecisionPlaceholders.PARTY_MEMBER_FORM)));

	private DefaultTemplates() {
	}

}
