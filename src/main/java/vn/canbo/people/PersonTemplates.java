package vn.canbo.people;

import static vn.canbo.imports.ImportColumn.bool;
import static vn.canbo.imports.ImportColumn.catalog;
import static vn.canbo.imports.ImportColumn.choice;
import static vn.canbo.imports.ImportColumn.date;
import static vn.canbo.imports.ImportColumn.decimal;
import static vn.canbo.imports.ImportColumn.integer;
import static vn.canbo.imports.ImportColumn.partialDate;
import static vn.canbo.imports.ImportColumn.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.catalog.CatalogType;
import vn.canbo.imports.ImportColumn;
import vn.canbo.imports.ImportTemplate;
import vn.canbo.imports.ImportTemplateProvider;
import vn.canbo.org.Units;

/**
 * The templates of the people module, declared as data through the
 * {@link ImportTemplateProvider} SPI: PERSONS (one row a person, Mẫu 2C fields in form
 * order), POSITIONS (chức vụ and the appointing decision), SALARIES, TRAININGS (đào tạo,
 * bồi dưỡng, văn bằng) and AWARDS (khen thưởng, kỷ luật). History rows name their person
 * by national ID, or by full name + birth date (a unique match in the user's scope).
 */
@Component
record PersonTemplates(PersonService people, PersonChecks checks, PersonLookup lookup, Units units,
		PlatformTransactionManager transactions) implements ImportTemplateProvider {

	static final String PERSONS = "PERSONS";
	static final String POSITIONS = "POSITIONS";
	static final String SALARIES = "SALARIES";
	static final String TRAININGS = "TRAININGS";
	static final String AWARDS = "AWARDS";

	/**
	 * Rows naming a person; their preview runs the action in a new transaction rolled
	 * back per row.
	 */
	private HistoryHandler history(ImportUnits units, HistoryHandler.HistoryWrite action) {
		TransactionTemplate dryRun = new TransactionTemplate(transactions);
		dryRun.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new HistoryHandler(action, lookup, units, dryRun);
	}

	private static Map<String, String> qualificationKinds() {
		Map<String, String> m = new LinkedHashMap<>();
		for (QualificationKind k : QualificationKind.values()) {
			m.put(k.label(), k.name());
		}
		return m;
	}

	private static List<ImportColumn> personKey() {
		return List.of(
				text("nationalId", "Số CCCD", 12, "Số CCCD của người có hồ sơ; nếu không có, ghi họ tên và ngày sinh"),
				text("fullName", "Họ và tên", 100, null), partialDate("birthDate", "Ngày sinh", null));
	}

	private static List<ImportColumn> with(List<ImportColumn> head, ImportColumn... rest) {
		List<ImportColumn> l = new ArrayList<>(head);
		l.addAll(List.of(rest));
		return l;
	}

	private static final String PERSON_KEY_HELP = "Mỗi dòng thuộc về một hồ sơ đã có: nhận diện bằng Số CCCD, hoặc Họ và tên + Ngày sinh "
			+ "(phải khớp duy nhất một hồ sơ trong phạm vi quản lý). Hãy nhập danh sách cán bộ trước.";

	@Override
	public List<ImportTemplate> templates() {
		ImportUnits units = new ImportUnits(this.units);
		return List.of(new ImportTemplate(PERSONS, "Danh sách cán bộ (sơ yếu lý lịch 2C)", "Cán bộ",
				PersonColumns.COLUMNS,
				List.of("Mỗi dòng là một cán bộ, các cột theo thứ tự mục của Mẫu 2C.",
						"Hồ sơ trùng (cùng Số CCCD, hoặc cùng họ tên + ngày sinh + quê quán) với hồ sơ đã có: chọn cập nhật hoặc bỏ qua khi xác nhận nhập. Khi cập nhật, chỉ các ô có giá trị được ghi đè; chức vụ, lương, trình độ của hồ sơ đã có không đổi (dùng các mẫu quá trình).",
						"Trình độ (chuyên môn, lý luận chính trị…) được ghi nhận từ ngày giữ chức vụ."),
				new PersonsHandler(people, checks, lookup, units), 10, true),
				new ImportTemplate(POSITIONS, "Quá trình chức vụ và quyết định", "Chức vụ",
						with(personKey(), text("unitCode", "Mã đơn vị", 40, "Mã đơn vị trong cây tổ chức").asRequired(),
								catalog("titleCode", "Chức vụ (mã danh mục)", CatalogType.TITLE, null),
								text("titleText", "Chức vụ (ghi cụ thể)", 300, null),
								bool("concurrent", "Kiêm nhiệm", "x nếu là chức vụ kiêm nhiệm"),
								bool("partyPost", "Chức vụ Đảng", "x nếu là chức vụ trong tổ chức Đảng"),
								date("validFrom", "Từ ngày", null).asRequired(),
								date("validTo", "Đến ngày",
										"Ngày đầu tiên không còn giữ chức vụ; để trống nếu đang giữ"),
								date("termStart", "Nhiệm kỳ từ", null), date("termEnd", "Nhiệm kỳ đến", null),
								text("decisionNumber", "Số quyết định", 100, null),
								date("decisionDate", "Ngày quyết định", null), text("note", "Ghi chú", 1000, null)),
						List.of(PERSON_KEY_HELP,
								"Mỗi dòng là một chức vụ. Một người chỉ có một chức vụ chính tại mỗi thời điểm: kết thúc chức vụ cũ (cột Đến ngày) trước khi thêm chức vụ mới."),
						history(units, (r, id, ctx) -> people.addPosition(id,
								new Position(null, units.unitId(r, ctx), null, r.code("titleCode"), r.text("titleText"),
										r.bool("concurrent"), r.bool("partyPost"), r.date("validFrom"),
										r.date("validTo"), r.date("termStart"), r.date("termEnd"),
										r.text("decisionNumber"), r.date("decisionDate"), null, r.text("note")),
								ctx.scope())),
						20, false),
				new ImportTemplate(SALARIES, "Diễn biến lương", "Lương",
						with(personKey(),
								catalog("rankCode", "Ngạch, chức danh nghề nghiệp", CatalogType.RANK, null)
									.asRequired(),
								integer("step", "Bậc", null),
								decimal("coefficient", "Hệ số", "Để trống: theo bảng lương"),
								decimal("percent", "Phần trăm hưởng", "Để trống = 100"),
								decimal("seniorityAllowancePct", "Phụ cấp thâm niên vượt khung (%)", null),
								decimal("positionAllowance", "Phụ cấp chức vụ (hệ số)", null),
								text("otherAllowances", "Phụ cấp khác", 300, null),
								decimal("jobPositionSalary", "Lương theo vị trí việc làm", null),
								date("validFrom", "Ngày hưởng", null).asRequired(),
								text("decisionNumber", "Số quyết định", 100, null),
								date("decisionDate", "Ngày quyết định", null)),
						List.of(PERSON_KEY_HELP,
								"Ghi các dòng của một người theo thứ tự thời gian; dòng mới khép lại bậc lương trước đó."),
						history(units,
								(r, id, ctx) -> people.addSalary(id, new Salary(null, r.code("rankCode"),
										r.integer("step"), r.decimal("coefficient"), r.decimal("percent"),
										r.decimal("seniorityAllowancePct"), r.decimal("positionAllowance"),
										r.text("otherAllowances"), r.decimal("jobPositionSalary"), r.date("validFrom"),
										null, r.text("decisionNumber"), r.date("decisionDate")), ctx.scope())),
						30, false),
				new ImportTemplate(TRAININGS, "Đào tạo, bồi dưỡng và văn bằng", "Đào tạo",
						with(personKey(), choice("kind", "Loại", qualificationKinds(), null).asRequired(),
								text("school", "Tên trường, cơ sở đào tạo", 300, null).asRequired(),
								text("major", "Chuyên ngành", 300, null), partialDate("from", "Từ (tháng/năm)", null),
								partialDate("to", "Đến (tháng/năm)", null),
								catalog("formCode", "Hình thức đào tạo", CatalogType.TRAINING_FORM, null),
								text("certificate", "Văn bằng, chứng chỉ", 300, null),
								text("levelCode", "Mã trình độ", 40,
										"Mã trong danh mục trình độ tương ứng với Loại (xem trang Danh mục)"),
								catalog("languageCode", "Ngoại ngữ", CatalogType.FOREIGN_LANGUAGE,
										"Chỉ với loại Trình độ ngoại ngữ"),
								date("obtainedOn", "Ngày cấp bằng",
										"Có ngày cấp và mã trình độ: ghi nhận thêm vào trình độ của hồ sơ")),
						List.of(PERSON_KEY_HELP, "Mỗi dòng là một khóa đào tạo, bồi dưỡng (mục 27 Mẫu 2C)."),
						history(units, (r, id, ctx) -> {
							QualificationKind kind = QualificationKind.valueOf(r.code("kind"));
							people.addTraining(id,
									new Training(null, kind, r.text("school"), r.text("major"), r.partialDate("from"),
											r.partialDate("to"), r.code("formCode"), r.text("certificate"),
											r.text("levelCode")),
									ctx.scope());
							if (r.text("levelCode") != null && r.date("obtainedOn") != null) {
								people.addQualification(id,
										new Qualification(null, kind, r.text("levelCode"), r.code("languageCode"),
												r.text("major"), r.text("school"), r.date("obtainedOn"), null),
										ctx.scope());
							}
							return null;
						}), 40, false),
				new ImportTemplate(AWARDS, "Khen thưởng, kỷ luật", "Khen thưởng, kỷ luật", with(
						personKey(), choice("type", "Loại",
								Map.of("Khen thưởng", "AWARD", "Kỷ luật Đảng", "PARTY", "Kỷ luật chính quyền",
										"ADMINISTRATIVE", "Kỷ luật đoàn thể", "MASS_ORG"),
								null)
							.asRequired(),
						integer("year", "Năm", "Năm khen thưởng"),
						catalog("awardForm", "Hình thức khen thưởng", CatalogType.AWARD_FORM, null),
						catalog("disciplineForm", "Hình thức kỷ luật", CatalogType.DISCIPLINE_FORM, null),
						text("decisionNumber", "Số quyết định", 100, null),
						date("decisionDate", "Ngày quyết định", null), text("issuer", "Cấp quyết định", 300, null),
						text("reason", "Lý do, thành tích hoặc hành vi vi phạm", 2000, null),
						date("validFrom", "Kỷ luật từ ngày", null), date("validTo", "Kỷ luật đến ngày", null)),
						List.of(PERSON_KEY_HELP, "Mỗi dòng là một lần khen thưởng hoặc kỷ luật (mục 21, 22 Mẫu 2C)."),
						history(units, (r, id, ctx) -> "AWARD".equals(r.code("type")) ? people.addAward(id,
								new Award(null, r.integer("year"), r.code("awardForm"), r.text("decisionNumber"),
										r.date("decisionDate"), r.text("issuer"), r.text("reason")),
								ctx.scope())
								: people.addDiscipline(id,
										new Discipline(null, DisciplineKind.valueOf(r.code("type")),
												r.code("disciplineForm"), r.date("decisionDate"), r.date("validFrom"),
												r.date("validTo"), r.text("issuer"), r.text("reason"),
												r.text("decisionNumber")),
										ctx.scope())),
						50, false));
	}

}
