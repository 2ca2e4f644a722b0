package vn.canbo.imports;

import static vn.canbo.imports.ImportColumn.bool;
import static vn.canbo.imports.ImportColumn.catalog;
import static vn.canbo.imports.ImportColumn.choice;
import static vn.canbo.imports.ImportColumn.date;
import static vn.canbo.imports.ImportColumn.decimal;
import static vn.canbo.imports.ImportColumn.integer;
import static vn.canbo.imports.ImportColumn.partialDate;
import static vn.canbo.imports.ImportColumn.text;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.catalog.CatalogType;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.Award;
import vn.canbo.people.Discipline;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonChecks;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonLookup;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Place;
import vn.canbo.people.Position;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.Salary;
import vn.canbo.people.Training;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/**
 * The templates of the people module, declared as data through the
 * {@link ImportTemplateProvider} SPI: PERSONS (one row a person, Mẫu 2C fields in form
 * order), POSITIONS (chức vụ and the appointing decision), SALARIES, TRAININGS (đào tạo,
 * bồi dưỡng, văn bằng) and AWARDS (khen thưởng, kỷ luật). History rows name their person
 * by national ID, or by full name + birth date (a unique match in the user's scope).
 */
@Component
class PersonTemplates implements ImportTemplateProvider {

	static final String PERSONS = "PERSONS";
	static final String POSITIONS = "POSITIONS";
	static final String SALARIES = "SALARIES";
	static final String TRAININGS = "TRAININGS";
	static final String AWARDS = "AWARDS";

	private final PersonService people;

	private final vn.canbo.people.PersonImport personImport;

	private final PersonChecks checks;

	private final PersonLookup lookup;

	private final Units units;

	private final TransactionTemplate dryRun;

