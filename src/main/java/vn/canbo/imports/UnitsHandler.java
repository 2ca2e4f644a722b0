package vn.canbo.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.Decision;
import vn.canbo.org.RestructuringService;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.ValidationException;

/**
 * Rows of the UNITS template. A parent is named by code: a unit already in the tree, or a
 * unit of a row ABOVE in the same file (parents before children). Checks, all reported at
 * once on their cells: a code twice in the file or already taken, an unknown parent, a
 * parent not valid on the unit's first day (or ending before the unit), a parent outside
 * the importer's scope (a new top unit too, for a user with a scope), an end before the
 * start; the preview then creates the batch's units in a rolled-back transaction, so that
 * the organisation module's own refusals (unknown type…) show on their row. The commit
 * creates each unit (and dissolves it on its end date) through the org API.
 */
final class UnitsHandler implements RowHandler {

	/** A unit of the file: its row, validity and whether the row is free of errors. */
	record FileUnit(int row, LocalDate from, LocalDate to, boolean ok) {
	}

	private final UnitService units;

	private final RestructuringService restructurings;

	private final TransactionTemplate dryRun;

	UnitsHandler(UnitService units, RestructuringService restructurings, TransactionTemplate dryRun) {
		this.units = units;
		this.restructurings = restructurings;
		this.dryRun = dryRun;
	}

	@Override
	public boolean checksRowsWithCellErrors() {
		return true;
	}

	@Override
	public void check(List<ImportRow> batch, ImportContext ctx) {
		Map<String, FileUnit> inFile = ctx.state("unitsInFile", HashMap::new);
		for (ImportRow r : batch) {
			String code = r.text("code");
			LocalDate from = r.date("validFrom");
			LocalDate to = r.date("validTo");
			if (from != null && to != null && !to.isAfter(from)) {
				r.error("validTo", Messages.text("imports.units.endBeforeStart", PartialDate.of(from).format()));
			}
			if (code != null) {
				FileUnit seen = inFile.get(code);
				if (seen != null) {
					r.error("code", Messages.text("imports.units.codeInFile", String.valueOf(seen.row())));
				}
				else if (units.findByCode(code, ctx.today()).isPresent()
						|| (from != null && units.findByCode(code, from).isPresent())) {
					r.error("code", Messages.text("org.error.codeExists"));
				}
			}
			parent(r, from, to, inFile, ctx);
			if (code != null && !inFile.containsKey(code)) {
				inFile.put(code, new FileUnit(r.number(), from, to, !r.hasErrors()));
			}
		}
		if (!ctx.commit()) {
			dryRun.executeWithoutResult(status -> {
				status.setRollbackOnly();
				Map<String, Long> created = new HashMap<>();
				for (ImportRow r : batch) {
					if (!r.hasErrors()) {
						dryRun(r, created, ctx);
					}
				}
			});
		}
	}

	/** The parent: in the file above, or in the tree on the unit's first day. */
	private void parent(ImportRow r, LocalDate from, LocalDate to, Map<String, FileUnit> inFile, ImportContext ctx) {
		String code = r.text("parentCode");
		if (code == null) {
			if (!ctx.scope().unrestricted() && blank(r.cellText("parentCode"))) {
				r.error("parentCode", Messages.text("imports.units.topOutOfScope"));
			}
			return;
		}
		FileUnit above = inFile.get(code);
		if (above != null) {
			if (!above.ok()) {
				r.error("parentCode", Messages.text("imports.units.parentRowInvalid", String.valueOf(above.row())));
			}
			else if (from != null && (above.from() == null || above.from().isAfter(from)
					|| (above.to() != null && !above.to().isAfter(from)))) {
				r.error("parentCode",
						Messages.text("imports.units.parentNotOnDate", code, PartialDate.of(from).format()));
			}
			else if (above.to() != null && (to == null || to.isAfter(above.to()))) {
				r.error("validTo",
						Messages.text("imports.units.outlivesParent", code, PartialDate.of(above.to()).format()));
			}
			return;
		}
		LocalDate on = from == null ? ctx.today() : from;
		Optional<UnitView> p = units.findByCode(code, on);
		Optional<UnitView> ever = p.isPresent() ? p : units.findByCode(code, ctx.today());
		boolean visible = ever.isPresent() && units.inScope(ever.get().id(), ctx.scope(), ever.get().validFrom());
		if (ever.isEmpty() || (!visible && !ctx.scope().unrestricted())) {
			// a code of no unit and one outside the scope read alike for a scoped user
			r.error("parentCode", Messages.text(
					ctx.scope().unrestricted() ? "imports.units.parentUnknown" : "imports.units.parentOutOfScope",
					code));
		}
		else if (p.isEmpty()) {
			r.error("parentCode", Messages.text("imports.units.parentNotOnDate", code, PartialDate.of(on).format()));
		}
		else if (!units.inScope(p.get().id(), ctx.scope(), on)) {
			r.error("parentCode", Messages.text("imports.units.parentOutOfScope", code));
		}
		else {
			r.attach(p.get().id());
			LocalDate parentEnd = p.get().validTo();
			if (parentEnd != null && (to == null || to.isAfter(parentEnd))) {
				r.error("validTo",
						Messages.text("imports.units.outlivesParent", code, PartialDate.of(parentEnd).format()));
			}
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** The real calls, in the preview's rolled-back transaction; refusals on the row. */
	private void dryRun(ImportRow r, Map<String, Long> created, ImportContext ctx) {
		try {
			created.put(r.text("code"), create(r, created, ctx));
		}
		catch (ValidationException e) {
			for (FieldError f : e.errors()) {
				String key = switch (f.field() == null ? "" : f.field()) {
					case "parentId" -> "parentCode";
					case "effectiveDate" -> "validTo";
					case "code", "name", "typeCode", "level", "validFrom", "decisionNumber" -> f.field();
					default -> null;
				};
				r.error(key, f.message());
			}
		}
		catch (NotFoundException e) {
			r.error("parentCode", e.getMessage());
		}
	}

	/**
	 * Creates the unit of a row (its parent: from the tree, or created above in this run)
	 * and dissolves it on its end date.
	 */
	private long create(ImportRow r, Map<String, Long> created, ImportContext ctx) {
		Long parentId = r.text("parentCode") == null ? null
				: created.containsKey(r.text("parentCode")) ? created.get(r.text("parentCode")) : r.<Long>attachment();
		UnitView u = units
			.create(new UnitService.NewUnit(r.text("code"), r.text("name"), r.text("shortName"), r.code("typeCode"),
					AdminLevel.valueOf(r.code("level")), parentId, r.date("validFrom"), r.text("decisionNumber")));
		if (r.date("validTo") != null) {
			restructurings.dissolve(new RestructuringService.Dissolve(u.id(), null, false, Map.of(),
					new Decision(r.date("validTo"), null, null, null, null)), ctx.scope());
		}
		return u.id();
	}

	@Override
	public void write(List<ImportRow> batch, ImportContext ctx) {
		Map<String, Long> created = ctx.state("unitIds", HashMap::new);
		for (ImportRow r : batch) {
			try {
				created.put(r.text("code"), create(r, created, ctx));
			}
			catch (ValidationException e) {
				throw failed(r, e.errors().stream().map(FieldError::message).reduce((a, b) -> a + "; " + b).orElse(""));
			}
			catch (NotFoundException e) {
				throw failed(r, e.getMessage());
			}
			ctx.created(1);
		}
	}

	static ImportFileException failed(ImportRow r, String message) {
		return new ImportFileException(Messages.text("imports.rowFailed", String.valueOf(r.number()), message));
	}

}
