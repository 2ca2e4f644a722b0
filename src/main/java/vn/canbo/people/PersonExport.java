package vn.canbo.people;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.imports.ImportTemplate;
import vn.canbo.imports.TemplateFiles;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;

/**
 * The persons of a unit's subtree (current main position, in the caller's scope) written
 * in the PERSONS import template — edit and import back (duplicates are then updated or
 * skipped), or import into another unit.
 */
@Service
public record PersonExport(PersonSearch search, PersonService people, PersonTemplates templates, Units units,
		TemplateFiles files, AuditLog audit, PlatformTransactionManager transactions) {

	/** Beyond this, use the search export (this one loads every dossier). */
	static final int MAX_PERSONS = 20_000;

	/** Writes the file (in one read transaction with its audit event). */
	public void write(long unitId, Scope scope, OutputStream out) {
		new TransactionTemplate(transactions)
			.executeWithoutResult(status -> write(unitId, scope, out, LocalDate.now()));
	}

	private void write(long unitId, Scope scope, OutputStream out, LocalDate today) {
		List<Map<String, Object>> rows = new ArrayList<>();
		Map<Long, String> codes = new HashMap<>();
		for (int page = 0; rows.size() < MAX_PERSONS; page++) {
			PageResult<PersonSummary> p = search.search(new PersonCriteria(null, unitId, null, null, null, null, null,
					null, null, null, null, null, today, page, PersonCriteria.MAX_SIZE, "name"), scope);
			for (PersonSummary s : p.items()) {
				rows.add(PersonColumns.row(people.get(s.id(), today, scope),
						id -> codes.computeIfAbsent(id, k -> units.find(k, today).map(UnitView::code).orElse(""))));
			}
			if (p.items().size() < PersonCriteria.MAX_SIZE) {
				break;
			}
		}
		ImportTemplate t = templates.templates().get(0);
		files.write(t, rows, out);
		audit.record(AuditAction.EXPORT, "person", "unit:" + unitId, null, null,
				Map.of("template", t.code(), "rows", rows.size()));
	}

}
