package vn.canbo.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.people.Award;
import vn.canbo.people.Discipline;
import vn.canbo.people.FamilyMember;
import vn.canbo.people.FamilySide;
import vn.canbo.people.HistoryNote;
import vn.canbo.people.MassOrgMembership;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.people.Qualification;
import vn.canbo.people.Salary;
import vn.canbo.people.Training;
import vn.canbo.people.WorkHistory;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.web.Formats;

/**
 * The tables of the dossier (items 15, 17, 21, 22, 27–31) as display rows: catalog codes
 * by name, dates dd/MM/yyyy (partial dates MM/yyyy or yyyy). One generic template
 * fragment renders them with their actions.
 */
@Component
class DossierTables {

	/**
	 * One table: id (HTML), title and column message keys, rows, and the kinds that can
	 * be added to it.
	 */
	public record Table(String id, String title, List<String> headers, List<Row> rows, List<HistoryKinds> addKinds,
			String emptyNote) {
	}

	/**
	 * A row: the kind and entry id (for the actions), its cells, whether it may be ended
	 * (open, effective-dated); or a heading row (30.1 / 30.2) when {@code heading} is
	 * set. {@code current}: valid on the page's date.
	 */
	public record Row(String segment, Long id, List<String> cells, boolean endable, String heading, boolean current,
			boolean revocable) {

		Row(String segment, Long id, List<String> cells, boolean endable, String heading, boolean current) {
			this(segment, id, cells, endable, heading, current, false);
		}

		static Row heading(String key) {
			return new Row(null, null, List.of(), false, key, false);
		}
	}

	private final Catalogs catalogs;

	private final MessageSource messages;

	DossierTables(Catalogs catalogs, MessageSource messages) {
		this.catalogs = catalogs;
		this.messages = messages;
	}

	List<Table> all(PersonView v) {
		return List.of(qualifications(v), massOrgs(v), awards(v), disciplines(v), trainings(v), work(v), notes(v),
				family(v), salaries(v), RetirementCategoryTable.of(v, this::label));
	}

	Table table(String id, PersonView v) {
		return all(v).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
	}

	private String cat(CatalogType t, String code) {
		return code == null ? "" : catalogs.name(t, code);
	}

	private String level(String code) {
		if (code == null) {
			return "";
		}
		for (CatalogType t : List.of(CatalogType.PROFESSIONAL_LEVEL, CatalogType.POLITICAL_THEORY,
				CatalogType.STATE_MANAGEMENT, CatalogType.FOREIGN_LANGUAGE_LEVEL, CatalogType.IT_LEVEL,
				CatalogType.ACADEMIC_TITLE)) {
			var i = catalogs.find(t, code);
			if (i.isPresent()) {
				return i.get().name();
			}
		}
		return code;
	}

	String label(Enum<?> e) {
		if (e == null) {
			return "";
		}
		Locale l = LocaleContextHolder.getLocale();
		return messages.getMessage("people.enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), null,
				e.name(), l);
	}

	static String d(Object x) {
		if (x instanceof LocalDate ld) {
			return Formats.date(ld);
		}
		return x instanceof PartialDate p ? p.format() : "";
	}

	static String range(Object from, Object to) {
		String f = d(from);
		String t = d(to);
		return t.isEmpty() ? f + " – " : f + " – " + t;
	}

	private static boolean open(LocalDate validTo) {
		return validTo == null;
	}

	private static boolean valid(LocalDate from, LocalDate to, LocalDate on) {
		return from != null && !from.isAfter(on) && (to == null || to.isAfter(on));
	}

	Table qualifications(PersonView v) {
		List<Row> rows = new ArrayList<>();
		v.qualifications()
			.stream()
			.sorted(Comparator.comparing(Qualification::kind).thenComparing(Qualification::validFrom))
			.forEach(q -> rows.add(new Row("qualifications", q.id(),
					List.of(label(q.kind()), level(q.levelCode()), cat(CatalogType.FOREIGN_LANGUAGE, q.languageCode()),
							s(q.major()), s(q.institution()), d(q.validFrom()), d(q.validTo())),
					open(q.validTo()), null, q.validOn(v.asOf()))));
		return new Table("t15", "people.t.qualifications",
				List.of("people.col.kind", "people.col.level", "people.col.language", "people.col.major",
						"people.col.institution", "people.col.from", "people.col.to"),
				rows, List.of(HistoryKinds.QUALIFICATIONS), null);
	}

