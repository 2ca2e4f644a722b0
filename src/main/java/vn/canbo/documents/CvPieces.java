package vn.canbo.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.documents.CvModel.Block;
import vn.canbo.documents.CvModel.Item;
import vn.canbo.documents.CvModel.Lines;
import vn.canbo.documents.CvModel.Table;
import vn.canbo.people.Award;
import vn.canbo.people.Discipline;
import vn.canbo.people.FamilyMember;
import vn.canbo.people.FamilySide;
import vn.canbo.people.HistoryNote;
import vn.canbo.people.HistoryNoteKind;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.Salary;
import vn.canbo.people.Training;
import vn.canbo.people.WorkHistory;
import vn.canbo.security.Masking;
import vn.canbo.shared.PartialDate;
import static vn.canbo.documents.CvFormats.*;

/**
 * One dossier as of a date, with the pieces both CV layouts print (positions,
 * qualifications, trainings, work summary, history notes, family, salaries) and the
 * masking of sensitive values without SENSITIVE_READ. Each layout's builder
 * ({@link Cv2cBuilder}, {@link Cv38Builder}) extends it with its own items.
 */
abstract class CvPieces {

	final Catalogs catalogs;

	final PersonView v;

	final PersonData d;

	final LocalDate asOf;

	final boolean sensitive;

	/**
	 * The training module's rows ({@link CvTrainingSource}), printed beside the free
	 * rows.
	 */
	final List<Training> courses;

	CvPieces(Catalogs catalogs, PersonView v, boolean sensitive, List<Training> courses) {
		this.catalogs = catalogs;
		this.v = v;
		this.d = v.data();
		this.asOf = v.asOf();
		this.sensitive = sensitive;
		this.courses = courses;
	}

	/** The items of the form, in order: the first seven are printed beside the photo. */
	abstract List<Block> blocks();

	String birthDayMonthYear() {
		PartialDate b = d.birthDate();
		if (b == null) {
			return "";
		}
		return switch (b.precision()) {
			case DAY -> b.format();
			case MONTH -> "…/" + b.format();
			case YEAR -> "…/…/" + b.format();
		};
	}

	String joinPositions(Stream<Position> ps) {
		return ps.map(p -> positionText(p) + (p.concurrent() ? " (kiêm nhiệm)" : "")).collect(Collectors.joining("; "));
	}

	String positionText(Position p) {
		String title = p.titleText() != null && !p.titleText().isBlank() ? p.titleText()
				: cat(CatalogType.TITLE, p.titleCode());
		return join(", ", title, nz(p.unitName()));
	}

	String generalEducation() {
		if (d.generalEducationGrade() != null && !d.generalEducationGrade().isBlank()) {
			return d.generalEducationGrade();
		}
		return cat(CatalogType.GENERAL_EDUCATION, d.generalEducationCode());
	}

	List<Qualification> validQualifications(QualificationKind k) {
		return v.qualifications()
			.stream()
			.filter(q -> q.kind() == k && q.validFrom() != null && q.validOn(asOf))
			.toList();
	}

	String highest(QualificationKind k) {
		return validQualifications(k).stream()
			.max(Comparator.comparingInt(
					(Qualification q) -> k.levelCatalog() == null ? 0 : catalogs.order(k.levelCatalog(), q.levelCode()))
				.thenComparing(Qualification::validFrom))
			.map(this::qualificationText)
			.orElse("");
	}

	String qualificationText(Qualification q) {
		String level = q.kind().levelCatalog() == null ? nz(q.levelCode())
				: cat(q.kind().levelCatalog(), q.levelCode());
		if (q.kind() == QualificationKind.FOREIGN_LANGUAGE) {
			return join(" ", cat(CatalogType.FOREIGN_LANGUAGE, q.languageCode()), level);
		}
		return join(", chuyên ngành ", level, nz(q.major()));
	}

	String honoraryTitle() {
		return join(", năm ", cat(CatalogType.HONORARY_TITLE, d.honoraryTitleCode()),
				d.honoraryTitleYear() == null ? "" : String.valueOf(d.honoraryTitleYear()));
	}

	List<Award> awardsUntilAsOf() {
		return v.awards()
			.stream()
			.filter(a -> a.year() == null || a.year() <= asOf.getYear())
			.sorted(Comparator.comparing(a -> a.year() == null ? 0 : a.year()))
			.toList();
	}

	List<Discipline> disciplinesUntilAsOf() {
		return v.disciplines()
			.stream()
			.filter(x -> start(x) != null && !start(x).isAfter(asOf))
			.sorted(Comparator.comparing(this::start))
			.toList();
	}

	LocalDate start(Discipline x) {
		return x.decidedOn() != null ? x.decidedOn() : x.validFrom();
	}

	String nationalId() {
		return sensitive ? nz(d.nationalId()) : nz(Masking.maskNationalId(d.nationalId()));
	}

