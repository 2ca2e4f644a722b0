package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.career.DecisionImportRows.Resolved;
import vn.canbo.imports.ImportContext;
import vn.canbo.imports.ImportFileException;
import vn.canbo.imports.ImportRow;
import vn.canbo.imports.RowHandler;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.PersonLookup;
import vn.canbo.people.PersonService;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.ValidationException;

/**
 * Rows of the DECISIONS template. {@link #check}: the person by national ID and the unit
 * by code (both in the user's scope), the fields the type needs, the rows of one decision
 * agreeing on its type and dates; then, in the preview, every decision of the batch is
 * recorded and issued in a rolled-back transaction, in file order (a decision sees the
 * posts the decisions above it opened), each in a savepoint: the career module's refusals
 * are errors on their rows, its rule results warnings (a decision effective before today)
 * or, from today on, errors for a BLOCK. {@link #write}: the same calls, for real, in the
 * import's single transaction. The rows of one decision must lie within one batch (1,000
 * rows) of the file.
 */
final class DecisionImportHandler implements RowHandler {

	private final DecisionService decisions;

	private final PersonLookup lookup;

	private final PersonService people;

	private final Units units;

	private final TransactionTemplate dryRun;

	private final TransactionTemplate savepoint;

	DecisionImportHandler(DecisionService decisions, PersonLookup lookup, PersonService people, Units units,
			TransactionTemplate dryRun, TransactionTemplate savepoint) {
		this.decisions = decisions;
		this.lookup = lookup;
		this.people = people;
		this.units = units;
		this.dryRun = dryRun;
		this.savepoint = savepoint;
	}

	@Override
	public void check(List<ImportRow> batch, ImportContext ctx) {
		Map<String, PersonLookup.Match> persons = new HashMap<>();
		lookup.byNationalIds(batch.stream().map(r -> r.text("nationalId")).filter(Objects::nonNull).toList())
			.forEach(m -> persons.put(m.nationalId(), m));
		for (ImportRow r : batch) {
			PersonLookup.Match p = persons.get(r.text("nationalId"));
			if (p == null || !lookup.visible(p.id(), ctx.scope())) {
				r.error("nationalId", Messages.text("people.import.personNotFound"));
				continue;
			}
			DecisionType type = DecisionImportRows.type(r);
			LocalDate day = r.date("effectiveOn");
			Long unitId = unit(r, type, day, ctx);
			if (type.needsPost()) {
				if (r.text("unitCode") == null) {
					r.error("unitCode", Messages.text("career.import.unitRequired", type.text()));
				}
				if (r.code("titleCode") == null && r.text("titleText") == null) {
					r.error("titleCode", Messages.text("career.error.titleRequired"));
				}
			}
			if (r.integer("termYears") != null && type != DecisionType.ELECTION) {
				r.warn("termYears", Messages.text("career.import.termIgnored"));
			}
			r.attach(new Resolved(p.id(), unitId));
		}
		Map<String, List<ImportRow>> groups = groups(batch, ctx);
		if (!ctx.commit()) {
			dryRun.executeWithoutResult(status -> {
				status.setRollbackOnly();
				groups.values().forEach(g -> preview(g, ctx));
			});
		}
		for (List<ImportRow> g : groups.values()) {
			ImportRow bad = g.stream().filter(ImportRow::hasErrors).findFirst().orElse(null);
			if (bad != null) {
				g.stream()
					.filter(r -> !r.hasErrors())
					.forEach(r -> r.error(null,
							Messages.text("career.import.otherRowInvalid", String.valueOf(bad.number()))));
			}
		}
	}

