package vn.canbo.people;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Rules of the history entries. {@code birth} may be null (unknown): the age rules are
 * then skipped.
 */
@Component
class HistoryValidator {

	private final Catalogs catalogs;

	private final Units units;

	HistoryValidator(Catalogs catalogs, Units units) {
		this.catalogs = catalogs;
		this.units = units;
	}

	/**
	 * Answers "does the unit exist on the date" and "is it in the scope on the date";
	 * memoised for bulk inserts.
	 */
	interface UnitCheck {

		boolean exists(long unitId, LocalDate on);

		boolean inScope(long unitId, Scope scope, LocalDate on);

	}

	UnitCheck direct() {
		return new UnitCheck() {
			public boolean exists(long unitId, LocalDate on) {
				return units.find(unitId, on).isPresent();
			}

			public boolean inScope(long unitId, Scope scope, LocalDate on) {
				return units.inScope(unitId, scope, on);
			}
		};
	}

	UnitCheck memoised() {
		java.util.Map<String, Boolean> exists = new java.util.HashMap<>();
		java.util.Map<LocalDate, java.util.Optional<java.util.Set<Long>>> scopes = new java.util.HashMap<>();
		return new UnitCheck() {
			public boolean exists(long unitId, LocalDate on) {
				return exists.computeIfAbsent(unitId + "@" + on, k -> units.find(unitId, on).isPresent());
			}

			public boolean inScope(long unitId, Scope scope, LocalDate on) {
				return scopes.computeIfAbsent(on, d -> units.scopeUnitIds(scope, d))
					.map(s -> s.contains(unitId))
					.orElse(true);
			}
		};
	}

	void position(Position p, PartialDate birth, Scope scope, Errors e) {
		position(p, birth, scope, e, direct());
	}

	void position(Position p, PartialDate birth, Scope scope, Errors e, UnitCheck check) {
		if (p == null) {
			e.add("unitId", "Đơn vị công tác là bắt buộc");
			e.add("validFrom", "Ngày bắt đầu giữ chức vụ là bắt buộc");
			return;
		}
		e.require("validFrom", p.validFrom(), "Ngày bắt đầu giữ chức vụ");
		range(e, p.validFrom(), p.validTo(), "validTo", "Ngày thôi giữ chức vụ phải sau ngày bắt đầu");
		if ((p.titleCode() == null || p.titleCode().isBlank()) && (p.titleText() == null || p.titleText().isBlank())) {
			e.add("titleCode", "Chức vụ, chức danh là bắt buộc (mã trong danh mục hoặc tên)");
		}
		DossierValidator.length(e, "titleText", p.titleText(), 300, "Tên chức vụ, chức danh");
		e.code(catalogs, "titleCode", CatalogType.TITLE, p.titleCode(), p.validFrom(), "chức vụ");
		if (p.unitId() == null) {
			e.add("unitId", "Đơn vị công tác là bắt buộc");
		}
		else if (p.validFrom() != null) {
			if (!check.exists(p.unitId(), p.validFrom())) {
				e.add("unitId", "Đơn vị không tồn tại vào ngày bắt đầu giữ chức vụ " + Dates.format(p.validFrom()),
						p.unitId());
			}
			else if (scope != null && !check.inScope(p.unitId(), scope, p.validFrom())) {
				e.add("unitId", "Đơn vị nằm ngoài phạm vi quản lý của bạn", p.unitId());
			}
		}
		if (birth != null && p.validFrom() != null
				&& Dates.maxAge(birth, p.validFrom()) < DossierValidator.MIN_WORKING_AGE) {
			e.add("validFrom", "Ngày bắt đầu giữ chức vụ phải khi đã đủ 16 tuổi", Dates.format(p.validFrom()));
		}
		range(e, p.termStart(), p.termEnd(), "termEnd", "Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu nhiệm kỳ");
	}