	PersonTemplates(PersonService people, vn.canbo.people.PersonImport personImport, PersonChecks checks,
			PersonLookup lookup, Units units, PlatformTransactionManager txManager) {
		this.people = people;
		this.personImport = personImport;
		this.checks = checks;
		this.lookup = lookup;
		this.units = units;
		this.dryRun = new TransactionTemplate(txManager);
		this.dryRun
			.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	private static Map<String, String> genders() {
		Map<String, String> m = new LinkedHashMap<>();
		for (Gender g : Gender.values()) {
			m.put(g.label(), g.name());
		}
		return m;
	}

	private static Map<String, String> categories() {
		Map<String, String> m = new LinkedHashMap<>();
		for (PersonCategory c : PersonCategory.values()) {
			m.put(c.label(), c.name());
		}
		return m;
	}

	private static Map<String, String> qualificationKinds() {
		Map<String, String> m = new LinkedHashMap<>();
		for (QualificationKind k : QualificationKind.values()) {
			m.put(k.label(), k.name());
		}
		return m;
	}

	static final List<ImportColumn> PERSON_COLUMNS = List.of(
			text("unitCode", "Mã đơn vị công tác", 40,
					"Mã đơn vị trong cây tổ chức (xem trang Tổ chức); phải thuộc phạm vi quản lý của bạn")
				.asRequired(),
			text("civilServantNo", "Số hiệu cán bộ, công chức", 30, null),
			text("personalIdCode", "Mã số định danh", 30, null),
			text("fullName", "Họ và tên khai sinh", 100, "Viết hoa chữ cái đầu, ví dụ Nguyễn Văn An").asRequired(),
			text("otherNames", "Tên gọi khác", 200, null),
			choice("gender", "Giới tính", genders(), "Nam hoặc Nữ").asRequired(),
			partialDate("birthDate", "Sinh ngày",
					"ngày/tháng/năm; nếu chỉ biết tháng/năm hoặc năm, ghi 03/1975 hoặc 1975")
				.asRequired(),
			text("birthplaceCommune", "Nơi sinh - Xã", 150, "Xã, phường, thị trấn (theo giấy khai sinh)"),
			text("birthplaceDistrict", "Nơi sinh - Huyện", 150, null),
			text("birthplaceProvince", "Nơi sinh - Tỉnh", 150, null),
			text("homeTownCommune", "Quê quán - Xã", 150, null),
			text("homeTownDistrict", "Quê quán - Huyện", 150, null),
			text("homeTownProvince", "Quê quán - Tỉnh", 150, null),
			text("homeTownCommuneNew", "Quê quán - Xã mới", 150, "Tên xã/phường sau sắp xếp 1/7/2025 (nếu có)"),
			text("homeTownProvinceNew", "Quê quán - Tỉnh mới", 150, null),
			catalog("ethnicityCode", "Dân tộc", CatalogType.ETHNICITY, null),
			catalog("religionCode", "Tôn giáo", CatalogType.RELIGION, null),
			text("permanentAddress", "Nơi đăng ký thường trú", 500, null),
			text("currentAddress", "Nơi ở hiện nay", 500, null), text("phone", "Điện thoại", 20, null),
			text("occupationBeforeRecruitment", "Nghề nghiệp khi được tuyển dụng", 300, null),
			partialDate("recruitedOn", "Ngày được tuyển dụng", null),
			text("recruitingAgency", "Cơ quan tuyển dụng", 300, null),
			date("joinedCurrentAgencyOn", "Ngày vào cơ quan hiện đang công tác", null),
			choice("category", "Đối tượng", categories(), null).asRequired(),
			catalog("titleCode", "Chức vụ (mã danh mục)", CatalogType.TITLE,
					"Chức vụ, chức danh hiện tại; ghi mã hoặc chọn trong danh sách"),
			text("titleText", "Chức vụ (ghi cụ thể)", 300, "Tên chức vụ như trên quyết định; bắt buộc nếu không có mã"),
			date("positionFrom", "Giữ chức vụ từ ngày", "Ngày bắt đầu giữ chức vụ hiện tại").asRequired(),
			text("mainDuties", "Công việc chính được giao", 2000, null),
			text("jobPosition", "Vị trí việc làm", 300, null),
			catalog("rankCode", "Ngạch, chức danh nghề nghiệp", CatalogType.RANK, null),
			integer("step", "Bậc lương", null),
			decimal("coefficient", "Hệ số lương", "Để trống: lấy theo bảng lương của ngạch và bậc"),
			date("salaryFrom", "Hưởng lương từ ngày", "Bắt buộc khi có ngạch"),
			catalog("generalEducationCode", "Giáo dục phổ thông", CatalogType.GENERAL_EDUCATION, null),
			text("generalEducationGrade", "Lớp/hệ phổ thông", 10, "Ví dụ 12/12 hoặc 10/10"),
			catalog("professionalLevel", "Trình độ chuyên môn cao nhất", CatalogType.PROFESSIONAL_LEVEL, null),
			text("major", "Chuyên ngành", 300, null),
			catalog("academicTitleCode", "Học hàm", CatalogType.ACADEMIC_TITLE, null),
			integer("academicTitleYear", "Năm phong học hàm", null),
			catalog("politicalTheory", "Lý luận chính trị", CatalogType.POLITICAL_THEORY, null),
			catalog("stateManagement", "Quản lý nhà nước", CatalogType.STATE_MANAGEMENT, null),
			catalog("language", "Ngoại ngữ", CatalogType.FOREIGN_LANGUAGE, null),
			catalog("languageLevel", "Trình độ ngoại ngữ", CatalogType.FOREIGN_LANGUAGE_LEVEL, null),
			catalog("itLevel", "Tin học", CatalogType.IT_LEVEL, null), date("partyJoinedOn", "Ngày vào Đảng", null),
			date("partyOfficialOn", "Ngày chính thức", null), date("youthUnionJoinedOn", "Ngày vào Đoàn", null),
			date("militaryEnlistedOn", "Ngày nhập ngũ", null), date("militaryDischargedOn", "Ngày xuất ngũ", null),
			catalog("militaryRankCode", "Quân hàm cao nhất", CatalogType.MILITARY_RANK, null),
			catalog("honoraryTitleCode", "Danh hiệu được phong tặng", CatalogType.HONORARY_TITLE, null),
			integer("honoraryTitleYear", "Năm được phong tặng", null),
			text("strengths", "Sở trường công tác", 2000, null),
			text("longestJob", "Công việc làm lâu nhất", 300, null),
			catalog("familyBackgroundCode", "Thành phần gia đình xuất thân", CatalogType.FAMILY_BACKGROUND, null),
			catalog("policyGroupCode", "Đối tượng chính sách", CatalogType.POLICY_GROUP, null),
			text("warInvalidGrade", "Thương binh hạng", 20, "Ví dụ 2/4"),
			text("healthStatus", "Tình trạng sức khỏe", 200, null), integer("heightCm", "Chiều cao (cm)", null),
			decimal("weightKg", "Cân nặng (kg)", null),
			catalog("bloodGroupCode", "Nhóm máu", CatalogType.BLOOD_GROUP, null),
			text("nationalId", "Số CCCD", 12, "12 chữ số; nên định dạng ô là văn bản để giữ số 0 đầu"),
			date("nationalIdIssuedOn", "Ngày cấp CCCD", null), text("nationalIdIssuedBy", "Nơi cấp CCCD", 300, null),
			text("socialInsuranceNo", "Số sổ BHXH", 10, null), text("healthInsuranceNo", "Số thẻ BHYT", 20, null),
			text("remarks", "Nhận xét, đánh giá", 4000, null));

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
		return List.of(new ImportTemplate(PERSONS, "Danh sách cán bộ (sơ yếu lý lịch 2C)", "Cán bộ", PERSON_COLUMNS,
				List.of("Mỗi dòng là một cán bộ, các cột theo thứ tự mục của Mẫu 2C.",
						"Hồ sơ trùng (cùng Số CCCD, hoặc cùng họ tên + ngày sinh + quê quán) với hồ sơ đã có: chọn cập nhật hoặc bỏ qua khi xác nhận nhập. Khi cập nhật, chỉ các ô có giá trị được ghi đè; chức vụ, lương, trình độ của hồ sơ đã có không đổi (dùng các mẫu quá trình).",
						"Trình độ (chuyên môn, lý luận chính trị…) được ghi nhận từ ngày giữ chức vụ."),
				new PersonsHandler(), 10, true),
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
						new HistoryHandler((r, id, ctx) -> people.addPosition(id,
								new Position(null, unitId(r, ctx), null, r.code("titleCode"), r.text("titleText"),
										r.bool("concurrent"), r.bool("partyPost"), r.date("validFrom"),
										r.date("validTo"), r.date("termStart"), r
											.date("termEnd"),
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
						new HistoryHandler((r, id, ctx) -> people.addSalary(id,
								new Salary(null, r.code("rankCode"), r.integer("step"), r.decimal("coefficient"),
										r.decimal("percent"), r.decimal("seniorityAllowancePct"),
										r.decimal("positionAllowance"), r.text("otherAllowances"),
										r.decimal("jobPositionSalary"), r.date("validFrom"), null,
										r.text("decisionNumber"), r.date("decisionDate")),
								ctx.scope())),
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
						new HistoryHandler((r, id, ctx) -> {
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
						new HistoryHandler((r, id, ctx) -> "AWARD".equals(r.code("type")) ? people.addAward(id,
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

	// ---- units ----

	private Long unitId(ImportRow r, ImportContext ctx) {
		return unit(r.text("unitCode"), r.date("validFrom"), ctx).map(UnitView::id).orElse(null);
	}

	/**
	 * The unit a code stands for on a date, from per-run caches: the unit by code (as of
	 * today, or as of the date for a unit that no longer exists) and its versions, so
	 * that 100,000 rows cost a handful of queries.
	 */
	private Optional<UnitView> unit(String code, LocalDate on, ImportContext ctx) {
		if (code == null) {
			return Optional.empty();
		}
		LocalDate d = on == null ? ctx.today() : on;
		Map<String, Optional<UnitView>> byCode = ctx.state("unitsByCode", HashMap::new);
		Optional<UnitView> current = byCode.computeIfAbsent(code, k -> units.findByCode(code, ctx.today()));
		if (current.isEmpty()) {
			Map<String, Optional<UnitView>> past = ctx.state("unitsByCodeAndDate", HashMap::new);
			return past.computeIfAbsent(code + "@" + d, k -> units.findByCode(code, d));
		}
		Map<Long, List<UnitView>> versions = ctx.state("unitVersions", HashMap::new);
		return versions.computeIfAbsent(current.get().id(), id -> units.history(id).versions())
			.stream()
			.filter(v -> v.validOn(d))
			.findFirst();
	}

	/**
	 * Checks the unit code of a row: exists on the date, in the scope; errors on the
	 * row's unitCode cell.
	 */
	private Optional<UnitView> checkUnit(ImportRow r, LocalDate on, ImportContext ctx) {
		Optional<UnitView> u = unit(r.text("unitCode"), on, ctx);
		if (u.isEmpty()) {
			Map<String, Optional<UnitView>> byCode = ctx.state("unitsByCode", HashMap::new);
			boolean exists = byCode.getOrDefault(r.text("unitCode"), Optional.empty()).isPresent();
			r.error("unitCode", exists && on != null
					? "Đơn vị «" + r.text("unitCode") + "» không tồn tại vào ngày " + PartialDate.of(on).format()
					: "Không có đơn vị mã «" + r.text("unitCode") + "»");
			return u;
		}
		Optional<Set<Long>> scopeUnits = ctx.state("scopeUnits", () -> units.scopeUnitIds(ctx.scope(), ctx.today()));
		if (scopeUnits.isPresent() && !scopeUnits.get().contains(u.get().id())) {
			Map<String, Boolean> inScope = ctx.state("inScope", HashMap::new);
			LocalDate d = on == null ? ctx.today() : on;
			if (!inScope.computeIfAbsent(u.get().id() + "@" + d, k -> units.inScope(u.get().id(), ctx.scope(), d))) {
				r.error("unitCode", "Đơn vị «" + u.get().name() + "» nằm ngoài phạm vi quản lý của bạn");
				return Optional.empty();
			}
		}
		return u;
	}

	// ---- persons ----

	/** Field names of PersonService errors → template column keys. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("mainPosition.unitId", "unitCode"),
			Map.entry("mainPosition.titleCode", "titleCode"), Map.entry("mainPosition.titleText", "titleText"),
			Map.entry("mainPosition.validFrom", "positionFrom"), Map.entry("salary.rankCode", "rankCode"),
			Map.entry("salary.step", "step"), Map.entry("salary.coefficient", "coefficient"),
			Map.entry("salary.validFrom", "salaryFrom"), Map.entry("birthplace", "birthplaceProvince"),
			Map.entry("homeTown", "homeTownProvince"));

	private static final List<String[]> QUALIFICATIONS = List.of(new String[] { "professionalLevel", "PROFESSIONAL" },
			new String[] { "politicalTheory", "POLITICAL_THEORY" },
			new String[] { "stateManagement", "STATE_MANAGEMENT" },
			new String[] { "languageLevel", "FOREIGN_LANGUAGE" }, new String[] { "itLevel", "IT" });

	private final class PersonsHandler implements RowHandler {

		@Override
		public void check(List<ImportRow> batch, ImportContext ctx) {
			Map<String, Integer> idsInFile = ctx.state("ids", HashMap::new);
			Map<String, Integer> identitiesInFile = ctx.state("identities", HashMap::new);
			List<ImportRow> ok = new ArrayList<>();
			for (ImportRow r : batch) {
				Optional<UnitView> unit = checkUnit(r, r.date("positionFrom"), ctx);
				if (unit.isEmpty()) {
					continue;
				}
				NewPerson n = newPerson(r, unit.get().id());
				List<String> quals = new ArrayList<>();
				for (String[] q : QUALIFICATIONS) {
					if (r.code(q[0]) != null) {
						quals.add(q[0]);
					}
				}
				if (!ctx.commit()) { // at commit PersonService.createAll applies the same
										// rules
					for (FieldError e : checks.check(n, ctx.scope(), true)) {
						r.error(column(e.field(), quals), e.message());
					}
				}
				if (r.code("rankCode") != null && r.date("salaryFrom") == null) {
					r.error("salaryFrom", "«Hưởng lương từ ngày» là bắt buộc khi có ngạch");
				}
				if (r.code("languageLevel") != null && r.code("language") == null) {
					r.error("language", "«Ngoại ngữ» là bắt buộc khi có trình độ ngoại ngữ");
				}
				String id = n.data().nationalId();
				if (id != null) {
					Integer other = idsInFile.putIfAbsent(id, r.number());
					if (other != null && other != r.number()) {
						r.error("nationalId", "Số CCCD trùng với dòng " + other + " trong tệp");
					}
				}
				Integer other = identitiesInFile
					.putIfAbsent(identity(n.data().fullName(), n.data().birthDate(), n.data().homeTown()), r.number());
				if (other != null && other != r.number()) {
					r.error("fullName", "Trùng họ tên, ngày sinh và quê quán với dòng " + other + " trong tệp");
				}
				r.attach(n);
				if (!r.hasErrors()) {
					ok.add(r);
				}
			}
			duplicates(ok, ctx);
		}

		private String column(String field, List<String> quals) {
			if (field.startsWith("qualifications[")) {
				int i = Integer.parseInt(field.substring(15, field.indexOf(']')));
				return i < quals.size() ? quals.get(i) : null;
			}
			String f = FIELDS.get(field);
			if (f != null) {
				return f;
			}
			if (field.startsWith("birthplace.") || field.startsWith("homeTown.")) {
				String[] p = field.split("\\.");
				return p[0] + Character.toUpperCase(p[1].charAt(0)) + p[1].substring(1);
			}
			return PERSON_COLUMNS.stream().anyMatch(c -> c.key().equals(field)) ? field : null;
		}

		/**
		 * Same national ID, or same folded name + birth date + home town (province, and
		 * commune when both known).
		 */
		private void duplicates(List<ImportRow> rows, ImportContext ctx) {
			if (rows.isEmpty()) {
				return;
			}
			List<String> ids = rows.stream()
				.map(r -> r.<NewPerson>attachment().data().nationalId())
				.filter(java.util.Objects::nonNull)
				.toList();
			Map<String, PersonLookup.Match> byId = new HashMap<>();
			lookup.byNationalIds(ids).forEach(m -> byId.put(m.nationalId(), m));
			Map<LocalDate, List<PersonLookup.Match>> byBirth = new HashMap<>();
			lookup
				.byBirthDates(
						rows.stream().map(r -> r.<NewPerson>attachment().data().birthDate().date()).distinct().toList())
				.forEach(m -> byBirth.computeIfAbsent(m.birthDate().date(), k -> new ArrayList<>()).add(m));
			for (ImportRow r : rows) {
				PersonData d = r.<NewPerson>attachment().data();
				PersonLookup.Match m = d.nationalId() == null ? null : byId.get(d.nationalId());
				String how = "cùng Số CCCD";
				if (m == null) {
					how = "cùng họ tên, ngày sinh và quê quán";
					String name = VietnameseText.fold(d.fullName());
					m = byBirth.getOrDefault(d.birthDate().date(), List.of())
						.stream()
						.filter(x -> VietnameseText.fold(x.fullName()).equals(name))
						.filter(x -> sameHomeTown(d.homeTown(), x.homeTownCommune(), x.homeTownProvince()))
						.findFirst()
						.orElse(null);
				}
				if (m == null) {
					continue;
				}
				if (!lookup.visible(m.id(), ctx.scope())) {
					r.error(how.startsWith("cùng Số") ? "nationalId" : "fullName", "Trùng (" + how
							+ ") với một hồ sơ ngoài phạm vi quản lý của bạn — không nhập được dòng này");
					continue;
				}
				r.duplicateOf(m.id(), "hồ sơ số " + m.id() + " – " + m.fullName());
				r.warn(how.startsWith("cùng Số") ? "nationalId" : "fullName",
						"Trùng với hồ sơ đã có (" + how + "): hồ sơ số " + m.id() + " – " + m.fullName()
								+ " — sẽ được cập nhật hoặc bỏ qua theo lựa chọn khi nhập");
			}
		}

		@Override
		public void write(List<ImportRow> batch, ImportContext ctx) {
			List<NewPerson> fresh = new ArrayList<>();
			List<ImportRow> freshRows = new ArrayList<>();
			for (ImportRow r : batch) {
				if (r.duplicateOf() == null) {
					fresh.add(r.attachment());
					freshRows.add(r);
				}
				else if (ctx.duplicates() == DuplicateMode.SKIP) {
					ctx.skipped(1);
				}
				else {
					atRow(r, () -> {
						PersonView existing = people.get(r.duplicateOf(), null, ctx.scope());
						PersonData merged = merge(existing.data(), r.<NewPerson>attachment().data());
						people.update(r.duplicateOf(), existing.version(), merged, ctx.scope());
						return null;
					});
					ctx.updated(1);
				}
			}
			if (!fresh.isEmpty()) {
				try {
					// units were checked in check() with the per-file cache (exists on
					// the start date, in scope)
					personImport.createAllWithCheckedUnits(fresh, ctx.scope());
				}
				catch (ValidationException e) {
					FieldError f = e.errors().get(0);
					String field = f.field();
					int row = 0;
					if (field.startsWith("[")) {
						row = freshRows.get(Integer.parseInt(field.substring(1, field.indexOf(']')))).number();
					}
					throw new ImportFileException("Dòng " + row + ": " + f.message()
							+ (e.errors().size() > 1 ? " (và " + (e.errors().size() - 1) + " lỗi khác)" : "")
							+ " — không có gì được ghi");
				}
				long before = ctx.created();
				ctx.created(fresh.size());
				if (crossed(before, ctx.created())) {
					lookup.refreshStatistics();
				}
			}
		}

	}

	/** Statistics are refreshed after 2,000, 10,000, 50,000… rows of one import. */
	private static boolean crossed(long before, long after) {
		for (long mark = 2_000; mark <= 10_000_000; mark *= 5) {
			if (before < mark && after >= mark) {
				return true;
			}
		}
		return false;
	}

	static String identity(String fullName, PartialDate birth, Place homeTown) {
		return VietnameseText.fold(fullName) + "|" + (birth == null ? "" : birth.date()) + "|"
				+ (homeTown == null ? "" : VietnameseText.fold(homeTown.province()));
	}

	private static boolean sameHomeTown(Place p, String commune, String province) {
		String a = p == null ? "" : VietnameseText.fold(p.province());
		if (!a.equals(VietnameseText.fold(province))) {
			return false;
		}
		String c1 = p == null ? "" : VietnameseText.fold(p.commune());
		String c2 = VietnameseText.fold(commune);
		return c1.isEmpty() || c2.isEmpty() || c1.equals(c2);
	}

	static NewPerson newPerson(ImportRow r, long unitId) {
		Place birthplace = place(r.text("birthplaceCommune"), r.text("birthplaceDistrict"),
				r.text("birthplaceProvince"), null, null);
		Place homeTown = place(r.text("homeTownCommune"), r.text("homeTownDistrict"), r.text("homeTownProvince"),
				r.text("homeTownCommuneNew"), r.text("homeTownProvinceNew"));
		PersonData d = new PersonData(r.code("category") == null ? null : PersonCategory.valueOf(r.code("category")),
				r.text("civilServantNo"), r.text("personalIdCode"), r.text("fullName"), r.text("otherNames"),
				r.code("gender") == null ? null : Gender.valueOf(r.code("gender")), r.partialDate("birthDate"),
				birthplace, homeTown, r.text("permanentAddress"), r.text("currentAddress"), r.text("phone"),
				r.code("ethnicityCode"), r.code("religionCode"), r.code("familyBackgroundCode"),
				r.text("occupationBeforeRecruitment"), r.partialDate("recruitedOn"), r.text("recruitingAgency"),
				r.date("joinedCurrentAgencyOn"), r.text("mainDuties"), r.text("jobPosition"), null, r.text("strengths"),
				r.text("longestJob"), r.code("generalEducationCode"), r.text("generalEducationGrade"),
				r.code("academicTitleCode"), r.integer("academicTitleYear"), r.date("partyJoinedOn"),
				r.date("partyOfficialOn"), null, r.date("youthUnionJoinedOn"), r.date("militaryEnlistedOn"),
				r.date("militaryDischargedOn"), r.code("militaryRankCode"), r.code("honoraryTitleCode"),
				r.integer("honoraryTitleYear"), r.code("policyGroupCode"), r.text("warInvalidGrade"),
				r.text("healthStatus"), r.integer("heightCm"), r.decimal("weightKg"), r.code("bloodGroupCode"),
				r.text("nationalId"), r.date("nationalIdIssuedOn"), r.text("nationalIdIssuedBy"),
				r.text("socialInsuranceNo"), r.text("healthInsuranceNo"), r.text("remarks"));
		LocalDate from = r.date("positionFrom");
		Position main = new Position(null, unitId, null, r.code("titleCode"), r.text("titleText"), false, false, from,
				null, null, null, null, null, null, null);
		Salary salary = r.code("rankCode") == null ? null : new Salary(null, r.code("rankCode"), r.integer("step"),
				r.decimal("coefficient"), null, null, null, null, null, r.date("salaryFrom"), null, null, null);
		List<Qualification> qs = new ArrayList<>();
		for (String[] q : QUALIFICATIONS) {
			String level = r.code(q[0]);
			if (level != null) {
				QualificationKind kind = QualificationKind.valueOf(q[1]);
				qs.add(new Qualification(null, kind, level,
						kind == QualificationKind.FOREIGN_LANGUAGE ? r.code("language") : null,
						kind == QualificationKind.PROFESSIONAL ? r.text("major") : null, null, from, null));
			}
		}
		return new NewPerson(d, main, salary, qs);
	}

	private static Place place(String commune, String district, String province, String communeNew,
			String provinceNew) {
		Place p = new Place(commune, district, province, communeNew, provinceNew);
		return p.equals(Place.EMPTY) ? null : p;
	}

	/**
	 * The existing record with every non-null component of the imported one laid over it
	 * (records nest).
	 */
	@SuppressWarnings("unchecked")
	static <R extends Record> R merge(R existing, R imported) {
		if (existing == null) {
			return imported;
		}
		if (imported == null) {
			return existing;
		}
		try {
			RecordComponent[] cs = existing.getClass().getRecordComponents();
			Object[] args = new Object[cs.length];
			Class<?>[] types = new Class<?>[cs.length];
			for (int i = 0; i < cs.length; i++) {
				Object a = cs[i].getAccessor().invoke(existing);
				Object b = cs[i].getAccessor().invoke(imported);
				types[i] = cs[i].getType();
				args[i] = b == null ? a : a instanceof Record ra && b instanceof Record rb ? merge(ra, rb) : b;
			}
			return (R) existing.getClass().getDeclaredConstructor(types).newInstance(args);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static <T> T atRow(ImportRow r, java.util.function.Supplier<T> action) {
		try {
			return action.get();
		}
		catch (ValidationException e) {
			throw new ImportFileException("Dòng " + r.number() + ": "
					+ e.errors().stream().map(FieldError::message).reduce((a, b) -> a + "; " + b).orElse("")
					+ " — không có gì được ghi");
		}
		catch (vn.canbo.shared.NotFoundException | vn.canbo.shared.ConcurrentEditException e) {
			throw new ImportFileException("Dòng " + r.number() + ": " + e.getMessage() + " — không có gì được ghi");
		}
	}

	// ---- histories ----

	@FunctionalInterface
	interface HistoryWrite {

		Object apply(ImportRow row, long personId, ImportContext ctx);

	}

	/**
	 * Rows naming an existing person; preview = a dry run of the real call in a
	 * rolled-back transaction per row.
	 */
	private final class HistoryHandler implements RowHandler {

		private final HistoryWrite action;

		HistoryHandler(HistoryWrite action) {
			this.action = action;
		}

		@Override
		public void check(List<ImportRow> batch, ImportContext ctx) {
			List<String> ids = batch.stream()
				.map(r -> r.text("nationalId"))
				.filter(java.util.Objects::nonNull)
				.toList();
			Map<String, PersonLookup.Match> byId = new HashMap<>();
			lookup.byNationalIds(ids).forEach(m -> byId.put(m.nationalId(), m));
			Map<LocalDate, List<PersonLookup.Match>> byBirth = new HashMap<>();
			List<LocalDate> dates = batch.stream()
				.filter(r -> r.text("nationalId") == null && r.date("birthDate") != null)
				.map(r -> r.date("birthDate"))
				.distinct()
				.toList();
			lookup.byBirthDates(dates)
				.forEach(m -> byBirth.computeIfAbsent(m.birthDate().date(), k -> new ArrayList<>()).add(m));
			for (ImportRow r : batch) {
				Long person = resolve(r, byId, byBirth, ctx.scope());
				if (person == null) {
					continue;
				}
				r.attach(person);
				if (r.text("unitCode") != null) {
					checkUnit(r, r.date("validFrom"), ctx);
				}
				if (!ctx.commit() && !r.hasErrors()) {
					dryRun(r, person, ctx);
				}
			}
		}

		private Long resolve(ImportRow r, Map<String, PersonLookup.Match> byId,
				Map<LocalDate, List<PersonLookup.Match>> byBirth, Scope scope) {
			List<PersonLookup.Match> found;
			String id = r.text("nationalId");
			if (id != null) {
				found = byId.containsKey(id) ? List.of(byId.get(id)) : List.of();
			}
			else if (r.text("fullName") != null && r.date("birthDate") != null) {
				String name = VietnameseText.fold(r.text("fullName"));
				found = byBirth.getOrDefault(r.date("birthDate"), List.of())
					.stream()
					.filter(m -> VietnameseText.fold(m.fullName()).equals(name))
					.toList();
			}
			else {
				r.error("nationalId", "Cần Số CCCD, hoặc Họ và tên cùng Ngày sinh, để xác định hồ sơ");
				return null;
			}
			List<PersonLookup.Match> visible = found.stream().filter(m -> lookup.visible(m.id(), scope)).toList();
			if (visible.isEmpty()) {
				r.error(id != null ? "nationalId" : "fullName",
						"Không tìm thấy hồ sơ này trong phạm vi quản lý của bạn");
				return null;
			}
			if (visible.size() > 1) {
				r.error("fullName", "Có " + visible.size() + " hồ sơ cùng họ tên và ngày sinh — hãy ghi Số CCCD");
				return null;
			}
			return visible.get(0).id();
		}

		private void dryRun(ImportRow r, long person, ImportContext ctx) {
			dryRun.executeWithoutResult(status -> {
				status.setRollbackOnly();
				try {
					action.apply(r, person, ctx);
				}
				catch (ValidationException e) {
					for (FieldError f : e.errors()) {
						String key = f.field();
						r.error(key != null && r.cellTexts().containsKey(key) ? key : null, f.message());
					}
				}
				catch (RuntimeException e) {
					r.error(null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
				}
			});
		}

		@Override
		public void write(List<ImportRow> batch, ImportContext ctx) {
			for (ImportRow r : batch) {
				atRow(r, () -> action.apply(r, r.<Long>attachment(), ctx));
				ctx.created(1);
			}
		}

	}

	// ---- export (round trip) ----

	/**
	 * A dossier as a PERSONS template row (as of today), for the export → import round
	 * trip.
	 */
	Map<String, Object> row(PersonView v, Function<Long, String> unitCode) {
		Map<String, Object> m = new HashMap<>();
		PersonData d = v.data();
		for (RecordComponent c : PersonData.class.getRecordComponents()) {
			try {
				Object value = c.getAccessor().invoke(d);
				if (value instanceof Enum<?> e) {
					value = e == d.gender() ? d.gender().label() : e == d.category() ? d.category().label() : e.name();
				}
				m.put(c.getName(), value);
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}
		Place b = d.birthplace();
		if (b != null) {
			m.put("birthplaceCommune", b.commune());
			m.put("birthplaceDistrict", b.district());
			m.put("birthplaceProvince", b.province());
		}
		Place h = d.homeTown();
		if (h != null) {
			m.put("homeTownCommune", h.commune());
			m.put("homeTownDistrict", h.district());
			m.put("homeTownProvince", h.province());
			m.put("homeTownCommuneNew", h.communeNew());
			m.put("homeTownProvinceNew", h.provinceNew());
		}
		Position p = v.mainPosition();
		if (p != null) {
			m.put("unitCode", unitCode.apply(p.unitId()));
			m.put("titleCode", p.titleCode());
			m.put("titleText", p.titleText());
			m.put("positionFrom", p.validFrom());
		}
		Salary s = v.currentSalary();
		if (s != null) {
			m.put("rankCode", s.rankCode());
			m.put("step", s.step());
			m.put("coefficient", s.coefficient());
			m.put("salaryFrom", s.validFrom());
		}
		LocalDate today = v.asOf();
		for (String[] q : QUALIFICATIONS) {
			QualificationKind kind = QualificationKind.valueOf(q[1]);
			v.qualifications()
				.stream()
				.filter(x -> x.kind() == kind && x.validOn(today))
				.max(java.util.Comparator.comparing(Qualification::validFrom))
				.ifPresent(x -> {
					m.put(q[0], x.levelCode());
					if (kind == QualificationKind.FOREIGN_LANGUAGE) {
						m.put("language", x.languageCode());
					}
					if (kind == QualificationKind.PROFESSIONAL && x.major() != null) {
						m.put("major", x.major());
					}
				});
		}
		return m;
	}

}
