package vn.canbo.people;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.FieldError;
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
public class PersonChecks {

	private final DossierValidator dossierRules;

	private final HistoryValidator historyRules;

	PersonChecks(DossierValidator dossierRules, HistoryValidator historyRules) {
		this.dossierRules = dossierRules;
		this.historyRules = historyRules;
	}

	@Transactional(readOnly = true)
	public List<FieldError> check(NewPerson n, Scope scope) {
		return check(n, scope, false);
	}

	/**
	 * As {@link #check(NewPerson, Scope)}; with {@code unitChecked} the caller hands in
	 * cleaned text (NFC, trimmed, blank = null) and has already checked that the main
	 * position's unit exists on its start date and is in the scope (e.g. from a per-file
	 * cache), so that check — a query per person — is left out.
	 */
	@Transactional(readOnly = true)
	public List<FieldError> check(NewPerson n, Scope scope, boolean unitChecked) {
		Errors e = new Errors();
		if (n == null || n.data() == null) {
			e.add("data", "Thông tin hồ sơ là bắt buộc");
			return e.all();
		}
		// the fast path's caller (imports) hands in text already in NFC, trimmed, blank =
		// null: cleaning is a no-op
		PersonData d = unitChecked ? n.data() : Clean.record(n.data());
		dossierRules.validate(d, e);
		PartialDate birth = d.birthDate() == null || d.birthDate().date().isAfter(java.time.LocalDate.now()) ? null
				: d.birthDate();
		Position m = unitChecked ? n.mainPosition() : Clean.record(n.mainPosition());
		if (unitChecked && m != null) {
			Errors positionErrors = new Errors();
			historyRules.position(withoutUnit(m), birth, scope, positionErrors);
			positionErrors.all()
				.stream()
				.filter(f -> !f.field().equals("unitId"))
				.forEach(f -> e.add("mainPosition." + f.field(), f.message(), f.rejectedValue()));
		}
		else {
			historyRules.position(m, birth, scope, e.nested("mainPosition."));
		}
		if (m != null && m.concurrent()) {
			e.add("mainPosition.concurrent", "Chức vụ ban đầu phải là chức vụ chính (không kiêm nhiệm)");
		}
		if (n.salary() != null) {
			historyRules.salary(unitChecked ? n.salary() : Clean.record(n.salary()), birth, e.nested("salary."));
		}
		for (int j = 0; j < n.qualifications().size(); j++) {
			Qualification q = n.qualifications().get(j);
			historyRules.qualification(unitChecked ? q : Clean.record(q), birth,
					e.nested("qualifications[" + j + "]."));
		}
		return e.all();
	}

	private static Position withoutUnit(Position p) {
		return new Position(p.id(), null, p.unitName(), p.titleCode(), p.titleText(), p.concurrent(), p.partyPost(),
				p.validFrom(), p.validTo(), p.termStart(), p.termEnd(), p.decisionNumber(), p.decisionDate(),
				p.restructuringId(), p.note());
	}

}