	Table massOrgs(PersonView v) {
		List<Row> rows = new ArrayList<>();
		for (MassOrgMembership m : v.massOrgs()) {
			rows.add(new Row("mass-orgs", m.id(),
					List.of(s(m.organisation()), d(m.joinedOn()), s(m.role()), d(m.leftOn())), false, null,
					valid(m.joinedOn(), m.leftOn(), v.asOf())));
		}
		return new Table("t17", "people.t.massOrgs",
				List.of("people.col.organisation", "people.col.joinedOn", "people.col.role", "people.col.leftOn"), rows,
				List.of(HistoryKinds.MASS_ORGS), null);
	}

	Table awards(PersonView v) {
		List<Row> rows = new ArrayList<>();
		v.awards()
			.stream()
			.sorted(Comparator.comparing(Award::year, Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach(a -> rows.add(new Row("awards", a.id(),
					List.of(a.year() == null ? "" : String.valueOf(a.year()), cat(CatalogType.AWARD_FORM, a.formCode()),
							s(a.decisionNumber()), d(a.decisionDate()), s(a.issuer()), s(a.reason())),
					false, null, false)));
		return new Table(
				"t21", "people.t.awards", List.of("people.col.year", "people.col.form", "people.col.decisionNumber",
						"people.col.decisionDate", "people.col.issuer", "people.col.reason"),
				rows, List.of(HistoryKinds.AWARDS), null);
	}

	Table disciplines(PersonView v) {
		List<Row> rows = new ArrayList<>();
		for (Discipline x : v.disciplines()) {
			Discipline.Revocation r = x.revocation();
			// a revoked decision stays, with its revocation (issue 15); it may be revoked
			// once
			String revoked = r == null ? "" : msg("people.revocationPage.cell", s(r.decisionNumber()), d(r.revokedOn()),
					s(r.issuer()), s(r.reason()));
			rows.add(new Row("disciplines", x.id(),
					List.of(label(x.kind()), cat(CatalogType.DISCIPLINE_FORM, x.formCode()), d(x.decidedOn()),
							range(x.validFrom(), x.validTo()), s(x.authority()), s(x.violation()), revoked),
					open(x.validTo()), null, valid(x.validFrom(), x.validTo(), v.asOf()) && !x.revokedBy(v.asOf()),
					r == null));
		}
		return new Table("t22", "people.t.disciplines",
				List.of("people.col.kind", "people.col.form", "people.col.decidedOn", "people.col.period",
						"people.col.authority", "people.col.violation", "people.col.revocation"),
				rows, List.of(HistoryKinds.DISCIPLINES), null);
	}

	Table trainings(PersonView v) {
		List<Row> rows = new ArrayList<>();
		v.trainings()
			.stream()
			.sorted(Comparator.comparing(Training::from, Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach(t -> rows.add(new Row("trainings", t.id(),
					List.of(s(t.school()), s(t.major()), range(t.from(), t.to()),
							cat(CatalogType.TRAINING_FORM, t.formCode()),
							join(s(t.certificate()), level(t.levelCode()))),
					false, null, false)));
		return new Table(
				"t27", "people.t.trainings", List.of("people.col.school", "people.col.major", "people.col.period",
						"people.col.trainingForm", "people.col.certificate"),
				rows, List.of(HistoryKinds.TRAININGS), null);
	}

	/**
	 * Item 28: positions held (with their units) and free-text work history, by start
	 * date.
	 */
	Table work(PersonView v) {
		record Entry(LocalDate start, Row row) {
		}
		List<Entry> entries = new ArrayList<>();
		for (Position p : v.positions()) {
			String title = p.titleText() != null ? p.titleText() : cat(CatalogType.TITLE, p.titleCode());
			String what = title + (p.unitName() == null ? "" : ", " + p.unitName())
					+ (p.concurrent() ? " (" + msg("people.concurrent") + ")" : "")
					+ (p.decisionNumber() == null ? "" : " — QĐ " + p.decisionNumber());
			entries.add(new Entry(p.validFrom(), new Row("positions", p.id(),
					List.of(range(p.validFrom(), p.validTo()), what), open(p.validTo()), null, p.validOn(v.asOf()))));
		}
		for (WorkHistory w : v.workHistory()) {
			String what = s(w.description()) + (w.unitText() == null ? "" : ", " + w.unitText());
			entries.add(new Entry(w.from() == null ? LocalDate.MIN : w.from().date(),
					new Row("work-history", w.id(), List.of(range(w.from(), w.to()), what), false, null, false)));
		}
		entries.sort(Comparator.comparing(Entry::start));
		return new Table("t28", "people.t.work", List.of("people.col.period", "people.col.workWhat"),
				entries.stream().map(Entry::row).toList(), List.of(HistoryKinds.POSITIONS, HistoryKinds.WORK_HISTORY),
				null);
	}

	Table notes(PersonView v) {
		List<Row> rows = new ArrayList<>();
		for (HistoryNote n : v.historyNotes()) {
			rows.add(new Row("history-notes", n.id(),
					List.of(label(n.kind()), range(n.from(), n.to()), s(n.description())), false, null, false));
		}
		return new Table("t29", "people.t.notes",
				List.of("people.col.kind", "people.col.period", "people.col.description"), rows,
				List.of(HistoryKinds.HISTORY_NOTES),
				vn.canbo.security.Masking.canSeeSensitive() ? null : "people.sensitiveHidden");
	}

	Table family(PersonView v) {
		List<Row> rows = new ArrayList<>();
		for (FamilySide side : FamilySide.values()) {
			rows.add(Row.heading("people.t.family." + side));
			v.family()
				.stream()
				.filter(f -> f.side() == side)
				.sorted(Comparator.comparing(FamilyMember::sort))
				.forEach(f -> rows.add(new Row("family", f.id(),
						List.of(cat(CatalogType.RELATION, f.relationCode()), s(f.fullName()),
								f.birthYear() == null ? "" : String.valueOf(f.birthYear()),
								join(s(f.details()), Boolean.TRUE.equals(f.abroad()) ? msg("people.abroad") : "",
										Boolean.TRUE.equals(f.deceased()) ? msg("people.deceased") : "",
										s(f.politicalHistory()))),
						false, null, false)));
		}
		return new Table("t30", "people.t.family", List.of("people.col.relation", "people.col.fullName",
				"people.col.birthYear", "people.col.familyDetails"), rows, List.of(HistoryKinds.FAMILY), null);
	}

	Table salaries(PersonView v) {
		List<Row> rows = new ArrayList<>();
		v.salaries()
			.stream()
			.sorted(Comparator.comparing(Salary::validFrom))
			.forEach(x -> rows.add(new Row("salaries", x.id(), List.of(d(x.validFrom()), d(x.validTo()),
					cat(CatalogType.RANK, x.rankCode()) + " (" + s(x.rankCode()) + ")",
					x.step() == null ? "" : String.valueOf(x.step()),
					Formats.coefficient(x.coefficient(), LocaleContextHolder.getLocale()),
					x.percent() == null ? "" : Formats.number(x.percent(), LocaleContextHolder.getLocale()) + "%",
					x.seniorityAllowancePct() == null ? ""
							: Formats.number(x.seniorityAllowancePct(), LocaleContextHolder.getLocale()) + "%",
					Formats.coefficient(x.positionAllowance(), LocaleContextHolder.getLocale())), open(x.validTo()),
					null, x.validOn(v.asOf()))));
		return new Table("t31", "people.t.salaries",
				List.of("people.col.from", "people.col.to", "people.col.rank", "people.col.step",
						"people.col.coefficient", "people.col.percent", "people.col.seniority",
						"people.col.positionAllowance"),
				rows, List.of(HistoryKinds.SALARIES), null);
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static String s(String x) {
		return x == null ? "" : x;
	}

	private static String join(String... parts) {
		StringBuilder b = new StringBuilder();
		for (String p : parts) {
			if (p != null && !p.isBlank()) {
				b.append(b.isEmpty() ? "" : "; ").append(p);
			}
		}
		return b.toString();
	}

}