	/**
	 * Checks the salary and fills the coefficient from the rank's pay table when it is
	 * missing.
	 */
	Salary salary(Salary s, PartialDate birth, Errors e) {
		e.require("validFrom", s.validFrom(), "Ngày hưởng");
		range(e, s.validFrom(), s.validTo(), "validTo", "Ngày kết thúc hưởng phải sau ngày hưởng");
		if (birth != null && s.validFrom() != null
				&& Dates.maxAge(birth, s.validFrom()) < DossierValidator.MIN_WORKING_AGE) {
			e.add("validFrom", "Ngày hưởng lương phải khi đã đủ 16 tuổi", Dates.format(s.validFrom()));
		}
		BigDecimal coefficient = s.coefficient();
		if (s.rankCode() == null || s.rankCode().isBlank()) {
			if (s.jobPositionSalary() == null) {
				e.add("rankCode", "Mã ngạch là bắt buộc (hoặc lương theo vị trí việc làm)");
			}
		}
		else {
			e.code(catalogs, "rankCode", CatalogType.RANK, s.rankCode(), s.validFrom(), "ngạch");
			CatalogItem rank = catalogs.find(CatalogType.RANK, s.rankCode()).orElse(null);
			String table = rank == null ? null : rank.attribute("coefficients");
			if (s.step() == null) {
				e.add("step", "Bậc lương là bắt buộc");
			}
			else if (table != null && !table.isBlank()) {
				List<BigDecimal> steps = Arrays.stream(table.split(","))
					.map(String::strip)
					.map(BigDecimal::new)
					.toList();
				if (s.step() < 1 || s.step() > steps.size()) {
					e.add("step",
							"Bậc lương phải từ 1 đến " + steps.size() + " (số bậc của ngạch " + s.rankCode() + ")",
							s.step());
				}
				else {
					BigDecimal expected = steps.get(s.step() - 1);
					if (coefficient == null) {
						coefficient = expected;
					}
					else if (coefficient.setScale(2, RoundingMode.HALF_UP)
						.compareTo(expected.setScale(2, RoundingMode.HALF_UP)) != 0) {
						e.add("coefficient", "Hệ số lương " + vn(coefficient) + " không đúng với bậc " + s.step()
								+ " của ngạch " + s.rankCode() + " (hệ số " + vn(expected) + ")", coefficient);
					}
				}
			}
			else if (s.step() < 1) {
				e.add("step", "Bậc lương phải từ 1 trở lên", s.step());
			}
		}
		between(e, "percent", s.percent(), 1, 100, "Phần trăm hưởng");
		between(e, "seniorityAllowancePct", s.seniorityAllowancePct(), 0, 100, "Phụ cấp thâm niên vượt khung (%)");
		between(e, "positionAllowance", s.positionAllowance(), 0, 10, "Hệ số phụ cấp chức vụ");
		if (s.jobPositionSalary() != null && s.jobPositionSalary().signum() < 0) {
			e.add("jobPositionSalary", "Lương theo vị trí việc làm không được âm", s.jobPositionSalary());
		}
		return new Salary(s.id(), s.rankCode(), s.step(), coefficient, s.percent(), s.seniorityAllowancePct(),
				s.positionAllowance(), s.otherAllowances(), s.jobPositionSalary(), s.validFrom(), s.validTo(),
				s.decisionNumber(), s.decisionDate());
	}

	void qualification(Qualification q, PartialDate birth, Errors e) {
		e.require("kind", q.kind(), "Loại trình độ");
		e.require("validFrom", q.validFrom(), "Ngày cấp bằng, chứng chỉ");
		range(e, q.validFrom(), q.validTo(), "validTo", "Ngày hết hiệu lực phải sau ngày cấp");
		if (q.validFrom() != null && q.validFrom().isAfter(LocalDate.now())) {
			e.add("validFrom", "Ngày cấp bằng, chứng chỉ không được sau ngày hôm nay", Dates.format(q.validFrom()));
		}
		if (birth != null && q.validFrom() != null && q.validFrom().isBefore(birth.latest())) {
			e.add("validFrom", "Ngày cấp bằng, chứng chỉ phải sau ngày sinh", Dates.format(q.validFrom()));
		}
		if (q.kind() != null) {
			level(e, q.kind(), q.levelCode(), q.validFrom(), true);
			if (q.kind() == QualificationKind.FOREIGN_LANGUAGE) {
				e.require("languageCode", q.languageCode(), "Ngoại ngữ");
				e.code(catalogs, "languageCode", CatalogType.FOREIGN_LANGUAGE, q.languageCode(), q.validFrom(),
						"ngoại ngữ");
			}
		}
		DossierValidator.length(e, "major", q.major(), 300, "Chuyên ngành");
	}

