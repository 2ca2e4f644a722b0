package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.imports.ImportContext;
import vn.canbo.imports.ImportFileException;
import vn.canbo.imports.ImportRow;
import vn.canbo.imports.RowHandler;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/**
 * Rows naming an existing person (by national ID, or by full name + birth date: a unique
 * match in the user's scope); preview = a dry run of the real call in a rolled-back
 * transaction per row.
 */
record HistoryHandler(HistoryWrite action, PersonLookup lookup, ImportUnits units,
		TransactionTemplate dryRun) implements RowHandler {

	/** What one history row does to its person. */
	@FunctionalInterface
	interface HistoryWrite {

		Object apply(ImportRow row, long personId, ImportContext ctx);

	}

	@Override
	public void check(List<ImportRow> batch, ImportContext ctx) {
		List<String> ids = batch.stream().map(r -> r.text("nationalId")).filter(Objects::nonNull).toList();
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
				units.check(r, r.date("validFrom"), ctx);
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
			r.error("nationalId", Messages.text("people.import.personKeyMissing"));
			return null;
		}
		List<PersonLookup.Match> visible = found.stream().filter(m -> lookup.visible(m.id(), scope)).toList();
		if (visible.isEmpty()) {
			r.error(id != null ? "nationalId" : "fullName", Messages.text("people.import.personNotFound"));
			return null;
		}
		if (visible.size() > 1) {
			r.error("fullName", Messages.text("people.import.personAmbiguous", String.valueOf(visible.size())));
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

	/**
	 * Runs a write for one row; a refusal aborts the import with the row's number ("Dòng
	 * 7: … — không có gì được ghi").
	 */
	static <T> T atRow(ImportRow r, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (ValidationException e) {
			throw rowFailed(r.number(),
					e.errors().stream().map(FieldError::message).reduce((a, b) -> a + "; " + b).orElse(""));
		}
		catch (NotFoundException | ConcurrentEditException e) {
			throw rowFailed(r.number(), e.getMessage());
		}
	}

	static ImportFileException rowFailed(int row, String message) {
		return new ImportFileException(Messages.text("people.import.rowFailed", String.valueOf(row), message));
	}

}
