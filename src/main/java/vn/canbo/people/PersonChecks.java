package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Validation of a new dossier without writing anything — the same rules
 * {@link PersonService#createAll} applies to each entry (dossier fields, main position in
 * scope, salary, qualifications), for import previews. National ID uniqueness is not
 * checked here (see {@link PersonLookup}). Field names as in createAll without the index:
 * {@code fullName}, {@code mainPosition.unitId}, {@code salary.validFrom},
 * {@code qualifications[0].levelCode}.
 */
@Component
class PersonChecks {

	private final DossierValidator dossierRules;

	private final HistoryValidator historyRules;

	PersonChecks(DossierValidator dossierRules, HistoryValidator historyRules) {
		this.dossierRules = dossierRules;
		this.historyRules = historyRules;
	}

	/**
	 * The problems of a new dossier (see {@link #entry}); with {@code unitChecked} the
	 * caller hands in cleaned text (NFC, trimmed, blank = null) and has already checked
	 * that the main position's unit exists on its start date and is in the scope (e.g.
	 * from a per-file cache), so that check — a query per person — is left out.
	 */
	@Transactional(readOnly = true)
	List<FieldError> check(NewPerson n, Scope scope, boolean unitChecked) {
		Errors e = new Errors();
		entry(n, scope, unitChecked, historyRules.direct(), e);
		return e.all();
	}

	/**
	 * Checks one new dossier, adding problems to {@code e}; returns it cleaned (text in
	 * NFC, trimmed, blank = null; the salary coefficient from the pay table), or null
	 * when it has no data. With {@code unitChecked} the caller hands in cleaned text and
	 * has checked the main position's unit (exists on its start date, in the scope) with
	 * its own per-file cache, so neither is done again.
	 */
	NewPerson entry(NewPerson n, Scope scope, boolean unitChecked, HistoryValidator.UnitCheck units, Errors e) {
		if (n == null || n.data() == null) {
			e.add("data", Messages.text("people.error.dataRequired"));
			return null;
		}
		PersonData d = unitChecked ? n.data() : Clean.record(n.data());
		dossierRules.validate(d, e);
		PartialDate birth = d.birthDate() == null || d.birthDate().date().isAfter(LocalDate.now()) ? null
				: d.birthDate();
		Position m = unitChecked ? n.mainPosition() : Clean.record(n.mainPosition());
		historyRules.position(m, birth, scope, e.nested("mainPosition."), unitChecked ? CHECKED : units);
		if (m != null && m.concurrent()) {
			e.add("mainPosition.concurrent", Messages.text("people.error.initialPositionConcurrent"));
		}
		Salary s = n.salary() == null ? null
				: historyRules.salary(unitChecked ? n.salary() : Clean.record(n.salary()), birth, e.nested("salary."));
		List<Qualification> qs = new ArrayList<>();
		for (int j = 0; j < n.qualifications().size(); j++) {
			Qualification q = unitChecked ? n.qualifications().get(j) : Clean.record(n.qualifications().get(j));
			historyRules.entries().qualification(q, birth, e.nested("qualifications[" + j + "]."));
			qs.add(q);
		}
		List<Salary> earlier = new ArrayList<>();
		for (int j = 0; j < n.earlierSalaries().size(); j++) {
			Salary x = n.earlierSalaries().get(j);
			earlier.add(historyRules.salary(unitChecked ? x : Clean.record(x), birth,
					e.nested("earlierSalaries[" + j + "].")));
		}
		return new NewPerson(d, m, s, qs, earlier);
	}

	/** Units the caller has checked already. */
	private static final HistoryValidator.UnitCheck CHECKED = new HistoryValidator.UnitCheck() {
		public boolean exists(long unitId, LocalDate on) {
			return true;
		}

		public boolean inScope(long unitId, Scope scope, LocalDate on) {
			return true;
		}
	};

}