	void training(Training t, PartialDate birth, Errors e) {
		e.require("kind", t.kind(), "Loại đào tạo, bồi dưỡng");
		e.require("school", t.school(), "Tên trường, cơ sở đào tạo");
		periods(e, t.from(), t.to(), birth, "Thời gian đào tạo");
		LocalDate on = t.from() == null ? LocalDate.now() : t.from().date();
		e.code(catalogs, "formCode", CatalogType.TRAINING_FORM, t.formCode(), null, "hình thức đào tạo");
		if (t.kind() != null) {
			level(e, t.kind(), t.levelCode(), on, false);
		}
		DossierValidator.length(e, "school", t.school(), 300, "Tên trường");
		DossierValidator.length(e, "major", t.major(), 300, "Chuyên ngành");
		DossierValidator.length(e, "certificate", t.certificate(), 300, "Văn bằng, chứng chỉ");
	}

	void workHistory(WorkHistory w, PartialDate birth, Errors e) {
		e.require("description", w.description(), "Chức danh, chức vụ, đơn vị công tác");
		e.require("from", w.from(), "Từ tháng, năm");
		periods(e, w.from(), w.to(), birth, "Quá trình công tác");
	}

	void award(Award a, PartialDate birth, Errors e) {
		e.require("year", a.year(), "Năm khen thưởng");
		e.require("formCode", a.formCode(), "Hình thức khen thưởng");
		LocalDate today = LocalDate.now();
		if (a.year() != null && (a.year() > today.getYear() || birth != null && a.year() < birth.year())) {
			e.add("year", "Năm khen thưởng phải trong khoảng từ năm sinh đến năm nay", a.year());
		}
		LocalDate on = a.decisionDate() != null ? a.decisionDate() : a.year() == null ? today
				: minDate(LocalDate.of(Math.max(1900, Math.min(a.year(), 9999)), 12, 31), today);
		e.code(catalogs, "formCode", CatalogType.AWARD_FORM, a.formCode(), on, "hình thức khen thưởng");
		if (a.decisionDate() != null && a.decisionDate().isAfter(today)) {
			e.add("decisionDate", "Ngày quyết định không được sau ngày hôm nay", Dates.format(a.decisionDate()));
		}
	}

	void discipline(Discipline d, PartialDate birth, Errors e) {
		e.require("kind", d.kind(), "Loại kỷ luật (Đảng, chính quyền, đoàn thể)");
		e.require("formCode", d.formCode(), "Hình thức kỷ luật");
		e.require("decidedOn", d.decidedOn(), "Ngày quyết định kỷ luật");
		e.require("validFrom", d.validFrom(), "Ngày hiệu lực");
		range(e, d.validFrom(), d.validTo(), "validTo", "Ngày hết hiệu lực kỷ luật phải sau ngày hiệu lực");
		if (d.decidedOn() != null && d.decidedOn().isAfter(LocalDate.now())) {
			e.add("decidedOn", "Ngày quyết định kỷ luật không được sau ngày hôm nay", Dates.format(d.decidedOn()));
		}
		if (birth != null && d.decidedOn() != null && d.decidedOn().isBefore(birth.latest())) {
			e.add("decidedOn", "Ngày quyết định kỷ luật phải sau ngày sinh", Dates.format(d.decidedOn()));
		}
		e.code(catalogs, "formCode", CatalogType.DISCIPLINE_FORM, d.formCode(), d.decidedOn(), "hình thức kỷ luật");
	}