	/** The unit named by the row, on the day it concerns (the eve, for a post ending). */
	private Long unit(ImportRow r, DecisionType type, LocalDate day, ImportContext ctx) {
		String code = r.text("unitCode");
		if (code == null || day == null) {
			return null;
		}
		LocalDate on = type.needsPosition() ? day.minusDays(1) : day;
		Optional<UnitView> u = units.findByCode(code, on);
		Optional<UnitView> ever = u.isPresent() ? u : units.findByCode(code, ctx.today());
		if (ever.isEmpty() || !units.inScope(ever.get().id(), ctx.scope(), ever.get().validFrom())) {
			r.error("unitCode", Messages
				.text(ctx.scope().unrestricted() ? "people.import.unitUnknown" : "people.import.unitOutOfScope", code));
			return null;
		}
		if (u.isEmpty()) {
			r.error("unitCode", Messages.text("people.import.unitNotOnDate", code, on.format(DecisionService.VN)));
			return null;
		}
		if (!units.inScope(u.get().id(), ctx.scope(), on)) {
			r.error("unitCode", Messages.text("people.import.unitOutOfScope", code));
			return null;
		}
		return u.get().id();
	}

	/**
	 * The batch's rows by decision (number, date signed, issuer), in file order; rows of
	 * one decision disagreeing on its type or dates, or a decision begun in an earlier
	 * batch, are errors.
	 */
	private static Map<String, List<ImportRow>> groups(List<ImportRow> batch, ImportContext ctx) {
		Map<String, Integer> earlier = ctx.state("decisionKeys", HashMap::new);
		Map<String, List<ImportRow>> groups = new LinkedHashMap<>();
		for (ImportRow r : batch) {
			if (r.text("number") == null || r.date("signedOn") == null || r.text("issuer") == null) {
				continue;
			}
			String key = DecisionImportRows.key(r);
			if (earlier.containsKey(key)) {
				r.error("number", Messages.text("career.import.splitDecision", String.valueOf(earlier.get(key))));
				continue;
			}
			List<ImportRow> g = groups.computeIfAbsent(key, k -> new ArrayList<>());
			if (!g.isEmpty()) {
				ImportRow first = g.get(0);
				for (String col : List.of("type", "effectiveOn", "endOn", "signer")) {
					if (!Objects.equals(first.text(col), r.text(col))) {
						r.error(col, Messages.text("career.import.differs", String.valueOf(first.number())));
					}
				}
			}
			g.add(r);
		}
		groups.forEach((k, g) -> earlier.put(k, g.get(0).number()));
		return groups;
	}

	/** One decision recorded and issued in a savepoint of the preview's transaction. */
	private void preview(List<ImportRow> rows, ImportContext ctx) {
		if (rows.stream().anyMatch(ImportRow::hasErrors)) {
			return;
		}
		try {
			DecisionService.Imported done = savepoint
				.execute(s -> decisions.importIssued(DecisionImportRows.draft(rows, people, ctx.scope()), ctx.scope()));
			boolean past = rows.get(0).date("effectiveOn").isBefore(ctx.today());
			for (RuleResult res : done.results()) {
				if (!res.warns() && !res.blocks()) {
					continue;
				}
				ImportRow row = rows.stream()
					.filter(r -> res.personId() != null && res.personId() == r.<Resolved>attachment().personId())
					.findFirst()
					.orElse(rows.get(0));
				if (res.blocks() && !past) {
					row.error(null, res.message());
				}
				else {
					row.warn(null, Messages.text("career.import.ruleWarning", res.message()));
				}
			}
		}
		catch (ValidationException e) {
			DecisionImportRows.report(e, rows);
		}
		catch (NotFoundException e) {
			rows.get(0).error(null, e.getMessage());
		}
	}

	@Override
	public void write(List<ImportRow> batch, ImportContext ctx) {
		Map<String, List<ImportRow>> groups = new LinkedHashMap<>();
		batch.forEach(r -> groups.computeIfAbsent(DecisionImportRows.key(r), k -> new ArrayList<>()).add(r));
		for (List<ImportRow> rows : groups.values()) {
			try {
				decisions.importIssued(DecisionImportRows.draft(rows, people, ctx.scope()), ctx.scope());
			}
			catch (ValidationException e) {
				throw new ImportFileException(Messages.text("imports.rowFailed", String.valueOf(rows.get(0).number()),
						e.errors().stream().map(FieldError::message).reduce((a, b) -> a + "; " + b).orElse("")));
			}
			catch (NotFoundException e) {
				throw new ImportFileException(
						Messages.text("imports.rowFailed", String.valueOf(rows.get(0).number()), e.getMessage()));
			}
			ctx.created(1);
		}
	}

}
