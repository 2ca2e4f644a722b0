package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.canbo.imports.DuplicateMode;
import vn.canbo.imports.ImportContext;
import vn.canbo.imports.ImportIssue;
import vn.canbo.imports.ImportRow;
import vn.canbo.imports.RowHandler;
import vn.canbo.org.UnitView;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/**
 * The PERSONS template's rows: one new dossier each (see {@link PersonColumns}), checked
 * with the rules of {@link PersonService#createAll}, matched against existing dossiers
 * (same national ID, or same name + birth date + home town) and against the other rows of
 * the file; written in one bulk insert, duplicates updated or skipped as the user chose.
 */
record PersonsHandler(PersonService people, PersonChecks checks, PersonLookup lookup,
		ImportUnits units) implements RowHandler {

	@Override
	public void check(List<ImportRow> batch, ImportContext ctx) {
		Map<String, Integer> idsInFile = ctx.state("ids", HashMap::new);
		Map<String, Integer> identitiesInFile = ctx.state("identities", HashMap::new);
		List<ImportRow> ok = new ArrayList<>();
		for (ImportRow r : batch) {
			// rows with unreadable cells come too (preview only): their other problems
			// are listed at once, but nothing is reported twice for a cell
			Set<String> unreadable = errorColumns(r);
			Optional<UnitView> unit = unreadable.contains("unitCode") || unreadable.contains("positionFrom")
					? Optional.empty() : units.check(r, r.date("positionFrom"), ctx);
			boolean usable = unreadable.isEmpty() && unit.isPresent();
			NewPerson n = PersonColumns.newPerson(r, unit.map(UnitView::id).orElse(0L));
			if (!ctx.commit()) { // at commit PersonService.createAll applies the same
									// rules
				Set<String> skip = errorColumns(r);
				for (FieldError e : checks.check(n, ctx.scope(), true)) {
					String column = PersonColumns.column(e.field(), r);
					if (column == null || !skip.contains(column)) {
						r.error(column, e.message());
					}
				}
				for (FieldError w : CitizenIdStructure.warnings(n.data().nationalId(), n.data().gender(),
						n.data().birthDate())) {
					r.warn("nationalId", w.message());
				}
			}
			if (r.code("rankCode") != null && r.date("salaryFrom") == null && !unreadable.contains("salaryFrom")) {
				r.error("salaryFrom", Messages.text("people.import.salaryFromRequired"));
			}
			if (r.code("languageLevel") != null && r.code("language") == null && !unreadable.contains("language")) {
				r.error("language", Messages.text("people.import.languageRequired"));
			}
			if (!usable) {
				continue;
			}
			String id = n.data().nationalId();
			if (id != null) {
				Integer other = idsInFile.putIfAbsent(id, r.number());
				if (other != null && other != r.number()) {
					r.error("nationalId", Messages.text("people.import.nationalIdInFile", String.valueOf(other)));
				}
			}
			Integer other = identitiesInFile
				.putIfAbsent(identity(n.data().fullName(), n.data().birthDate(), n.data().homeTown()), r.number());
			if (other != null && other != r.number()) {
				r.error("fullName", Messages.text("people.import.identityInFile", String.valueOf(other)));
			}
			r.attach(n);
			if (!r.hasErrors()) {
				ok.add(r);
			}
		}
		duplicates(ok, ctx);
	}

	/** The columns of the row that already have an error. */
	private static Set<String> errorColumns(ImportRow r) {
		Set<String> s = new HashSet<>();
		r.issues().stream().filter(i -> i.severity() == ImportIssue.Severity.ERROR).forEach(i -> s.add(i.column()));
		return s;
	}

	@Override
	public boolean checksRowsWithCellErrors() {
		return true;
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
			.filter(Objects::nonNull)
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
			boolean byNationalId = m != null;
			if (m == null) {
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
			String how = Messages.text(byNationalId ? "people.import.sameNationalId" : "people.import.sameIdentity");
			String cell = byNationalId ? "nationalId" : "fullName";
			if (!lookup.visible(m.id(), ctx.scope())) {
				r.error(cell, Messages.text("people.import.duplicateOutOfScope", how));
				continue;
			}
			String label = Messages.text("people.import.dossierLabel", String.valueOf(m.id()), m.fullName());
			r.duplicateOf(m.id(), label);
			r.warn(cell, Messages.text("people.import.duplicate", how, label));
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
				HistoryHandler.atRow(r, () -> {
					PersonView existing = people.get(r.duplicateOf(), null, ctx.scope());
					PersonData merged = DossierFields.merge(existing.data(), r.<NewPerson>attachment().data());
					people.update(r.duplicateOf(), existing.version(), merged, ctx.scope());
					return null;
				});
				ctx.updated(1);
			}
		}
		if (!fresh.isEmpty()) {
			try {
				// units were checked in check() with the per-file cache (exists on the
				// start date, in scope)
				people.createAllWithCheckedUnits(fresh, ctx.scope());
			}
			catch (ValidationException e) {
				FieldError f = e.errors().get(0);
				String field = f.field();
				int row = 0;
				if (field.startsWith("[")) {
					row = freshRows.get(Integer.parseInt(field.substring(1, field.indexOf(']')))).number();
				}
				String more = e.errors().size() > 1
						? Messages.text("people.import.moreErrors", String.valueOf(e.errors().size() - 1)) : "";
				throw HistoryHandler.rowFailed(row, f.message() + more);
			}
			long before = ctx.created();
			ctx.created(fresh.size());
			if (crossed(before, ctx.created())) {
				lookup.refreshStatistics();
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

}