	void family(FamilyMember f, Errors e) {
		e.require("side", f.side(), "Bên (bản thân / bên vợ, chồng)");
		e.require("relationCode", f.relationCode(), "Mối quan hệ");
		DossierValidator.name(e, "fullName", f.fullName(), "Họ và tên người thân", true);
		e.code(catalogs, "relationCode", CatalogType.RELATION, f.relationCode(), LocalDate.now(), "quan hệ gia đình");
		catalogs.find(CatalogType.RELATION, f.relationCode()).ifPresent(r -> {
			String side = r.attribute("side");
			if (f.side() != null && side != null && !side.equals(f.side().name())) {
				e.add("side",
						"Quan hệ '" + r.name() + "' thuộc " + (side.equals("SPOUSE") ? "bên vợ (chồng)" : "bản thân"),
						f.side());
			}
		});
		if (f.birthYear() != null && (f.birthYear() < 1850 || f.birthYear() > LocalDate.now().getYear())) {
			e.add("birthYear", "Năm sinh của người thân phải từ 1850 đến năm nay", f.birthYear());
		}
	}

	void historyNote(HistoryNote h, PartialDate birth, Errors e) {
		e.require("kind", h.kind(), "Loại đặc điểm lịch sử");
		e.require("description", h.description(), "Nội dung");
		periods(e, h.from(), h.to(), birth, "Thời gian");
	}

	void massOrg(MassOrgMembership m, PartialDate birth, Errors e) {
		e.require("organisation", m.organisation(), "Tên tổ chức chính trị – xã hội");
		DossierValidator.length(e, "organisation", m.organisation(), 300, "Tên tổ chức");
		if (m.joinedOn() != null && birth != null && m.joinedOn().isBefore(birth.latest())) {
			e.add("joinedOn", "Ngày tham gia phải sau ngày sinh", Dates.format(m.joinedOn()));
		}
		if (m.joinedOn() != null && m.joinedOn().isAfter(LocalDate.now())) {
			e.add("joinedOn", "Ngày tham gia không được sau ngày hôm nay", Dates.format(m.joinedOn()));
		}
		range(e, m.joinedOn(), m.leftOn(), "leftOn", "Ngày thôi tham gia phải sau ngày tham gia");
	}

	private void level(Errors e, QualificationKind kind, String code, LocalDate on, boolean required) {
		if (kind.levelCatalog() == null) {
			return;
		}
		if (required && (code == null || code.isBlank())) {
			e.add("levelCode", kind.label() + " là bắt buộc");
		}
		e.code(catalogs, "levelCode", kind.levelCatalog(), code, on, kind.label().toLowerCase(java.util.Locale.ROOT));
	}

	private static void periods(Errors e, PartialDate from, PartialDate to, PartialDate birth, String label) {
		if (from != null && to != null && to.latest().isBefore(from.date())) {
			e.add("to", label + ": thời điểm kết thúc phải sau thời điểm bắt đầu", to.format());
		}
		if (from != null && birth != null && from.latest().isBefore(birth.date())) {
			e.add("from", label + ": thời điểm bắt đầu phải sau ngày sinh", from.format());
		}
		if (from != null && from.date().isAfter(LocalDate.now())) {
			e.add("from", label + ": thời điểm bắt đầu không được sau ngày hôm nay", from.format());
		}
	}

	/** valid_to is exclusive and must be after valid_from. */
	static void range(Errors e, LocalDate from, LocalDate to, String field, String message) {
		if (from != null && to != null && !to.isAfter(from)) {
			e.add(field, message, Dates.format(to));
		}
	}

	private static void between(Errors e, String field, BigDecimal v, int min, int max, String label) {
		if (v != null && (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0)) {
			e.add(field, label + " phải từ " + min + " đến " + max, v);
		}
	}

	private static LocalDate minDate(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static String vn(BigDecimal b) {
		return b.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

}