	/**
	 * The free dossier rows and the training module's rows of a kind (null: every kind),
	 * by start; a course row equal to a free row (same kind, same start month and the
	 * same school or major) is left out.
	 */
	List<Training> trainings(QualificationKind kind) {
		List<Training> all = new ArrayList<>(v.trainings());
		courses.stream().filter(c -> all.stream().noneMatch(t -> same(t, c))).forEach(all::add);
		return all.stream()
			.filter(t -> t.from() == null || !t.from().date().isAfter(asOf))
			.filter(t -> kind == null || t.kind() == kind
					|| (kind == QualificationKind.PROFESSIONAL && t.kind() == null))
			.sorted(Comparator.comparing(t -> t.from() == null ? LocalDate.MIN : t.from().date()))
			.toList();
	}

	private static boolean same(Training free, Training course) {
		return free.kind() == course.kind() && free.from() != null && course.from() != null
				&& free.from().year() == course.from().year()
				&& (free.from().precision() == PartialDate.Precision.YEAR
						|| free.from().date().getMonth() == course.from().date().getMonth())
				&& (norm(free.school()).equals(norm(course.school()))
						|| norm(free.major()).equals(norm(course.major())));
	}

	private static String norm(String s) {
		return s == null ? "\u0000" : s.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
	}

	String trainingLevel(Training t) {
		if (t.certificate() != null && !t.certificate().isBlank()) {
			return t.certificate();
		}
		return t.kind() == null || t.kind().levelCatalog() == null ? nz(t.levelCode())
				: cat(t.kind().levelCatalog(), t.levelCode());
	}

	record WorkRow(LocalDate start, String from, String to, String text) {
	}

	/**
	 * Item 28 / 33: the free-text history entries and the recorded positions, by start
	 * date.
	 */
	List<WorkRow> workSummary() {
		List<WorkRow> rows = new ArrayList<>();
		for (WorkHistory w : v.workHistory()) {
			if (w.from() != null && w.from().date().isAfter(asOf)) {
				continue;
			}
			rows.add(new WorkRow(w.from() == null ? LocalDate.MIN : w.from().date(), monthYear(w.from()),
					w.to() == null ? "" : monthYear(w.to()), join(", ", nz(w.description()), nz(w.unitText()))));
		}
		for (Position p : v.positions()) {
			if (p.validFrom().isAfter(asOf)) {
				continue;
			}
			String to = p.validOn(asOf) ? "nay" : my(p.validTo().minusDays(1));
			rows.add(new WorkRow(p.validFrom(), my(p.validFrom()), to,
					positionText(p) + (p.concurrent() ? " (kiêm nhiệm)" : "")));
		}
		rows.sort(Comparator.comparing(WorkRow::start));
		return rows;
	}

	Lines historyLines(HistoryNoteKind kind, String prompt, HistoryNoteKind also) {
		List<String> text = new ArrayList<>();
		text.add(prompt);
		List<HistoryNote> notes = v.historyNotes().stream().filter(h -> h.kind() == kind || h.kind() == also).toList();
		if (!sensitive) {
			if (!notes.isEmpty()) {
				text.add(MASK);
			}
		}
		else {
			for (HistoryNote h : notes) {
				String period = h.from() == null ? ""
						: "Từ " + h.from().format() + (h.to() == null ? "" : " đến " + h.to().format()) + ": ";
				text.add("- " + period + nz(h.description()));
			}
		}
		return new Lines(text, notes.isEmpty() ? 2 : 0);
	}

	Table familyTable(FamilySide side, boolean oldRegimeColumn) {
		List<List<String>> rows = v.family()
			.stream()
			.filter(f -> f.side() == side)
			.sorted(Comparator.comparing(FamilyMember::sort))
			.map(f -> {
				String details = join("; ", nz(f.details()), f.abroad() ? "ở nước ngoài" : "",
						f.deceased() ? "đã mất" : "");
				String history = sensitive ? nz(f.politicalHistory()) : (f.politicalHistory() == null ? "" : MASK);
				List<String> r = new ArrayList<>(List.of(cat(CatalogType.RELATION, f.relationCode()), nz(f.fullName()),
						f.birthYear() == null ? "" : String.valueOf(f.birthYear())));
				if (oldRegimeColumn) {
					r.add(details);
					r.add(history);
				}
				else {
					r.add(join("; ", details, history));
				}
				return (List<String>) r;
			})
			.toList();
		if (oldRegimeColumn) {
			return new Table(List.of("Mối quan hệ", "Họ và tên", "Năm sinh",
					"Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở (trong, ngoài nước); thành viên các tổ chức chính trị - xã hội",
					"Làm việc cho chế độ cũ, tiền án, tiền sự (nếu có)"), List.of(12, 20, 9, 39, 20), orEmpty(rows, 5),
					false);
		}
		return new Table(List.of("Mối quan hệ", "Họ và tên", "Năm sinh",
				"Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở (trong, ngoài nước); thành viên các tổ chức chính trị - xã hội…"),
				List.of(14, 22, 10, 54), orEmpty(rows, 4), false);
	}

	List<Salary> salariesUntilAsOf() {
		return v.salaries()
			.stream()
			.filter(x -> !x.validFrom().isAfter(asOf))
			.sorted(Comparator.comparing(Salary::validFrom))
			.toList();
	}

	String sens(String value) {
		return sensitive || value == null || value.isEmpty() ? nz(value) : MASK;
	}

	String cat(CatalogType type, String code) {
		return code == null || code.isBlank() ? "" : catalogs.name(type, code);
	}

}
